import i18next from 'i18next'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Marketplace, TokenInfo } from '../../../../shared/domain/marketplace'
import { en } from '../../i18n/en'
import { formatDateTime } from '../../i18n/format'
import { ru } from '../../i18n/ru'
import { TokenInfoPanel } from './TokenInfoPanel'

const now = Date.parse('2026-11-28T12:00:00Z')
const DAY_MS = 24 * 60 * 60 * 1000

async function render(marketplace: Marketplace, info: TokenInfo, lng: 'ru' | 'en' = 'ru'): Promise<string> {
  const i18n = i18next.createInstance()
  await i18n.init({ lng, resources: { ru: { translation: ru }, en: { translation: en } }, interpolation: { escapeValue: false } })
  const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(TokenInfoPanel, { marketplace, info })))
  return html.replace(/\s/g, ' ')
}

/** The panel's text without markup: what the seller reads, fact by fact. */
const text = (html: string) => html.replace(/<[^>]+>/g, '|')
const date = (iso: string, lng: 'ru' | 'en' = 'ru') => formatDateTime(iso, lng).replace(/\s/g, ' ')

const ozonMethods = ['/v2/warehouse/list', '/v3/product/info/list', '/v3/product/list', '/v4/product/info/stocks']
const ozonKey = (expiresAt: string | null, missingCategories: string[] = []): TokenInfo => ({
  expiresAt,
  categories: ozonMethods,
  missingCategories,
  kind: 'unknown'
})

describe('what a cabinet’s token says of itself', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(now)
  })
  afterEach(() => vi.useRealTimers())

  it('shows a WB token as before: its type, expiry, categories and what the missing ones load', async () => {
    const expiresAt = '2027-05-28T12:00:00Z'
    const html = await render('wildberries', {
      expiresAt,
      categories: ['content', 'statistics'],
      missingCategories: ['marketplace', 'analytics'],
      kind: 'personal'
    })
    expect(text(html)).toContain(`|Тип токена||Персональный|`)
    expect(text(html)).toContain(`|Действует до||${date(expiresAt)}|`)
    expect(text(html)).toContain('|Доступ к разделам||Контент, Статистика|')
    expect(html).toContain(
      'Без категорий «Маркетплейс», «Аналитика» не загрузятся: склады, остатки FBS, сборочные задания и поставки FBS; остатки на складах WB.'
    )
    expect(html).not.toContain('token-expiry-advice')
  })

  it('tells a WB seller to re-create a token that runs out soon, and never leaves a sentence without its end', async () => {
    const expiresAt = new Date(now + 3 * DAY_MS).toISOString()
    const html = await render('wildberries', { expiresAt, categories: [], missingCategories: ['content'], kind: 'basic' })
    expect(text(html)).toContain(`|${date(expiresAt)} — осталось 3 дня|`)
    expect(html).toContain('токен этого не сообщает')
    expect(html).toContain(ru.tokenInfo.soonAdvice_wildberries)
    expect(html).toContain('Без категорий «Контент» часть данных не загрузится.')
    expect(html).not.toContain(': .')
    expect(html).toContain(ru.tokenInfo.basicWarning)
  })

  it('says when an Ozon key expires, and that it opens everything SFERA loads', async () => {
    const expiresAt = '2027-06-03T09:00:00Z'
    const html = await render('ozon', ozonKey(expiresAt))
    expect(text(html)).toContain(`|Ключ Ozon||действует до ${date(expiresAt)}|`)
    expect(text(html)).toContain('|Доступ к данным||всё, что загружает SFERA|')
    expect(html).not.toContain('Тип токена')
    expect(html).not.toContain('/v3/product/list')
    expect(html).not.toContain('token-missing-categories')
    expect(html).not.toContain('WB')
  })

  it('names what an Ozon key’s missing methods load, once each, and an unknown method by its path', async () => {
    const html = await render(
      'ozon',
      ozonKey('2027-06-03T09:00:00Z', ['/v3/finance/transaction/list', '/v4/posting/fbs/list', '/v3/posting/fbo/list', '/v1/returns/list', '/v3/product/list', '/v3/product/info/list', '/v9/new/list'])
    )
    const what = 'Продажи и выплаты, Заказы FBS, Заказы FBO, Возвраты, Товары, /v9/new/list'
    expect(text(html)).toContain(`|Доступ к данным||всё, кроме: ${what}|`)
    expect(html).toContain(`Ключу не хватает доступа, поэтому не загрузятся: ${what}. Выдайте ключу роли`)
    expect(html).toContain('Настройки → Seller API')
    expect(html).not.toContain('Без категорий')
    expect(html).not.toContain('WB')
  })

  it('warns of an Ozon key that runs out soon and tells what to do when it has run out, in Ozon’s words', async () => {
    const soon = new Date(now + 5 * DAY_MS).toISOString()
    const soonHtml = await render('ozon', ozonKey(soon))
    expect(text(soonHtml)).toContain(`|Ключ Ozon||действует до ${date(soon)} — осталось 5 дней|`)
    expect(soonHtml).toContain('создайте новый ключ в кабинете Ozon → Настройки → Seller API')
    expect(soonHtml).toContain('token-info__warn')

    const past = '2026-11-01T09:00:00Z'
    const expiredHtml = await render('ozon', ozonKey(past))
    expect(text(expiredHtml)).toContain(`|Ключ Ozon||истёк ${date(past)}|`)
    expect(expiredHtml).toContain(ru.tokenInfo.expiredAdvice_ozon)
    expect(expiredHtml).toContain('role="alert"')
    expect(expiredHtml).not.toContain('WB')
  })

  it('says so when Ozon tells neither the expiry nor the methods, and speaks English too', async () => {
    const html = await render('ozon', { expiresAt: null, categories: [], missingCategories: [], kind: 'unknown' })
    expect(text(html)).toContain('|Ключ Ozon||срок действия Ozon не сообщил|')
    expect(text(html)).toContain('|Доступ к данным||Ozon не сообщил, какие методы открывает ключ|')

    const english = await render('ozon', ozonKey('2027-06-03T09:00:00Z', ['/v1/returns/list']), 'en')
    expect(text(english)).toContain(`|Ozon key||valid until ${date('2027-06-03T09:00:00Z', 'en')}|`)
    expect(english).toContain('The key lacks access, so these do not load: Returns.')
  })
})
