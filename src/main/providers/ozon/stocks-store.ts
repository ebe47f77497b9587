import { upsert } from '../../db/upsert'
import type { MirrorRead } from '../../sync/mirror-access'
import type { PageWrite } from '../../sync/page-write'
import { ozonWarehouseStocksBatch } from './limits'
import type { OzonStockTotals, OzonWarehouseStock } from './stock-types'
import { ozonFboWarehouse } from './warehouses-store'

const stockRow = upsert(
  'stock_levels',
  ['account_id', 'warehouse_external_id', 'offer_external_id', 'marketplace', 'held_by', 'warehouse_name', 'available', 'reserved', 'synced_at'],
  ['account_id', 'warehouse_external_id', 'offer_external_id']
)

const deleteStaleSql = 'DELETE FROM stock_levels WHERE account_id = ? AND synced_at <> ?'

/** Products without a SKU (not moderated yet) have no stock to ask about. */
const offersBySkuSql = `
SELECT d.sku AS sku, o.external_id AS offerId FROM ozon_product_details d
JOIN offers o ON o.account_id = d.account_id AND o.product_external_id = d.external_id
WHERE d.account_id = ? AND d.sku > ? ORDER BY d.sku LIMIT ?`

export interface SkuOffer {
  sku: number
  offerId: string
}

/** The next batch of the account's SKUs after `afterSku`, in SKU order, with the offer each stands for. */
export function skuOffersAfter(accountId: string, afterSku: number): MirrorRead {
  return { sql: offersBySkuSql, params: [accountId, afterSku, ozonWarehouseStocksBatch] }
}

/**
 * "present" counts the reserved items too (GROUND-TRUTH's reading of "total in warehouse"), so what can still be
 * sold is the difference; an over-reserved shelf has nothing available, not a negative stock.
 */
function availableOf(present: number, reserved: number): number {
  return Math.max(0, present - reserved)
}

/** The seller's stock per warehouse for a batch of SKUs, on the offers the batch was read with. */
export function sellerStocksPageWrite(accountId: string, batch: readonly SkuOffer[], stocks: readonly OzonWarehouseStock[], generation: string): PageWrite {
  const offerOfSku = new Map(batch.map((row) => [row.sku, row.offerId]))
  const rows = stocks.flatMap((s) => {
    const offerId = offerOfSku.get(s.sku)
    if (offerId === undefined) return []
    return [
      stockRow.params({
        account_id: accountId,
        warehouse_external_id: String(s.warehouse_id),
        offer_external_id: offerId,
        marketplace: 'ozon',
        held_by: 'seller',
        warehouse_name: s.warehouse_name,
        available: availableOf(s.present, s.reserved),
        reserved: s.reserved,
        synced_at: generation
      })
    ]
  })
  return { steps: [{ sql: stockRow.sql, params: rows }], rows: rows.length }
}

/**
 * Each product's FBO totals (every `type: fbo` entry added up) on the account's one FBO warehouse row. Ozon
 * answers a zero row for every scheme a product could be sold under; a product with none at Ozon's warehouses
 * gets no row there, as it gets none on a seller warehouse that does not hold it.
 */
export function fboStocksPageWrite(accountId: string, items: readonly OzonStockTotals[], generation: string): PageWrite {
  const rows = items.flatMap((item) => {
    const fbo = (item.stocks ?? []).filter((s) => s.type === 'fbo')
    const present = fbo.reduce((sum, s) => sum + s.present, 0)
    const reserved = fbo.reduce((sum, s) => sum + s.reserved, 0)
    if (present === 0 && reserved === 0) return []
    return [
      stockRow.params({
        account_id: accountId,
        warehouse_external_id: ozonFboWarehouse.externalId,
        offer_external_id: item.offer_id,
        marketplace: 'ozon',
        held_by: 'marketplace',
        warehouse_name: ozonFboWarehouse.name,
        available: availableOf(present, reserved),
        reserved,
        synced_at: generation
      })
    ]
  })
  return { steps: [{ sql: stockRow.sql, params: rows }], rows: rows.length }
}

/** Rows the finished run did not write: stock Ozon no longer reports. */
export function staleStocksDeletion(accountId: string, generation: string): PageWrite {
  return { steps: [{ sql: deleteStaleSql, params: [[accountId, generation]] }], rows: 0 }
}
