import type Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { migrationsThrough, olderMigrations } from '../../test-support/older-migrations'
import { migrationsDir, tempDataDir } from '../../test-support/temp'
import { fbsStocksPageWrite } from '../providers/wildberries/fbs-stocks-store'
import { ordersPageWrite } from '../providers/wildberries/orders-store'
import { salesPageWrite } from '../providers/wildberries/sales-store'
import { searchText } from '../providers/wildberries/search-text'
import { cardsPageWrite } from '../providers/wildberries/store'
import type { WbStatisticsOrder, WbStatisticsSale } from '../providers/wildberries/statistics-types'
import type { WbCard } from '../providers/wildberries/types'
import { fbwWarehouseRow, officeRow, sellerWarehouseRow, warehousesPageWrite } from '../providers/wildberries/warehouses-store'
import { wbStocksPageWrite } from '../providers/wildberries/wb-stocks-store'
import type { WbWarehouseStock } from '../providers/wildberries/analytics-types'
import { applyPageWrite } from '../sync/page-write'
import { openMirror } from './open'

// WB payloads with the edge cases a seller's mirror holds: photos with and without a thumbnail size, a card without
// dimensions, dates in Moscow time, with a zone and unparseable, WB's "not cancelled" cancel date, a return.
const cards: WbCard[] = [
  {
    nmID: 101, imtID: 11, subjectID: 5, subjectName: 'Платья', vendorCode: 'PL-1', brand: 'Лето', title: 'Платье «Ромашка»',
    description: 'Хлопок', createdAt: '2026-01-02T03:04:05Z', updatedAt: '2026-11-20T10:00:00.5Z',
    photos: [{ big: 'https://a.wbbasket.ru/1/big.webp', tm: 'https://a.wbbasket.ru/1/tm.webp' }, { big: 'https://a.wbbasket.ru/2/big.webp', c246x328: 'https://a.wbbasket.ru/2/c.webp' }],
    characteristics: [{ id: 1, name: 'Цвет', value: ['белый', 'жёлтый'] }, { id: 2, name: 'Длина', value: 110 }],
    sizes: [{ chrtID: 1001, techSize: '42', wbSize: '42-44', skus: ['2000000000011'] }, { chrtID: 1002, techSize: '44', wbSize: '', skus: ['2000000000012', '2000000000013'] }],
    dimensions: { length: 30, width: 20, height: 5, weightBrutto: 0.35 }
  },
  {
    nmID: 102, imtID: 12, subjectID: 6, subjectName: 'Кружки', vendorCode: 'MUG', brand: '', title: 'Кружка', description: '',
    createdAt: 'not a date', updatedAt: '2026-11-21T00:00:00Z', photos: [{}], characteristics: [], sizes: [{ chrtID: 2001, techSize: '0', wbSize: '', skus: [] }]
  },
  {
    nmID: 103, imtID: 13, subjectID: 6, subjectName: 'Кружки', vendorCode: 'MUG-2', brand: 'B', title: 'Кружка без фото', description: '',
    createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-11-22T00:00:00Z', photos: [], characteristics: [], sizes: []
  }
]

const feed = {
  warehouseName: 'Коледино', regionName: 'Московская', supplierArticle: 'PL-1', nmId: 101, barcode: '2000000000011',
  subject: 'Платья', brand: 'Лето', techSize: '42', totalPrice: 1999.99, discountPercent: 30, spp: 12.4,
  finishedPrice: 1231.5, priceWithDisc: 1399.99, gNumber: '9001'
}

const orders: WbStatisticsOrder[] = [
  { ...feed, srid: 'o.1', date: '2026-11-20T01:30:00', lastChangeDate: '2026-11-20T01:31:00', warehouseType: 'Склад WB', category: 'Одежда', isCancel: false, cancelDate: '0001-01-01T00:00:00', sticker: '123' },
  { ...feed, srid: 'o.2', date: '2026-11-21T23:59:59', lastChangeDate: '2026-11-22T10:00:00', warehouseType: 'Склад продавца', category: 'Одежда', isCancel: true, cancelDate: '2026-11-22T09:00:00', sticker: '' },
  { ...feed, srid: 'o.3', date: '2026-11-22T12:00:00+03:00', lastChangeDate: '2026-11-22T09:00:00Z', warehouseName: null, regionName: null, isCancel: false, cancelDate: null, gNumber: null },
  { ...feed, srid: 'o.4', date: 'garbled', lastChangeDate: '2026-11-23T00:00:00', isCancel: false, totalPrice: 0.29, finishedPrice: 0.1, priceWithDisc: 0.29 }
]

const sales: WbStatisticsSale[] = [
  { ...feed, saleID: 'S1', srid: 'o.1', date: '2026-11-23T00:10:00', lastChangeDate: '2026-11-23T00:10:00', forPay: 1100.01, paymentSaleAmount: 50 },
  { ...feed, saleID: 'R1', srid: 'o.1', date: '2026-11-25T12:00:00', lastChangeDate: '2026-11-25T12:00:00', forPay: -1100.01, totalPrice: -1999.99, finishedPrice: -1231.5, priceWithDisc: -1399.99, paymentSaleAmount: null }
]

const warehouseLists = {
  seller: [sellerWarehouseRow({ id: 7, name: 'Мой склад', officeId: 3, cargoType: 1, deliveryType: 1 }), sellerWarehouseRow({ id: 8, name: 'Старый', isDeleting: true })],
  office: [officeRow({ id: 3, name: 'Офис', city: 'Москва', address: 'ул. 1', cargoType: 1, deliveryType: 1 })],
  wb: [fbwWarehouseRow({ ID: 507, name: 'Коледино', address: 'Подольск', isActive: true })]
}

const fbsStocks = [{ chrtId: 1001, amount: 5 }, { chrtId: 1002, amount: 0 }]
const wbStocks: WbWarehouseStock[] = [
  { nmId: 101, chrtId: 1001, warehouseId: 507, warehouseName: 'Коледино', regionName: 'Центр', quantity: 12, inWayToClient: 2, inWayFromClient: 1 },
  { nmId: 102, chrtId: 2001, warehouseId: 999, warehouseName: 'Казань', quantity: 3 }
]

const SYNCED = '2026-11-30T00:00:00.000Z'

/** The previous schema's writer (the stores as they shipped with migration 0002), kept to build an old mirror. */
function writePreviousSchema(sqlite: Database.Database): void {
  const card = sqlite.prepare(`INSERT INTO wb_products VALUES (@a, @nm, @imt, @subj, @subjName, @vc, @brand, @title, @descr, @photos, @chars, @sizes, @dims, @barcodes, @search, @titleKey, @created, @updated, @synced)`)
  const size = sqlite.prepare('INSERT INTO wb_product_sizes VALUES (?, ?, ?, ?, ?, ?)')
  for (const c of cards) {
    const written = cardsPageWrite('acc', [c], SYNCED).steps[0]!.params[0]!
    const details = cardsPageWrite('acc', [c], SYNCED).steps[1]!.params[0]!
    card.run({
      a: 'acc', nm: c.nmID, imt: c.imtID, subj: c.subjectID, subjName: c.subjectName, vc: c.vendorCode, brand: c.brand, title: c.title,
      descr: c.description, photos: JSON.stringify(c.photos), chars: details[4], sizes: '[]', dims: details[5],
      barcodes: written[8], search: written[9], titleKey: written[10], created: written[11], updated: written[12], synced: SYNCED
    })
    for (const s of c.sizes) size.run('acc', s.chrtID, c.nmID, s.techSize, s.wbSize, s.skus.join(' '))
  }
  const warehouse = sqlite.prepare('INSERT INTO wb_warehouses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  for (const r of [...warehouseLists.seller, ...warehouseLists.office, ...warehouseLists.wb]) {
    warehouse.run('acc', r.kind, r.warehouseId, r.name, r.city, r.address, r.officeId, r.cargoType, r.deliveryType, r.isActive ? 1 : 0, SYNCED)
  }
  for (const s of fbsStocks) sqlite.prepare('INSERT INTO wb_fbs_stocks VALUES (?, ?, ?, ?, ?)').run('acc', 7, s.chrtId, s.amount, SYNCED)
  for (const s of wbStocks) {
    sqlite.prepare('INSERT INTO wb_wb_stocks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run('acc', s.warehouseId, s.chrtId, s.nmId, s.warehouseName, s.regionName ?? '', s.quantity, s.inWayToClient ?? 0, s.inWayFromClient ?? 0, SYNCED)
  }
  const kopecks = (rubles: number) => Math.round(rubles * 100) || 0
  for (const [i, o] of orders.entries()) {
    const search = searchText([o.supplierArticle ?? '', o.nmId, o.barcode ?? '', o.srid, o.subject ?? '', o.brand ?? ''])
    sqlite.prepare('INSERT INTO wb_orders VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      'acc', o.srid, o.gNumber ?? '', o.date, o.lastChangeDate, o.warehouseName ?? '', o.warehouseType ?? '', o.regionName ?? '',
      o.supplierArticle ?? '', o.nmId, o.barcode ?? '', o.category ?? '', o.subject ?? '', o.brand ?? '', o.techSize ?? '',
      kopecks(o.totalPrice), Math.round(o.discountPercent ?? 0), Math.round(o.spp ?? 0), kopecks(o.finishedPrice), kopecks(o.priceWithDisc),
      o.isCancel ? 1 : 0, o.cancelDate && !o.cancelDate.startsWith('0001-01-01') ? o.cancelDate : null, o.sticker ?? '', search, `${SYNCED}#${i}`
    )
  }
  for (const s of sales) {
    const search = searchText([s.supplierArticle ?? '', s.nmId, s.barcode ?? '', s.saleID, s.srid, s.subject ?? '', s.brand ?? ''])
    sqlite.prepare('INSERT INTO wb_sales VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      'acc', s.saleID, s.srid, s.gNumber ?? '', s.date, s.lastChangeDate, s.warehouseName ?? '', s.regionName ?? '', s.supplierArticle ?? '',
      s.nmId, s.barcode ?? '', s.subject ?? '', s.brand ?? '', s.techSize ?? '', s.saleID.startsWith('R') ? 1 : 0, kopecks(s.totalPrice),
      Math.round(s.discountPercent ?? 0), Math.round(s.spp ?? 0), kopecks(s.paymentSaleAmount ?? 0), kopecks(s.forPay),
      kopecks(s.finishedPrice), kopecks(s.priceWithDisc), search, SYNCED
    )
  }
}

/** What today's sync writes for the same payloads into a fresh mirror. */
function writeCurrentSchema(sqlite: Database.Database): void {
  applyPageWrite(sqlite, cardsPageWrite('acc', cards, SYNCED))
  applyPageWrite(sqlite, warehousesPageWrite('acc', ['seller', 'office', 'wb'], [...warehouseLists.seller, ...warehouseLists.office, ...warehouseLists.wb], SYNCED))
  applyPageWrite(sqlite, fbsStocksPageWrite('acc', 7, fbsStocks, SYNCED))
  applyPageWrite(sqlite, wbStocksPageWrite('acc', wbStocks, SYNCED))
  for (const [i, o] of orders.entries()) applyPageWrite(sqlite, ordersPageWrite('acc', [o], `${SYNCED}#${i}`))
  applyPageWrite(sqlite, salesPageWrite('acc', sales, SYNCED))
}

function insertAccount(sqlite: Database.Database): void {
  sqlite.prepare("INSERT INTO accounts (id, marketplace, name, is_demo, created_at, updated_at) VALUES ('acc', 'wildberries', 'Кабинет', 0, 'x', 'x')").run()
}

const neutralTables = {
  products: 'external_id', offers: 'external_id', warehouses: 'external_id', stock_levels: 'warehouse_external_id, offer_external_id',
  orders: 'external_id', sales: 'external_id', wb_product_details: 'external_id', wb_warehouse_details: 'external_id',
  wb_order_details: 'external_id', wb_sale_details: 'external_id', order_day_totals: 'local_day, currency',
  sale_day_totals: 'local_day, currency'
}

const everyRow = (sqlite: Database.Database, table: string, order: string) => sqlite.prepare(`SELECT * FROM ${table} ORDER BY account_id, ${order}`).all()

describe('the neutral-mirror migration (0003–0005)', () => {
  const temps: Array<() => void> = []
  afterEach(() => temps.splice(0).forEach((cleanup) => cleanup()))
  const newDir = () => {
    const temp = tempDataDir()
    temps.push(temp.cleanup)
    return temp.dir
  }

  it('moves every row of an installed mirror onto the neutral tables exactly as a fresh sync writes them', () => {
    const oldDir = newDir()
    const old = openMirror({ dataDir: oldDir, migrationsDir: olderMigrations(oldDir, migrationsThrough('0002_account_fields')) })
    insertAccount(old.sqlite)
    writePreviousSchema(old.sqlite)
    old.sqlite.prepare("INSERT INTO sync_cursors VALUES ('acc', 'orders', '{\"dateFrom\":\"2026-11-23T00:00:00\"}', 'x')").run()
    old.sqlite.prepare("INSERT INTO sync_runs (account_id, resource, status, started_at, rows) VALUES ('acc', 'orders', 'succeeded', 'x', 4)").run()
    old.sqlite
      .prepare("INSERT INTO wb_fbs_orders (account_id, order_id, created_at, warehouse_id, nm_id, chrt_id, price_kopecks, converted_price_kopecks, currency_code, converted_currency_code, search_text, synced_at) VALUES ('acc', 5, 'x', 7, 101, 1001, 100, 100, 643, 643, '', 'x')")
      .run()
    const keptBefore = ['sync_cursors', 'sync_runs', 'wb_fbs_orders'].map((t) => old.sqlite.prepare(`SELECT * FROM ${t}`).all())
    old.close()

    const migrated = openMirror({ dataDir: oldDir, migrationsDir })
    const freshDir = newDir()
    const fresh = openMirror({ dataDir: freshDir, migrationsDir })
    insertAccount(fresh.sqlite)
    writeCurrentSchema(fresh.sqlite)

    for (const [table, order] of Object.entries(neutralTables)) {
      const rows = everyRow(migrated.sqlite, table, order)
      expect(rows.length, table).toBeGreaterThan(0)
      expect(rows, table).toEqual(everyRow(fresh.sqlite, table, order))
    }
    expect(['sync_cursors', 'sync_runs', 'wb_fbs_orders'].map((t) => migrated.sqlite.prepare(`SELECT * FROM ${t}`).all())).toEqual(keptBefore)
    expect(migrated.sqlite.pragma('foreign_key_check')).toEqual([])
    expect(migrated.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    migrated.close()
    fresh.close()
  })

  it('turns Moscow-time statistics dates into UTC instants and keeps the Moscow day', () => {
    const dir = newDir()
    const old = openMirror({ dataDir: dir, migrationsDir: olderMigrations(dir, migrationsThrough('0002_account_fields')) })
    insertAccount(old.sqlite)
    writePreviousSchema(old.sqlite)
    old.close()
    const migrated = openMirror({ dataDir: dir, migrationsDir })
    expect(migrated.sqlite.prepare('SELECT external_id, ordered_at, local_day, status, cancelled_at FROM orders ORDER BY external_id').raw().all()).toEqual([
      ['o.1', '2026-11-19T22:30:00.000Z', '2026-11-20', 'placed', null],
      ['o.2', '2026-11-21T20:59:59.000Z', '2026-11-21', 'cancelled', '2026-11-22T06:00:00.000Z'],
      ['o.3', '2026-11-22T09:00:00.000Z', '2026-11-22', 'placed', null],
      ['o.4', 'garbled', 'garbled', 'placed', null]
    ])
    migrated.close()
  })
})
