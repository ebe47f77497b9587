import { foldText } from '../../db/search'
import type { PageWrite } from '../../sync/page-write'
import { searchText } from './search-text'
import { isoUtc } from './time'
import type { WbCard } from './types'

const upsertProductSql = `
INSERT INTO products (
  account_id, external_id, marketplace, title, vendor_code, brand, category, description, photos_json, barcodes,
  search_text, title_key, created_at, updated_at, synced_at
) VALUES (?, ?, 'wildberries', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, external_id) DO UPDATE SET
  title = excluded.title, vendor_code = excluded.vendor_code, brand = excluded.brand, category = excluded.category,
  description = excluded.description, photos_json = excluded.photos_json, barcodes = excluded.barcodes,
  search_text = excluded.search_text, title_key = excluded.title_key, created_at = excluded.created_at,
  updated_at = excluded.updated_at, synced_at = excluded.synced_at`

const upsertDetailsSql = `
INSERT INTO wb_product_details (account_id, external_id, imt_id, subject_id, characteristics_json, dimensions_json)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, external_id) DO UPDATE SET
  imt_id = excluded.imt_id, subject_id = excluded.subject_id, characteristics_json = excluded.characteristics_json,
  dimensions_json = excluded.dimensions_json`

const deleteOffersSql = 'DELETE FROM offers WHERE account_id = ? AND product_external_id = ?'

/** A size that moved to another card (WB merges and splits cards) follows it. */
const upsertOfferSql = `
INSERT INTO offers (account_id, external_id, marketplace, product_external_id, size, marketplace_size, barcodes)
VALUES (?, ?, 'wildberries', ?, ?, ?, ?)
ON CONFLICT (account_id, external_id) DO UPDATE SET
  product_external_id = excluded.product_external_id, size = excluded.size,
  marketplace_size = excluded.marketplace_size, barcodes = excluded.barcodes`

/** WB sends characteristic values as strings, numbers or arrays of them; the mirror keeps display text. */
function characteristicText(value: unknown): string {
  if (Array.isArray(value)) return value.map(characteristicText).join(', ')
  if (value === null || value === undefined) return ''
  return String(value)
}

/**
 * A page of cards and their sizes (the chrtIDs stocks and orders refer to); a card's sizes are replaced. The
 * deletes run before the size upserts, so a size that moved between two cards of the page ends on the new one.
 */
export function cardsPageWrite(accountId: string, cards: readonly WbCard[], syncedAt: string): PageWrite {
  return {
    steps: [
      { sql: upsertProductSql, params: cards.map((card) => productParams(accountId, card, syncedAt)) },
      { sql: upsertDetailsSql, params: cards.map((card) => detailsParams(accountId, card)) },
      { sql: deleteOffersSql, params: cards.map((card) => [accountId, String(card.nmID)]) },
      {
        sql: upsertOfferSql,
        params: cards.flatMap((card) =>
          card.sizes.map((size) => [accountId, String(size.chrtID), String(card.nmID), size.techSize, size.wbSize, size.skus.join(' ')])
        )
      }
    ],
    rows: cards.length
  }
}

/** WB's photo sizes: `tm` is its thumbnail, `c246x328` the list size older cards still carry. */
function photosOf(card: WbCard): Array<{ big: string; small: string }> {
  return card.photos.map((p) => ({ big: p.big ?? '', small: p.tm ?? p.c246x328 ?? p.big ?? '' }))
}

function productParams(accountId: string, card: WbCard, syncedAt: string): unknown[] {
  const barcodes = card.sizes.flatMap((s) => s.skus)
  // Titles are unique, so the title is folded once and serves both the sort key and the search text.
  const titleKey = foldText(card.title)
  return [
    accountId,
    String(card.nmID),
    card.title,
    card.vendorCode,
    card.brand,
    card.subjectName,
    card.description,
    JSON.stringify(photosOf(card)),
    barcodes.join(' '),
    `${titleKey} ${searchText([card.vendorCode, card.brand, card.subjectName, card.nmID, ...barcodes])}`,
    titleKey,
    isoUtc(card.createdAt),
    isoUtc(card.updatedAt),
    syncedAt
  ]
}

function detailsParams(accountId: string, card: WbCard): unknown[] {
  return [
    accountId,
    String(card.nmID),
    card.imtID,
    card.subjectID,
    JSON.stringify(card.characteristics.map((c) => ({ id: c.id, name: c.name, value: characteristicText(c.value) }))),
    card.dimensions
      ? JSON.stringify({
          lengthCm: card.dimensions.length,
          widthCm: card.dimensions.width,
          heightCm: card.dimensions.height,
          // Kilograms with up to three decimals, kept as text so no float rounding creeps in.
          weightKg: card.dimensions.weightBrutto.toFixed(3)
        })
      : null
  ]
}
