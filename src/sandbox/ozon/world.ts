/**
 * Everything the sandbox's Ozon seller owns, built from the seed and the moment the sandbox starts (the anchor
 * all histories end at): the catalogue, the seller's and Ozon's warehouses, stock, and FBS and FBO postings.
 * Small enough to build whole at start; touchProducts and addNewPostings change it in place.
 */
import { buildCatalogue, isSellable, type OzonProduct } from './catalog'
import { PostingFactory, type FboPosting, type FbsPosting } from './postings'
import { StockBook } from './stocks'
import { fboWarehousesOf, sellerWarehousesOf, type FboWarehouse, type SellerWarehouse } from './warehouses'

export interface OzonWorldOptions {
  seed: number
  productCount: number
  fbsPostingCount: number
  fboPostingCount: number
  baseUrl: string
  now: () => number
}

export class OzonWorld {
  readonly seed: number
  readonly baseUrl: string
  readonly anchorMs: number
  readonly now: () => number
  readonly products: OzonProduct[]
  readonly sellerWarehouses: SellerWarehouse[]
  readonly fboWarehouses: FboWarehouse[]
  readonly stocks: StockBook
  readonly fbs: FbsPosting[]
  readonly fbo: FboPosting[]
  private readonly byProductId = new Map<string, OzonProduct>()
  private readonly byOfferId = new Map<string, OzonProduct>()
  private readonly bySku = new Map<string, OzonProduct>()
  private readonly factory: PostingFactory
  private nextFbsOrder: number
  private touchCursor = 0

  constructor(options: OzonWorldOptions) {
    this.seed = options.seed
    this.baseUrl = options.baseUrl
    this.now = options.now
    this.anchorMs = Math.floor(options.now() / 1000) * 1000
    this.products = buildCatalogue({ seed: this.seed, count: options.productCount, anchorMs: this.anchorMs })
    for (const product of this.products) {
      this.byProductId.set(String(product.productId), product)
      this.byOfferId.set(product.offerId, product)
      if (product.sku !== 0) this.bySku.set(String(product.sku), product)
    }
    this.sellerWarehouses = sellerWarehousesOf(this.seed, this.anchorMs)
    this.fboWarehouses = fboWarehousesOf(this.seed)
    this.stocks = new StockBook(this.seed, this.products, this.sellerWarehouses, this.fboWarehouses)
    this.factory = new PostingFactory({
      seed: this.seed,
      products: this.products,
      sellerWarehouses: this.sellerWarehouses,
      fboWarehouses: this.fboWarehouses,
      stocks: this.stocks
    })
    const history = this.factory.fbsHistory(options.fbsPostingCount, this.anchorMs)
    this.fbs = history.postings
    this.nextFbsOrder = history.orders
    this.fbo = this.factory.fboHistory(options.fboPostingCount, this.anchorMs)
  }

  productById(productId: string): OzonProduct | undefined {
    return this.byProductId.get(productId)
  }

  productByOfferId(offerId: string): OzonProduct | undefined {
    return this.byOfferId.get(offerId)
  }

  productBySku(sku: string): OzonProduct | undefined {
    return this.bySku.get(sku)
  }

  sellerWarehouse(warehouseId: number): SellerWarehouse | undefined {
    return this.sellerWarehouses.find((warehouse) => warehouse.warehouseId === warehouseId)
  }

  fboWarehouse(warehouseId: number): FboWarehouse | undefined {
    return this.fboWarehouses.find((warehouse) => warehouse.warehouseId === warehouseId)
  }

  /** Edits `count` products (a new name, updated_at now), taking them in turn; returns their product_ids. */
  touchProducts(count: number): number[] {
    const touched: number[] = []
    if (this.products.length === 0) return touched
    const nowMs = this.now()
    for (let k = 0; k < count; k++) {
      const product = this.products[this.touchCursor % this.products.length]!
      this.touchCursor += 1
      product.revision += 1
      product.updatedAtMs = Math.max(nowMs, product.updatedAtMs + 1)
      touched.push(product.productId)
    }
    return touched
  }

  /**
   * `count` new FBS postings (awaiting_packaging) processed now, in the given working warehouse or spread over
   * the working ones; returns their posting numbers.
   */
  addNewPostings(count: number, warehouseId?: number): string[] {
    if (!this.products.some(isSellable)) return []
    if (warehouseId !== undefined && this.sellerWarehouse(warehouseId)?.status !== 'created') {
      throw new Error(`warehouse ${warehouseId} is not a working seller warehouse`)
    }
    const added: string[] = []
    for (let k = 0; k < count; k++) {
      const last = this.fbs.at(-1)
      const atMs = Math.max(this.now(), last?.inProcessAtMs ?? 0)
      const posting = this.factory.fbs(this.nextFbsOrder, this.fbs.length, atMs, atMs, {
        fresh: true,
        ...(warehouseId === undefined ? {} : { warehouseId })
      })
      this.nextFbsOrder += 1
      this.fbs.push(posting)
      added.push(posting.postingNumber)
    }
    return added
  }
}
