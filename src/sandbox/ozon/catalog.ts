/**
 * The seller's Ozon catalogue, generated from the seed. Since Ozon's SKU unification one product is one
 * `product_id`, one `offer_id` and (once moderated) one `sku`; sizes and colours of one model are products of
 * their own sharing `model_info.model_id`. Product ids grow with the index, the order `/v3/product/list` pages in.
 *
 * States, by share: on sale (about 85%, a few with warnings in `errors[]`, a few markdowns), archived by hand or
 * automatically (about 5%), still in moderation without an SKU (about 3%), failed moderation with errors and no SKU
 * (about 3%).
 */
import { between, chance, digitString, ean13CheckDigit, hash32, pick } from './random'
import { DAY_MS, HOUR_MS } from './time'
import { colors, itemErrors, productTypes, type ItemErrorTemplate, type ProductType } from './vocabulary'

export type ProductState = 'onSale' | 'archived' | 'autoArchived' | 'moderating' | 'failed'

export interface OzonProduct {
  index: number
  productId: number
  offerId: string
  /** 0 until moderation assigns one. */
  sku: number
  modelId: number
  /** Products sharing the model. */
  modelCount: number
  type: ProductType
  brand: string
  color: string | null
  size: string | null
  barcodes: string[]
  imageCount: number
  /** Kopecks. */
  price: number
  oldPrice: number
  minPrice: number
  state: ProductState
  isDiscounted: boolean
  errors: readonly ItemErrorTemplate[]
  weightGrams: number
  /** Ozon's sales commission in tenths of a percent (191 = 19.1%). */
  commissionPermille: number
  createdAtMs: number
  updatedAtMs: number
  statusUpdatedAtMs: number
  /** Edits since generation (touchProducts): each one changes the name. */
  revision: number
  hue: number
}

const Salt = {
  productBase: 1, productGap: 2, skuBase: 3, skuGap: 4, modelBase: 5, type: 6, groupSize: 7, state: 8, color: 9,
  brand: 10, barcode: 11, barcodeKind: 12, images: 13, price: 14, kopecks: 15, discount: 16, created: 17,
  updated: 18, errors: 19, feature: 20, audience: 21, weight: 22, commission: 23, hue: 24, sizeStart: 25, markdown: 26
} as const

const PRODUCT_STRIDE = 17
const SKU_STRIDE = 13

export function isSellable(product: OzonProduct): boolean {
  return product.state === 'onSale'
}

export function isArchived(product: OzonProduct): boolean {
  return product.state === 'archived' || product.state === 'autoArchived'
}

function stateOf(hash: number): ProductState {
  const roll = hash % 1000
  if (roll < 30) return 'moderating'
  if (roll < 60) return 'failed'
  if (roll < 100) return 'archived'
  if (roll < 115) return 'autoArchived'
  return 'onSale'
}

/** Mostly GS1 EAN-13; some Ozon-issued `OZN<sku>` (as recorded from a real product); a few products none. */
function barcodesOf(seed: number, index: number, state: ProductState, sku: number): string[] {
  const kind = hash32(seed, index, Salt.barcodeKind) % 100
  const ean = (slot: number) => {
    const first12 = `46${digitString(seed, index * 4 + slot, Salt.barcode, 10, true)}`
    return first12 + String(ean13CheckDigit(first12))
  }
  if (kind < 3 && state !== 'onSale') return []
  if (kind < 11 && sku !== 0) return [`OZN${sku}`]
  if (kind < 15) return [ean(0), ean(1)]
  return [ean(0)]
}

/** Whole roubles ending in 90, and one price in ten with 99 kopecks. */
function priceOf(seed: number, model: number, type: ProductType): number {
  const hundreds = between(Math.ceil(type.priceRub[0] / 100), Math.floor(type.priceRub[1] / 100), hash32(seed, model, Salt.price))
  const rubles = hundreds * 100 - 10
  return chance(10, hash32(seed, model, Salt.kopecks)) ? (rubles + 9) * 100 + 99 : rubles * 100
}

function errorsOf(seed: number, index: number, state: ProductState): readonly ItemErrorTemplate[] {
  const h = hash32(seed, index, Salt.errors)
  const errors = itemErrors.filter((error) => error.level === 'ERROR_LEVEL_ERROR')
  const warnings = itemErrors.filter((error) => error.level === 'ERROR_LEVEL_WARNING')
  if (state === 'failed') return h % 4 === 0 ? [pick(errors, h >>> 4), pick(warnings, h >>> 8)] : [pick(errors, h >>> 4)]
  if (state === 'onSale' && chance(6, h)) return [pick(warnings, h >>> 4)]
  return []
}

export interface CatalogueOptions {
  seed: number
  count: number
  anchorMs: number
}

/** Every product of the catalogue, in product_id order. */
export function buildCatalogue({ seed, count, anchorMs }: CatalogueOptions): OzonProduct[] {
  const productBase = 1_000_000_000 + (hash32(seed, 0, Salt.productBase) % 1_500_000_000)
  const skuBase = 1_500_000_000 + (hash32(seed, 0, Salt.skuBase) % 1_000_000_000)
  const modelBase = 100_000_000 + (hash32(seed, 0, Salt.modelBase) % 800_000_000)
  const products: OzonProduct[] = []
  for (let model = 0; products.length < count; model++) {
    const type = pick(productTypes, hash32(seed, model, Salt.type))
    const groupHash = hash32(seed, model, Salt.groupSize)
    const sized = type.sizes.length > 0
    const groupSize = Math.min(count - products.length, sized ? between(2, 4, groupHash) : between(1, 2, groupHash))
    const firstSize = sized ? between(0, type.sizes.length - groupSize, hash32(seed, model, Salt.sizeStart)) : 0
    const brand = pick(type.brands, hash32(seed, model, Salt.brand))
    const price = priceOf(seed, model, type)
    const discount = between(10, 45, hash32(seed, model, Salt.discount))
    const modelColor = pick(colors, hash32(seed, model, Salt.color))
    for (let member = 0; member < groupSize; member++) {
      const index = products.length
      const state = stateOf(hash32(seed, index, Salt.state))
      const fresh = state === 'moderating'
      const createdAgo = fresh
        ? between(2, 47, hash32(seed, index, Salt.created)) * HOUR_MS
        : between(20, 700, hash32(seed, index, Salt.created)) * DAY_MS + (hash32(seed, index, Salt.created + 1) % DAY_MS)
      const createdAtMs = anchorMs - createdAgo
      const updatedAtMs = createdAtMs + Math.floor((hash32(seed, index, Salt.updated) / 0x1_0000_0000) * createdAgo * 0.95)
      const statusUpdatedAtMs = createdAtMs + Math.floor((updatedAtMs - createdAtMs) * 0.6)
      const color = type.hasColor ? (sized ? modelColor : pick(colors, hash32(seed, index, Salt.color))) : null
      // Rounded to whole hundreds of roubles less ten: 1 990, 2 490.
      const sku = state === 'moderating' || state === 'failed' ? 0 : skuBase + index * SKU_STRIDE + (hash32(seed, index, Salt.skuGap) % SKU_STRIDE)
      const oldPrice = Math.round(price / (1 - discount / 100) / 10_000) * 10_000 - 10 * 100
      products.push({
        index,
        productId: productBase + index * PRODUCT_STRIDE + (hash32(seed, index, Salt.productGap) % PRODUCT_STRIDE),
        offerId: `${type.code}-${String(index + 1).padStart(5, '0')}`,
        sku,
        modelId: modelBase + model * 3,
        modelCount: groupSize,
        type,
        brand,
        color,
        size: sized ? (type.sizes[firstSize + member] ?? null) : null,
        barcodes: barcodesOf(seed, index, state, sku),
        imageCount: state === 'onSale' || state === 'archived' ? between(1, 8, hash32(seed, index, Salt.images)) : between(0, 3, hash32(seed, index, Salt.images)),
        price,
        oldPrice: Math.max(oldPrice, price + 100 * 100),
        minPrice: Math.round((price * 0.9) / 100) * 100,
        state,
        isDiscounted: state === 'onSale' && chance(2, hash32(seed, index, Salt.markdown)),
        errors: errorsOf(seed, index, state),
        weightGrams: between(type.weightGrams[0], type.weightGrams[1], hash32(seed, index, Salt.weight)),
        // Tenths of a percent, e.g. 19.1%.
        commissionPermille: between(80, 250, hash32(seed, model, Salt.commission)),
        createdAtMs,
        updatedAtMs,
        statusUpdatedAtMs,
        revision: 0,
        hue: hash32(seed, model, Salt.hue) % 360
      })
    }
  }
  return products
}

/** The title: noun, gender word, one or two features (shifted by each edit), colour. */
export function nameOf(product: OzonProduct, seed: number): string {
  const { type } = product
  const model = product.modelId
  const first = (hash32(seed, model, Salt.feature) + product.revision) % type.features.length
  const second = (first + 1 + (hash32(seed, model, Salt.feature + 1) % (type.features.length - 1))) % type.features.length
  const audience = type.audiences.length > 0 ? pick(type.audiences, hash32(seed, model, Salt.audience)) : undefined
  const words = [type.noun, audience, type.features[first], hash32(seed, model, Salt.feature + 2) % 3 === 0 ? undefined : type.features[second]]
  const head = words.filter((word) => word !== undefined).join(' ')
  const tail = [product.color, product.size === null ? undefined : `размер ${product.size}`].filter((part) => part)
  return tail.length > 0 ? `${head}, ${tail.join(', ')}` : head
}

/** Kopecks as Ozon's decimal text with two decimals, e.g. `1299.99`. */
export function decimalText(kopecks: number, decimals = 2): string {
  const rubles = Math.floor(kopecks / 100)
  const rest = String(kopecks % 100).padStart(2, '0')
  return `${rubles}.${rest.padEnd(decimals, '0')}`
}
