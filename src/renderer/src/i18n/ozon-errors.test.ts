import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { SferaError } from '../../../shared/domain/errors'
import { ozonErrorReasons, ozonService } from '../../../shared/domain/ozon-errors'
import { en } from './en'
import { errorText } from './error-text'
import { ru } from './ru'

async function translator(lng: 'ru' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance()
  await instance.init({ lng, resources: { ru: { translation: ru }, en: { translation: en } }, interpolation: { escapeValue: false } })
  return instance.t
}

/** Every `reason: '…'` the Ozon provider writes, read from its sources (the renderer may not import main). */
function reasonsInOzonProvider(): string[] {
  const folder = resolve(__dirname, '../../../main/providers/ozon')
  const sources = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  const reasons = sources.flatMap((name) => [...readFileSync(join(folder, name), 'utf8').matchAll(/reason: '([a-z_]+)'/g)].map((match) => match[1]!))
  return [...new Set(reasons)].sort()
}

describe('Ozon key and access errors', () => {
  it('lists exactly the reasons the Ozon provider reports', () => {
    expect(reasonsInOzonProvider()).toEqual([...ozonErrorReasons].sort())
  })

  it.each(ozonErrorReasons)('%s says what is wrong and what to do, in Russian and English', async (reason) => {
    const error = new SferaError('auth_failed', 'x', { service: ozonService, reason, method: '/v4/posting/fbs/list', missing: '/v2/warehouse/list' })
    const ruText = errorText(await translator('ru'), error)
    const enText = errorText(await translator('en'), error)
    expect(ruText).toBe(errorText(await translator('ru'), error.toPayload()))
    expect(ruText).toMatch(/Ozon/)
    expect(enText).toMatch(/Ozon/)
    // A second clause tells what to do; a text left untranslated or missing would show its key.
    expect(ruText).toMatch(/[:.] .*[а-яё]/i)
    expect(ruText).not.toContain('ozonErrors.')
    expect(enText).not.toMatch(/[а-яё]/i)
    expect(enText).not.toContain('ozonErrors.')
  })

  it('names the method a key lacks a role for, and the methods its roles leave out', async () => {
    const t = await translator('ru')
    const role = new SferaError('access_denied', 'x', { service: ozonService, reason: 'missing_role', method: '/v4/posting/fbs/list' })
    expect(errorText(t, role)).toContain('для метода /v4/posting/fbs/list')
    const methods = new SferaError('access_denied', 'x', { service: ozonService, reason: 'missing_methods', missing: '/v2/warehouse/list,/v3/posting/fbo/list' })
    expect(errorText(t, methods)).toContain('к методам /v2/warehouse/list, /v3/posting/fbo/list:')
    expect(errorText(await translator('en'), methods)).toContain('the methods /v2/warehouse/list, /v3/posting/fbo/list:')
  })

  it('tells an expired key by where to get a new one', async () => {
    const error = new SferaError('auth_failed', 'x', { service: ozonService, reason: 'key_expired', expiredAt: '2026-06-03T00:00:00.000Z' })
    expect(errorText(await translator('ru'), error)).toContain('Срок действия ключа Ozon истёк')
    expect(errorText(await translator('ru'), error)).toContain('Настройки → Seller API')
  })

  it('leaves a reason of another service to its own text', async () => {
    const t = await translator('ru')
    expect(errorText(t, new SferaError('auth_failed', 'x', { service: 'Wildberries', reason: 'key_expired' }))).toBe(ru.errors.auth_failed)
  })
})

describe('Ozon failures without a reason', () => {
  it('name Ozon, not Wildberries, with Ozon’s own detail and wait', async () => {
    const t = await translator('ru')
    const ozon = (code: 'rate_limited' | 'upstream_error' | 'access_denied' | 'network_unreachable', params = {}) =>
      errorText(t, new SferaError(code, 'x', { service: ozonService, method: '/v3/product/list', ...params }), 0)
    expect(ozon('network_unreachable')).toBe(ru.ozonServiceErrors.network_unreachable)
    expect(ozon('rate_limited', { retryAt: 61_000 })).toBe('Ozon временно ограничил частоту запросов. Повторите через 61 с — синхронизация продолжит с того же места.')
    expect(ozon('upstream_error', { detail: 'Internal error' })).toContain('Ozon ответил ошибкой: «Internal error»')
    expect(ozon('access_denied', { detail: 'Forbidden' })).toContain('Ozon отказал в доступе: «Forbidden»')
    for (const text of [ozon('network_unreachable'), ozon('upstream_error')]) expect(text).not.toContain('Wildberries')
  })
})
