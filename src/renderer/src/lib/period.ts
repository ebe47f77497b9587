import type { Period } from '../../../shared/domain/period'

/** WB reports in Moscow time, which has been UTC+3 all year round since 2014. */
const moscowOffsetMs = 3 * 60 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

export const periodPresets = [7, 30, 90] as const
export type PeriodPreset = (typeof periodPresets)[number]

/** What the seller chose in a period filter: the last N Moscow days, everything, or own dates. */
export type PeriodChoice =
  | { kind: 'preset'; days: PeriodPreset }
  | { kind: 'all' }
  | { kind: 'custom'; from: string; to: string }

const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/

/** Today's date in Moscow, 'YYYY-MM-DD'. */
export function moscowToday(now: number): string {
  return new Date(now + moscowOffsetMs).toISOString().slice(0, 10)
}

/** A calendar day moved by `days` (negative: back). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10)
}

/**
 * The inclusive Moscow-day period a choice stands for at `now`: "7 days" is today and the six days before.
 * Custom dates that are missing or invalid leave that end open; reversed dates are put in order.
 */
export function periodOf(choice: PeriodChoice, now: number): Period | undefined {
  if (choice.kind === 'all') return undefined
  if (choice.kind === 'preset') {
    const to = moscowToday(now)
    return { from: addDays(to, -(choice.days - 1)), to }
  }
  const from = isoDayPattern.test(choice.from) ? choice.from : undefined
  const to = isoDayPattern.test(choice.to) ? choice.to : undefined
  if (!from && !to) return undefined
  if (from && to && from > to) return { from: to, to: from }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
}

export const defaultPeriod: PeriodChoice = { kind: 'preset', days: 30 }
