import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cardsPageWrite } from '../../providers/wildberries/store'
import { applyPageWrite } from '../../sync/page-write'
import type { WbCard } from '../../providers/wildberries/types'
import { migrationsDir, tempDataDir } from '../../../test-support/temp'
import { openMirror, type Mirror } from '../open'
import { insertAccount } from './accounts'
import { getProduct, listProducts } from './products'

const accountA = '11111111-1111-4111-8111-111111111111'
const accountB = '22222222-2222-4222-8222-222222222222'
const accountOzon = '33333333-3333-4333-8333-333333333333'

function card(nmID: number, title: string, extra: Partial<WbCard> = {}): WbCard {
  return {
    nmID,
    imtID: nmID * 10,
    subjectID: 1,
    subjectName: 'Платья',
    vendorCode: `SF-${nmID}`,
    brand: 'Северянка',
    title,
    description: '',
    photos: [{ big: `https://img/${nmID}/big.jpg`, tm: `https://img/${nmID}/tm.jpg` }],
    characteristics: [{ id: 1, name: 'Цвет', value: ['красный', 'белый'] }],
    sizes: [{ chrtID: nmID * 100, techSize: '44', wbSize: '44', skus: [`46000000${nmID}`] }],
    dimensions: { length: 30, width: 20, height: 5, weightBrutto: 0.35 },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: `2026-01-01T00:00:${String(nmID % 60).padStart(2, '0')}Z`,
    ...extra
  }
}

describe('products queries', () => {
  let mirror: Mirror
  let cleanup: () => void
  const sort = { field: 'title', dir: 'asc' } as const

  beforeEach(() => {
    const temp = tempDataDir()
    cleanup = temp.cleanup
    mirror = openMirror({ dataDir: temp.dir, migrationsDir })
    const at = '2026-01-01T00:00:00Z'
    insertAccount(mirror.db, { id: accountA, marketplace: 'wildberries', name: 'Кабинет А', isDemo: false, tokenExpiresAt: null, tokenCategoriesJson: null, tokenKind: null, createdAt: at, updatedAt: at })
    insertAccount(mirror.db, { id: accountB, marketplace: 'wildberries', name: 'Кабинет Б', isDemo: false, tokenExpiresAt: null, tokenCategoriesJson: null, tokenKind: null, createdAt: at, updatedAt: at })
    applyPageWrite(
      mirror.sqlite,
      cardsPageWrite(
        accountA,
        [card(101, 'Платье ЛЕТНЕЕ'), card(102, 'платье зимнее'), card(103, 'Ёлочная игрушка'), card(104, 'Скидка 50% на_всё')],
        at
      )
    )
    applyPageWrite(mirror.sqlite, cardsPageWrite(accountB, [card(201, 'Куртка Зимняя', { vendorCode: 'ZIMA-1' })], at))
  })

  afterEach(() => {
    mirror.close()
    cleanup()
  })

  const titles = (search: string, accountIds?: string[]) =>
    listProducts(mirror.db, { search, sort, page: 0, pageSize: 50, ...(accountIds ? { accountIds } : {}) }).rows.map((r) => r.title)

  it('finds Cyrillic text regardless of case, which SQLite lower() cannot do', () => {
    expect(titles('ПЛАТЬЕ')).toEqual(['платье зимнее', 'Платье ЛЕТНЕЕ'])
    expect(titles('летнее')).toEqual(['Платье ЛЕТНЕЕ'])
    expect(titles('зимн')).toEqual(['Куртка Зимняя', 'платье зимнее'])
  })

  it('takes a NUL or another control character in a query as a space, never as the end of a LIKE pattern', () => {
    expect(titles('\u0000')).toEqual(titles(''))
    expect(titles('ЛЕТН\u0000плать')).toEqual(['Платье ЛЕТНЕЕ'])
    expect(titles('зимн\u001b')).toEqual(['Куртка Зимняя', 'платье зимнее'])
  })

  it('treats ё and е alike', () => {
    expect(titles('елочная')).toEqual(['Ёлочная игрушка'])
  })

  it('searches vendor code, barcode and nmID', () => {
    expect(titles('zima-1')).toEqual(['Куртка Зимняя'])
    expect(titles('46000000103')).toEqual(['Ёлочная игрушка'])
    expect(titles('102')).toEqual(['платье зимнее'])
  })

  it('matches every word of the query', () => {
    expect(titles('платье зим')).toEqual(['платье зимнее'])
  })

  it('matches % and _ literally', () => {
    expect(titles('50%')).toEqual(['Скидка 50% на_всё'])
    expect(titles('на_')).toEqual(['Скидка 50% на_всё'])
    expect(titles('0%н')).toEqual([])
  })

  it('filters by cabinet', () => {
    expect(titles('зимн', [accountA])).toEqual(['платье зимнее'])
    expect(listProducts(mirror.db, { accountIds: [], sort, page: 0, pageSize: 50 }).total).toBe(0)
  })

  it('sorts case-insensitively and pages with a stable order', () => {
    const all = listProducts(mirror.db, { sort, page: 0, pageSize: 50 })
    expect(all.total).toBe(5)
    expect(all.rows.map((r) => r.productId)).toEqual(['103', '201', '102', '101', '104'])
    const page1 = listProducts(mirror.db, { sort, page: 1, pageSize: 2 })
    expect(page1.rows.map((r) => r.productId)).toEqual(['102', '101'])
    expect(page1.total).toBe(5)
    const byIdDesc = listProducts(mirror.db, { sort: { field: 'productId', dir: 'desc' }, page: 0, pageSize: 2 })
    expect(byIdDesc.rows.map((r) => r.productId)).toEqual(['201', '104'])
  })

  it('sorts ids held as text numerically', () => {
    applyPageWrite(mirror.sqlite, cardsPageWrite(accountB, [card(99, 'Шарф'), card(1000, 'Шапка')], '2026-01-01T00:00:00Z'))
    const ids = (dir: 'asc' | 'desc') =>
      listProducts(mirror.db, { accountIds: [accountB], sort: { field: 'productId', dir }, page: 0, pageSize: 50 }).rows.map((r) => r.productId)
    expect(ids('asc')).toEqual(['99', '201', '1000'])
    expect(ids('desc')).toEqual(['1000', '201', '99'])
  })

  it('lists only the asked marketplaces and gives a marketplace without its own fields no details section', () => {
    const at = '2026-01-01T00:00:00.000Z'
    insertAccount(mirror.db, { id: accountOzon, marketplace: 'ozon', name: 'Озон', isDemo: false, tokenExpiresAt: null, tokenCategoriesJson: null, tokenKind: null, createdAt: at, updatedAt: at })
    mirror.sqlite
      .prepare(
        `INSERT INTO products (account_id, external_id, marketplace, title, vendor_code, photos_json, search_text, title_key, created_at, updated_at, synced_at)
         VALUES (?, '555', 'ozon', 'Платье озон', 'OZ-1', '[]', 'платье озон oz-1', 'платье озон', ?, ?, ?)`
      )
      .run(accountOzon, at, at, at)
    const ofMarketplaces = (marketplaces: Array<'wildberries' | 'ozon'>) =>
      listProducts(mirror.db, { marketplaces, sort, page: 0, pageSize: 50 })
    expect(ofMarketplaces(['ozon']).rows.map((r) => [r.marketplace, r.productId, r.thumbnailUrl])).toEqual([['ozon', '555', null]])
    expect(ofMarketplaces(['wildberries']).total).toBe(5)
    expect(ofMarketplaces([]).total).toBe(0)
    expect(titles('платье')).toEqual(['платье зимнее', 'Платье ЛЕТНЕЕ', 'Платье озон'])
    expect(getProduct(mirror.db, accountOzon, '555')).toMatchObject({ marketplace: 'ozon', offers: [], details: null })
  })

  it('returns rows with the cabinet name, barcodes and a thumbnail', () => {
    const [row] = listProducts(mirror.db, { search: 'куртка', sort, page: 0, pageSize: 10 }).rows
    expect(row).toMatchObject({ accountName: 'Кабинет Б', barcodes: ['46000000201'], thumbnailUrl: 'https://img/201/tm.jpg' })
  })

  it('gives a detail with photos, offers, and WB\'s own fields: characteristics as text and exact weight', () => {
    const detail = getProduct(mirror.db, accountA, '101')
    expect(detail).toEqual({
      accountId: accountA,
      accountName: 'Кабинет А',
      marketplace: 'wildberries',
      productId: '101',
      vendorCode: 'SF-101',
      title: 'Платье ЛЕТНЕЕ',
      brand: 'Северянка',
      category: 'Платья',
      thumbnailUrl: 'https://img/101/tm.jpg',
      barcodes: ['46000000101'],
      updatedAt: '2026-01-01T00:00:41.000Z',
      createdAt: '2026-01-01T00:00:00.000Z',
      description: '',
      photos: [{ big: 'https://img/101/big.jpg', small: 'https://img/101/tm.jpg' }],
      offers: [{ offerId: '10100', size: '44', marketplaceSize: '44', barcodes: ['46000000101'] }],
      details: {
        marketplace: 'wildberries',
        imtId: 1010,
        subjectId: 1,
        characteristics: [{ id: 1, name: 'Цвет', value: 'красный, белый' }],
        dimensions: { lengthCm: 30, widthCm: 20, heightCm: 5, weightKg: '0.350' }
      }
    })
    expect(getProduct(mirror.db, accountB, '101')).toBeUndefined()
  })

  it('updates a re-synced card in place instead of duplicating it', () => {
    applyPageWrite(mirror.sqlite, cardsPageWrite(accountA, [card(101, 'Платье летнее, новая коллекция')], '2026-02-01T00:00:00Z'))
    expect(listProducts(mirror.db, { accountIds: [accountA], sort, page: 0, pageSize: 50 }).total).toBe(4)
    expect(titles('коллекция')).toEqual(['Платье летнее, новая коллекция'])
  })
})
