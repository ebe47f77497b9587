import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { errorCodes, SferaError } from '../../../shared/domain/errors'
import { localHostService } from '../api/http-transport'
import { en } from './en'
import { errorCodeText, errorText } from './error-text'
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
    expect(errorCodeText(t, 'no_such_code')).toBe(en.errors.internal)
    expect(errorCodeText(t, 'timeout')).toBe(en.errors.timeout)
  })

  it('says how long to wait when rate limited with a retry time', async () => {
    const t = await translator('ru')
    const error = new SferaError('rate_limited', 'x', { retryAt: 61_000 })
    expect(errorText(t, error, 1_000)).toContain('Повторите через 60 с')
    expect(errorText(t, error, 90_000)).toBe(ru.errors.rate_limited)
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
    expect(t('sync.done', { count: 1 })).toBe('Синхронизация завершена: 1 товар')
    expect(t('sync.done', { count: 3 })).toBe('Синхронизация завершена: 3 товара')
    expect(plain(t('sync.done', { count: 1250 }))).toBe('Синхронизация завершена: 1 250 товаров')
    expect(t('sync.loaded', { count: 21 })).toBe('Загружен 21 товар')
  })
})
