import type Database from 'better-sqlite3'
import { foldText } from '../../db/search'
import { prepared } from './prepared'
import { searchText } from './search-text'
import { isoUtc } from './time'
import type { WbCard } from './types'

const upsertCardSql = `
INSERT INTO wb_products (
  account_id, nm_id, imt_id, subject_id, subject_name, vendor_code, brand, title, description,
  photos_json, characteristics_json, sizes_json, dimensions_json, barcodes, search_text, title_key,
  wb_created_at, wb_updated_at, synced_at
) VALUES (
  @accountId, @nmId, @imtId, @subjectId, @subjectName, @vendorCode, @brand, @title, @description,
  @photosJson, @characteristicsJson, @sizesJson, @dimensionsJson, @barcodes, @searchText, @titleKey,
  @wbCreatedAt, @wbUpdatedAt, @syncedAt
)
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

/** A card and its sizes (the chrtIDs stocks and orders refer to) are written together; a card's sizes are replaced. */
export function upsertCards(sqlite: Database.Database, accountId: string, cards: readonly WbCard[], syncedAt: string): number {
  const upsertCard = prepared(sqlite, upsertCardSql)
  const deleteSizes = prepared(sqlite, deleteSizesSql)
  const upsertSize = prepared(sqlite, upsertSizeSql)
  for (const card of cards) {
    const barcodes = card.sizes.flatMap((s) => s.skus)
    upsertCard.run({
      accountId,
      nmId: card.nmID,
      imtId: card.imtID,
      subjectId: card.subjectID,
      subjectName: card.subjectName,
      vendorCode: card.vendorCode,
      brand: card.brand,
      title: card.title,
      description: card.description,
      photosJson: JSON.stringify(card.photos),
      characteristicsJson: JSON.stringify(
        card.characteristics.map((c) => ({ id: c.id, name: c.name, value: characteristicText(c.value) }))
      ),
      sizesJson: JSON.stringify(
        card.sizes.map((s) => ({ chrtId: s.chrtID, techSize: s.techSize, wbSize: s.wbSize, barcodes: s.skus }))
      ),
      dimensionsJson: card.dimensions
        ? JSON.stringify({
            lengthCm: card.dimensions.length,
            widthCm: card.dimensions.width,
            heightCm: card.dimensions.height,
            // Kilograms with up to three decimals, kept as text so no float rounding creeps in.
            weightKg: card.dimensions.weightBrutto.toFixed(3)
          })
        : null,
      barcodes: barcodes.join(' '),
      searchText: searchText([card.title, card.vendorCode, card.brand, card.subjectName, card.nmID, ...barcodes]),
      titleKey: foldText(card.title),
      wbCreatedAt: isoUtc(card.createdAt),
      wbUpdatedAt: isoUtc(card.updatedAt),
      syncedAt
    })
    deleteSizes.run(accountId, card.nmID)
    for (const size of card.sizes) {
      upsertSize.run(accountId, size.chrtID, card.nmID, size.techSize, size.wbSize, size.skus.join(' '))
    }
  }
  return cards.length
}

/** Demo cabinets' photo links name the built-in sandbox's origin, which can change between runs. */
export function moveMediaOrigin(sqlite: Database.Database, accountIds: readonly string[], from: string, to: string): void {
  const statement = sqlite.prepare('UPDATE wb_products SET photos_json = replace(photos_json, ?, ?) WHERE account_id = ?')
  sqlite.transaction(() => {
    for (const accountId of accountIds) statement.run(`"${from}/`, `"${to}/`, accountId)
  })()
}
