import type Database from 'better-sqlite3'
import { foldText } from '../../db/search'
import type { PageWrite } from '../../sync/page-write'
import { searchText } from './search-text'
import { isoUtc } from './time'
import type { WbCard } from './types'

const upsertCardSql = `
INSERT INTO wb_products (
  account_id, nm_id, imt_id, subject_id, subject_name, vendor_code, brand, title, description,
  photos_json, characteristics_json, sizes_json, dimensions_json, barcodes, search_text, title_key,
  wb_created_at, wb_updated_at, synced_at
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, nm_id) DO UPDATE SET
  imt_id = excluded.imt_id, subject_id = excluded.subject_id, subject_name = excluded.subject_name,
  vendor_code = excluded.vendor_code, brand = excluded.brand, title = excluded.title,
  description = excluded.description, photos_json = excluded.photos_json,
  characteristics_json = excluded.characteristics_json, sizes_json = excluded.sizes_json,
  dimensions_json = excluded.dimensions_json, barcodes = excluded.barcodes,
  search_text = excluded.search_text, title_key = excluded.title_key,
  wb_created_at = excluded.wb_created_at, wb_updated_at = excluded.wb_updated_at, synced_at = excluded.synced_at`

const deleteSizesSql = 'DELETE FROM wb_product_sizes WHERE account_id = ? AND nm_id = ?'

/** A size that moved to another card (WB merges and splits cards) follows it. */
const upsertSizeSql = `
INSERT INTO wb_product_sizes (account_id, chrt_id, nm_id, tech_size, wb_size, barcodes)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, chrt_id) DO UPDATE SET
  nm_id = excluded.nm_id, tech_size = excluded.tech_size, wb_size = excluded.wb_size, barcodes = excluded.barcodes`

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
      { sql: upsertCardSql, params: cards.map((card) => cardParams(accountId, card, syncedAt)) },
      { sql: deleteSizesSql, params: cards.map((card) => [accountId, card.nmID]) },
      {
        sql: upsertSizeSql,
        params: cards.flatMap((card) =>
          card.sizes.map((size) => [accountId, size.chrtID, card.nmID, size.techSize, size.wbSize, size.skus.join(' ')])
        )
      }
    ],
    rows: cards.length
  }
}

function cardParams(accountId: string, card: WbCard, syncedAt: string): unknown[] {
  const barcodes = card.sizes.flatMap((s) => s.skus)
  // Titles are unique, so the title is folded once and serves both the sort key and the search text.
  const titleKey = foldText(card.title)
  return [
    accountId,
    card.nmID,
    card.imtID,
    card.subjectID,
    card.subjectName,
    card.vendorCode,
    card.brand,
    card.title,
    card.description,
    JSON.stringify(card.photos),
    JSON.stringify(card.characteristics.map((c) => ({ id: c.id, name: c.name, value: characteristicText(c.value) }))),
    JSON.stringify(card.sizes.map((s) => ({ chrtId: s.chrtID, techSize: s.techSize, wbSize: s.wbSize, barcodes: s.skus }))),
    card.dimensions
      ? JSON.stringify({
          lengthCm: card.dimensions.length,
          widthCm: card.dimensions.width,
          heightCm: card.dimensions.height,
          // Kilograms with up to three decimals, kept as text so no float rounding creeps in.
          weightKg: card.dimensions.weightBrutto.toFixed(3)
        })
      : null,
    barcodes.join(' '),
    `${titleKey} ${searchText([card.vendorCode, card.brand, card.subjectName, card.nmID, ...barcodes])}`,
    titleKey,
    isoUtc(card.createdAt),
    isoUtc(card.updatedAt),
    syncedAt
  ]
}

/** Demo cabinets' photo links name the built-in sandbox's origin, which can change between runs. */
export function moveMediaOrigin(sqlite: Database.Database, accountIds: readonly string[], from: string, to: string): void {
  const statement = sqlite.prepare('UPDATE wb_products SET photos_json = replace(photos_json, ?, ?) WHERE account_id = ?')
  sqlite.transaction(() => {
    for (const accountId of accountIds) statement.run(`"${from}/`, `"${to}/`, accountId)
  })()
}
