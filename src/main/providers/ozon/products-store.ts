import type { OzonProductError } from '../../../shared/domain/ozon-details'
import { foldText } from '../../db/search'
import { upsert } from '../../db/upsert'
import { flag, type PageWrite } from '../../sync/page-write'
import { optionalKopecks } from './money'
import type { OzonProductErrorItem, OzonProductInfo } from './product-types'
import { searchText } from './search-text'
import { isoUtc } from './time'

const productRow = upsert(
  'products',
  [
    'account_id', 'external_id', 'marketplace', 'title', 'vendor_code', 'photos_json', 'barcodes', 'search_text',
    'title_key', 'created_at', 'updated_at', 'synced_at'
  ],
  ['account_id', 'external_id']
)

/** An offer that moved to another product (Ozon lets the seller reassign an article) follows it. */
const offerRow = upsert('offers', ['account_id', 'external_id', 'marketplace', 'product_external_id', 'barcodes'], ['account_id', 'external_id'])

const detailsRow = upsert(
  'ozon_product_details',
  [
    'account_id', 'external_id', 'sku', 'status', 'status_name', 'moderate_status', 'validation_status', 'price_kopecks',
    'old_price_kopecks', 'min_price_kopecks', 'currency_code', 'is_archived', 'is_autoarchived',
    'description_category_id', 'type_id', 'errors_json'
  ],
  ['account_id', 'external_id']
)

/** A product whose article was renamed keeps one offer: the old one goes before the new one is written. */
const deleteOffersSql = 'DELETE FROM offers WHERE account_id = ? AND product_external_id = ? AND external_id <> ?'

/** What the detail panel shows of one of Ozon's errors of a product. */
function errorRecord(error: OzonProductErrorItem): OzonProductError {
  const texts = error.texts
  return {
    code: error.code,
    level: error.level,
    field: error.field,
    attributeId: error.attribute_id,
    message: texts?.message || texts?.short_description || texts?.description || ''
  }
}

/** Ozon's main image first, then the others, each once. */
function photosOf(item: OzonProductInfo): Array<{ big: string; small: string }> {
  const urls = [...new Set([...(item.primary_image ?? []), ...(item.images ?? [])])].filter((url) => url !== '')
  return urls.map((url) => ({ big: url, small: url }))
}

/**
 * A page of product cards: the neutral product, its one offer (Ozon's offer_id, one per product since SKUs were
 * unified) and Ozon's own fields. A product's errors from Ozon (moderation, validation) do not keep it out of the
 * mirror: its card is usable, and the errors are kept with its details for the seller to see.
 */
export function productsPageWrite(accountId: string, items: readonly OzonProductInfo[], syncedAt: string): PageWrite {
  return {
    steps: [
      { sql: productRow.sql, params: items.map((item) => productRow.params(productOf(accountId, item, syncedAt))) },
      { sql: deleteOffersSql, params: items.map((item) => [accountId, String(item.id), item.offer_id]) },
      {
        sql: offerRow.sql,
        params: items.map((item) =>
          offerRow.params({
            account_id: accountId,
            external_id: item.offer_id,
            marketplace: 'ozon',
            product_external_id: String(item.id),
            barcodes: (item.barcodes ?? []).join(' ')
          })
        )
      },
      { sql: detailsRow.sql, params: items.map((item) => detailsRow.params(detailsOf(accountId, item))) }
    ],
    rows: items.length
  }
}

function productOf(accountId: string, item: OzonProductInfo, syncedAt: string): Parameters<typeof productRow.params>[0] {
  const barcodes = item.barcodes ?? []
  const titleKey = foldText(item.name)
  return {
    account_id: accountId,
    external_id: String(item.id),
    marketplace: 'ozon',
    title: item.name,
    vendor_code: item.offer_id,
    photos_json: JSON.stringify(photosOf(item)),
    barcodes: barcodes.join(' '),
    search_text: searchText([item.name, item.offer_id, item.id, item.sku, ...barcodes]),
    title_key: titleKey,
    created_at: isoUtc(item.created_at),
    updated_at: isoUtc(item.updated_at),
    synced_at: syncedAt
  }
}

function detailsOf(accountId: string, item: OzonProductInfo): Parameters<typeof detailsRow.params>[0] {
  return {
    account_id: accountId,
    external_id: String(item.id),
    sku: item.sku,
    status: item.statuses?.status ?? '',
    status_name: item.statuses?.status_name ?? '',
    moderate_status: item.statuses?.moderate_status ?? '',
    validation_status: item.statuses?.validation_status ?? '',
    price_kopecks: optionalKopecks(item.price ?? undefined),
    old_price_kopecks: optionalKopecks(item.old_price ?? undefined),
    min_price_kopecks: optionalKopecks(item.min_price ?? undefined),
    currency_code: item.currency_code,
    is_archived: flag(item.is_archived ?? false),
    is_autoarchived: flag(item.is_autoarchived ?? false),
    description_category_id: item.description_category_id,
    type_id: item.type_id,
    errors_json: JSON.stringify((item.errors ?? []).map(errorRecord))
  }
}
