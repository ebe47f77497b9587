import { describe, expect, it } from 'vitest'
import { ru } from '../i18n/ru'
import { fbsStatusKey, fbsStatuses, fbsStatusTone, fbwStatusKey, wbStatusKey } from './wb-statuses'

describe('FBS statuses', () => {
  it('names every supplierStatus of the contract in Russian', () => {
    expect(fbsStatuses.map((status) => ru.statuses.fbs[fbsStatusKey(status)])).toEqual(['Новое', 'На сборке', 'В доставке', 'Отменено продавцом'])
  })

  it('reads an unknown or missing status as unknown', () => {
    expect(fbsStatusKey('cancel_carrier')).toBe('cancel_carrier')
    expect(fbsStatusKey('whatever')).toBe('unknown')
    expect(fbsStatusKey(null)).toBe('unknown')
    expect(fbsStatusTone('cancel')).toBe('danger')
    expect(fbsStatusTone('new')).toBe('accent')
  })

  it('knows WB statuses of assembly tasks', () => {
    expect(ru.statuses.wb[wbStatusKey('ready_for_pickup')]).toBe('В пункте выдачи')
    expect(wbStatusKey('bogus')).toBe('unknown')
  })
})

describe('FBW statuses', () => {
  it('maps WB statusID 1–6 to the names of 07-orders-fbw.yaml', () => {
    expect([1, 2, 3, 4, 5, 6].map((id) => ru.statuses.fbw[fbwStatusKey(id)])).toEqual([
      'Не запланировано',
      'Запланировано',
      'Отгрузка разрешена',
      'Идёт приёмка',
      'Принято',
      'Отгружено на воротах'
    ])
  })

  it('reads any other id as unknown', () => {
    expect(fbwStatusKey(0)).toBe('unknown')
    expect(fbwStatusKey(7)).toBe('unknown')
    expect(fbwStatusKey(1.5)).toBe('unknown')
  })
})
