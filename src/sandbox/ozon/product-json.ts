/**
 * Products as `/v3/product/list` (`productv3GetProductListResponseItem`) and `/v3/product/info/list`
 * (`v3GetProductInfoListResponseItem`) write them: every field of the spec's schema, prices as decimal strings
 * with two decimals (`"273.00"`, as a recorded answer shows), int64 ids as JSON numbers, moments to the
 * microsecond. Moderation findings go in the item's `errors[]` inside the 200, as Ozon reports them.
 */
import { decimalText, isArchived, nameOf, type OzonProduct } from './catalog'
import { imageUrl } from './images'
import { presentOf, type StockEntry } from './stocks'
import { formatStoredTimestamp } from './time'
import { hasStock, isVisible } from './visibility'
import type { OzonWorld } from './world'

export function productListItem(product: OzonProduct, world: OzonWorld) {
  return {
    archived: isArchived(product),
    has_fbo_stocks: world.stocks.hasFboStock(product.index),
    has_fbs_stocks: world.stocks.hasSellerStock(product.index),
    is_discounted: product.isDiscounted,
    offer_id: product.offerId,
    product_id: product.productId,
    quants: []
  }
}

const statusTexts: Record<OzonProduct['state'], { status: string; name: string; description: string; tooltip: string; moderate: string; validation: string }> = {
  onSale: { status: 'price_sent', name: 'Продается', description: 'Товар прошел модерацию и продается', tooltip: '', moderate: 'approved', validation: 'success' },
  archived: { status: 'archived', name: 'В архиве', description: 'Товар перемещен в архив', tooltip: 'Товар в архиве не продается', moderate: 'approved', validation: 'success' },
  autoArchived: { status: 'archived', name: 'В архиве', description: 'Товар перемещен в архив автоматически: долго не было остатков', tooltip: 'Укажите остатки, чтобы вернуть товар в продажу', moderate: 'approved', validation: 'success' },
  moderating: { status: 'moderating', name: 'На модерации', description: 'Товар проверяется', tooltip: 'Обычно модерация занимает до суток', moderate: 'moderating', validation: 'pending' },
  failed: { status: 'failed_moderation', name: 'Не прошел модерацию', description: 'Исправьте ошибки и отправьте товар повторно', tooltip: 'Ошибки указаны в карточке товара', moderate: 'declined', validation: 'fail' }
}

const kopecksToRubles = (kopecks: number): number => Math.round(kopecks) / 100
const round2 = (value: number): number => Math.round(value * 100) / 100

function stockRows(entries: readonly StockEntry[] | undefined, sku: number, source: string) {
  if (!entries || entries.length === 0) return []
  return [{
    present: entries.reduce((sum, entry) => sum + presentOf(entry), 0),
    reserved: entries.reduce((sum, entry) => sum + entry.reserved, 0),
    sku,
    source
  }]
}

export function productInfoItem(product: OzonProduct, world: OzonWorld) {
  const { stocks } = world
  const text = statusTexts[product.state]
  const images = Array.from({ length: product.imageCount }, (_, k) => imageUrl(world.baseUrl, product.productId, k + 1))
  const rubles = kopecksToRubles(product.price)
  const seller = stocks.seller.get(product.index) ?? []
  const fbs = seller.filter((entry) => !world.sellerWarehouse(entry.warehouseId)?.isRfbs)
  const rfbs = seller.filter((entry) => world.sellerWarehouse(entry.warehouseId)?.isRfbs)
  const stockList = product.sku === 0
    ? []
    : [...stockRows(fbs, product.sku, 'fbs'), ...stockRows(rfbs, product.sku, 'rfbs'), ...stockRows(stocks.fbo.get(product.index), product.sku, 'fbo')]
  const visible = isVisible(product, stocks)
  const commission = (saleSchema: string, extraPermille: number) => {
    const percent = (product.commissionPermille + extraPermille) / 10
    return { delivery_amount: 25, percent, return_amount: 19.32, sale_schema: saleSchema, value: round2((rubles * percent) / 100) }
  }
  return {
    availabilities: product.sku === 0
      ? []
      : [{
          availability: visible ? 'available' : 'unavailable',
          reasons: visible ? [] : [{ human_text: { text: isArchived(product) ? 'Товар в архиве' : 'Нет в наличии' }, id: isArchived(product) ? 3 : 1 }],
          sku: product.sku,
          source: 'sds'
        }],
    barcodes: product.barcodes,
    color_image: [],
    commissions: product.sku === 0 ? [] : [commission('FBO', 0), commission('FBS', 0), commission('RFBS', 250)],
    created_at: formatStoredTimestamp(product.createdAtMs),
    currency_code: 'RUB',
    description_category_id: product.type.descriptionCategoryId,
    discounted_fbo_stocks: 0,
    errors: product.errors.map((error) => ({
      attribute_id: error.attributeId,
      code: error.code,
      field: error.field,
      level: error.level,
      state: text.status,
      texts: {
        attribute_name: error.attributeName,
        description: error.description,
        hint_code: error.code,
        message: error.message,
        params: [],
        short_description: error.shortDescription
      }
    })),
    has_discounted_fbo_item: false,
    id: product.productId,
    images,
    images360: [],
    is_archived: product.state === 'archived',
    is_autoarchived: product.state === 'autoArchived',
    is_discounted: product.isDiscounted,
    is_kgt: false,
    is_prepayment_allowed: true,
    is_super: false,
    min_price: decimalText(product.minPrice),
    model_info: { count: product.modelCount, model_id: product.modelId },
    name: nameOf(product, world.seed),
    offer_id: product.offerId,
    old_price: decimalText(product.oldPrice),
    price: decimalText(product.price),
    price_indexes: {
      color_index: product.sku === 0 ? 'COLOR_INDEX_WITHOUT_INDEX' : (['COLOR_INDEX_GREEN', 'COLOR_INDEX_YELLOW', 'COLOR_INDEX_SUPER', 'COLOR_INDEX_RED'] as const)[product.index % 4],
      external_index_data: { minimal_price: '', minimal_price_currency: 'RUB', price_index_value: 0 },
      ozon_index_data: product.sku === 0
        ? { minimal_price: '', minimal_price_currency: 'RUB', price_index_value: 0 }
        : { minimal_price: decimalText(Math.round(product.price * 0.93 / 100) * 100), minimal_price_currency: 'RUB', price_index_value: 1.07 },
      self_marketplaces_index_data: { minimal_price: '', minimal_price_currency: 'RUB', price_index_value: 0 }
    },
    primary_image: images.slice(0, 1),
    promotions: [],
    sku: product.sku,
    sources: product.sku === 0
      ? []
      : [{ created_at: formatStoredTimestamp(product.createdAtMs + 5 * 60_000), quant_code: '', shipment_type: 'SHIPMENT_TYPE_GENERAL', sku: product.sku, source: 'sds' }],
    statuses: {
      is_created: product.state !== 'failed',
      moderate_status: text.moderate,
      status: text.status,
      status_description: text.description,
      status_failed: product.state === 'failed' ? 'failed_moderation' : '',
      status_name: text.name,
      status_tooltip: text.tooltip,
      status_updated_at: formatStoredTimestamp(product.statusUpdatedAtMs),
      validation_status: text.validation
    },
    stocks: { has_stock: hasStock(product, stocks), stocks: stockList },
    type_id: product.type.typeId,
    updated_at: formatStoredTimestamp(product.updatedAtMs),
    vat: product.type.vat,
    visibility_details: { has_price: true, has_stock: hasStock(product, stocks) },
    volume_weight: round2(product.weightGrams / 1000 * 1.2)
  }
}
