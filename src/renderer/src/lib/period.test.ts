import { describe, expect, it } from 'vitest'
import { addDays, moscowToday, periodOf } from './period'

describe('moscowToday', () => {
  it('is the Moscow calendar day, which starts at 21:00 UTC', () => {
    expect(moscowToday(Date.parse('2026-11-28T20:59:59Z'))).toBe('2026-11-28')
    expect(moscowToday(Date.parse('2026-11-28T21:00:00Z'))).toBe('2026-11-29')
    expect(moscowToday(Date.parse('2026-12-31T22:30:00Z'))).toBe('2027-01-01')
  })
})

describe('addDays', () => {
  it('moves across month, year and leap-day boundaries', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('periodOf', () => {
  const lateEvening = Date.parse('2026-11-28T22:30:00Z') // 01:30 on 29 November in Moscow

  it('turns "last N days" into N inclusive Moscow days ending today', () => {
    expect(periodOf({ kind: 'preset', days: 7 }, lateEvening)).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(periodOf({ kind: 'preset', days: 30 }, lateEvening)).toEqual({ from: '2026-10-31', to: '2026-11-29' })
    expect(periodOf({ kind: 'preset', days: 90 }, lateEvening)).toEqual({ from: '2026-09-01', to: '2026-11-29' })
  })

  it('sends no period for all time', () => {
    expect(periodOf({ kind: 'all' }, lateEvening)).toBeUndefined()
  })

  it('takes own dates as given, puts reversed ones in order and leaves a missing end open', () => {
    expect(periodOf({ kind: 'custom', from: '2026-11-01', to: '2026-11-10' }, lateEvening)).toEqual({ from: '2026-11-01', to: '2026-11-10' })
    expect(periodOf({ kind: 'custom', from: '2026-11-10', to: '2026-11-01' }, lateEvening)).toEqual({ from: '2026-11-01', to: '2026-11-10' })
    expect(periodOf({ kind: 'custom', from: '2026-11-10', to: '' }, lateEvening)).toEqual({ from: '2026-11-10' })
    expect(periodOf({ kind: 'custom', from: '', to: '' }, lateEvening)).toBeUndefined()
  })
})
