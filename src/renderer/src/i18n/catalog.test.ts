import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { errorCodes, SferaError } from '../../../shared/domain/errors'
import { displayNameProblems } from '../../../shared/ipc/display-name'
import { localHostService } from '../api/http-transport'
import { en } from './en'
import { errorText, formatDuration } from './error-text'
import { ru } from './ru'

async function translator(lng: 'ru' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance()
  await instance.init({ lng, resources: { ru: { translation: ru }, en: { translation: en } }, interpolation: { escapeValue: false } })
  return instance.t
}

describe('error texts', () => {
  it.each(errorCodes)('%s has a Russian and an English text', (code) => {
    expect(ru.errors[code].length).toBeGreaterThan(30)
    expect(en.errors[code].length).toBeGreaterThan(30)
  })

  it('translates a thrown SferaError and a wire payload alike', async () => {
    const t = await translator('ru')
    expect(errorText(t, new SferaError('auth_failed', 'x'))).toBe(ru.errors.auth_failed)
    expect(errorText(t, { code: 'network_unreachable', message: 'x', params: { service: 'Wildberries' } })).toBe(
      ru.errors.network_unreachable
    )
  })

  it('treats anything that is not a SferaError as an internal error', async () => {
    const t = await translator('en')
    expect(errorText(t, new TypeError('boom'))).toBe(en.errors.internal)
    expect(errorText(t, { code: 'no_such_code', message: 'x' })).toBe(en.errors.internal)
  })

  it('says how long to wait when rate limited with a retry time', async () => {
    const t = await translator('ru')
    const error = new SferaError('rate_limited', 'x', { retryAt: 61_000 })
    expect(errorText(t, error, 1_000)).toContain('Повторите через 60 с')
    expect(errorText(t, error, 90_000)).toBe(ru.errors.rate_limited)
    const later = new SferaError('rate_limited', 'x', { retryAt: 10_590_000 })
    expect(errorText(t, later, 0)).toContain('Повторите через 2 ч 57 мин')
  })

  it('says waits in seconds, minutes or hours', async () => {
    const t = await translator('ru')
    expect(formatDuration(t, 42)).toBe('42 с')
    expect(formatDuration(t, 119.2)).toBe('2 мин')
    expect(formatDuration(t, 121)).toBe('3 мин')
    expect(formatDuration(t, 3600)).toBe('1 ч')
    expect(formatDuration(t, 10_590)).toBe('2 ч 57 мин')
  })

  it('distinguishes the local host, a missing token and a refused token format', async () => {
    const t = await translator('ru')
    expect(errorText(t, new SferaError('network_unreachable', 'x', { service: localHostService }))).toBe(
      ru.errorVariants.hostUnreachable
    )
    expect(errorText(t, new SferaError('auth_failed', 'x', { reason: 'token_missing' }))).toBe(ru.errorVariants.tokenMissing)
    expect(errorText(t, new SferaError('invalid_input', 'x', { field: 'token', issue: 'not_a_jwt' }))).toBe(
      ru.validation.not_a_jwt
    )
  })
})

describe('plural texts', () => {
  it('uses Russian plural forms with grouped numbers', async () => {
    const t = await translator('ru')
    const plain = (text: string) => text.replace(/\s/g, ' ')
    expect(t('fbsOrders.selected', { count: 1 })).toBe('Выбрано 1 задание')
    expect(t('fbsOrders.selected', { count: 3 })).toBe('Выбрано 3 задания')
    expect(plain(t('fbsOrders.selected', { count: 1250 }))).toBe('Выбрано 1 250 заданий')
    expect(t('fbsOrders.selected', { count: 21 })).toBe('Выбрано 21 задание')
    expect(t('filters.lastDays', { count: 7 })).toBe('7 дней')
    expect(t('filters.lastDays', { count: 30 })).toBe('30 дней')
    expect(plain(t('sync.loaded', { count: 12345 }))).toBe('Загружено записей: 12 345')
  })

  it('uses English singular and plural', async () => {
    const t = await translator('en')
    expect(t('fbsOrders.selected', { count: 1 })).toBe('1 task selected')
    expect(t('filters.lastDays', { count: 90 })).toBe('90 days')
  })
})

describe('detail texts', () => {
  it('shows WB\'s own message for an upstream error that carries one', async () => {
    const t = await translator('ru')
    const error = new SferaError('upstream_error', 'x', { status: 409, detail: 'Поставка уже в доставке' })
    expect(errorText(t, error)).toContain('«Поставка уже в доставке»')
    expect(errorText(t, new SferaError('upstream_error', 'x', { status: 500 }))).toBe(ru.errors.upstream_error)
  })

  it('names the field of an invalid input, with its detail when given', async () => {
    const t = await translator('ru')
    expect(errorText(t, new SferaError('invalid_input', 'x', { field: 'name', issue: 'too_small' }))).toContain('«Название»')
    expect(errorText(t, new SferaError('invalid_input', 'x', { field: 'period.to', issue: 'custom' }))).toContain('«Период»')
    expect(errorText(t, new SferaError('invalid_input', 'x', { field: 'orderIds', detail: 'пусто' }))).toBe(
      'Неверное значение поля «Сборочные задания»: пусто'
    )
    expect(errorText(t, new SferaError('invalid_input', 'x', { field: 'somethingNew' }))).toContain('«somethingNew»')
    expect(errorText(t, new SferaError('invalid_input', 'x'))).toBe(ru.errors.invalid_input)
  })

  it('explains why a supply refused the selected tasks', async () => {
    const t = await translator('ru')
    const mixed = new SferaError('invalid_input', 'x', { field: 'orderIds', issue: 'mixed_warehouses' })
    expect(errorText(t, mixed)).toBe(ru.errorVariants.inputIssues.mixed_warehouses)
    expect(errorText(t, new SferaError('invalid_input', 'x', { field: 'orderIds', issue: 'not_new', count: 3 }))).toContain('(3)')
  })

  it('names the service, method and field of an answer the app could not read', async () => {
    const ruT = await translator('ru')
    const enT = await translator('en')
    const method = 'GET /api/v1/supplier/orders'
    const row = new SferaError('malformed_response', 'x', { service: 'Ozon', method, field: '[12].lastChangeDate', expected: 'string' })
    expect(errorText(ruT, row)).toBe(
      'Ozon прислал ответ, который программа не смогла разобрать (GET /api/v1/supplier/orders, поле [12].lastChangeDate). Повторите позже; если ошибка не исчезнет — обновите SFERA.'
    )
    expect(errorText(enT, row)).toContain('Ozon sent an answer the app could not read (GET /api/v1/supplier/orders, field [12].lastChangeDate)')
    const body = new SferaError('malformed_response', 'x', { service: 'Wildberries', method, field: '', expected: 'a JSON body' })
    expect(errorText(ruT, body)).toContain('Wildberries прислал ответ, который программа не смогла разобрать (GET /api/v1/supplier/orders).')
    expect(errorText(ruT, new SferaError('malformed_response', 'x'))).toBe(ru.errors.malformed_response)
  })

  it.each(displayNameProblems)('says what is wrong with a name refused as %s, in Russian and English', async (issue) => {
    const error = new SferaError('invalid_input', 'x', { field: 'name', issue })
    expect(errorText(await translator('ru'), error)).toBe(ru.validation[issue])
    expect(errorText(await translator('en'), error)).toBe(en.validation[issue])
    expect(ru.validation[issue]).toMatch(/^В названии .+ — .+/)
  })

  it('names the token categories main found missing', async () => {
    const t = await translator('ru')
    const error = new SferaError('invalid_input', 'x', { field: 'token', issue: 'missing_categories', missing: 'content,buyerChat' })
    expect(errorText(t, error)).toContain('«Контент», «Чат с покупателями»')
  })
})
