import { ozonFboPostingPage, ozonFbsPostingPage, type OzonFboPosting, type OzonFbsPosting, type OzonPostingPage } from './posting-types'
import { ozonProductInfoResponse, ozonProductListResponse, type OzonProductInfo, type OzonProductListResponse } from './product-types'
import { ozonRolesResponse, type OzonRolesResponse } from './roles-types'
import { ozonStockTotalsResponse, ozonWarehouseStocksResponse, type OzonStockTotalsResponse, type OzonWarehouseStock } from './stock-types'
import { OzonTransport, type OzonRoute, type OzonTransportOptions } from './transport'
import { ozonWarehouseListResponse, type OzonWarehouseListResponse } from './warehouse-types'
import { ozonPostingListLimit, ozonProductInfoBatch, ozonWarehouseStocksBatch } from './limits'

/** Every Ozon method the app calls. */
export const ozonRoutes = {
  roles: { host: 'seller', path: '/v1/roles' },
  productList: { host: 'seller', path: '/v3/product/list' },
  productInfo: { host: 'seller', path: '/v3/product/info/list' },
  warehouses: { host: 'seller', path: '/v2/warehouse/list' },
  warehouseStocks: { host: 'seller', path: '/v1/product/info/stocks-by-warehouse/fbs' },
  stockTotals: { host: 'seller', path: '/v4/product/info/stocks' },
  fbsPostings: { host: 'seller', path: '/v4/posting/fbs/list' },
  fboPostings: { host: 'seller', path: '/v3/posting/fbo/list' }
} as const satisfies Record<string, OzonRoute>

/** A postings request's period: `since`/`to` (processing start for FBS, creation for FBO), at most a year. */
export interface OzonPostingWindow {
  since: string
  to: string
  /** FBS only: postings whose status changed in this period. */
  statusChangedSince?: string
}

/** `ALL` leaves out the archive, which `ARCHIVED` lists (the visibility filter's values, L1688). */
export type OzonProductListVisibility = 'ALL' | 'ARCHIVED'

/** Ask for the posting's warehouse and its lines' prices before discounts along with it. */
const postingExtras = { analytics_data: true, financial_data: true }

/** Ozon Seller API reads, each on the Client-Id's budget. */
export class OzonClient {
  private readonly transport: OzonTransport

  constructor(options: OzonTransportOptions) {
    this.transport = new OzonTransport(options)
  }

  /** The method takes no body (swagger.json gives it no requestBody), so none is sent. */
  roles(): Promise<OzonRolesResponse> {
    return this.transport.call(ozonRoutes.roles, ozonRolesResponse, undefined)
  }

  /** A page of the products of a visibility after `lastId` ('' for the first page). */
  listProducts(visibility: OzonProductListVisibility, limit: number, lastId: string): Promise<OzonProductListResponse> {
    return this.transport.call(ozonRoutes.productList, ozonProductListResponse, { filter: { visibility }, last_id: lastId, limit })
  }

  async productInfo(productIds: readonly number[]): Promise<OzonProductInfo[]> {
    assertBatch(productIds, ozonProductInfoBatch, 'product_id')
    const json = { product_id: productIds.map(String) }
    return (await this.transport.call(ozonRoutes.productInfo, ozonProductInfoResponse, json)).items
  }

  listWarehouses(limit: number, cursor: string): Promise<OzonWarehouseListResponse> {
    return this.transport.call(ozonRoutes.warehouses, ozonWarehouseListResponse, { limit, cursor })
  }

  async warehouseStocks(skus: readonly number[]): Promise<OzonWarehouseStock[]> {
    assertBatch(skus, ozonWarehouseStocksBatch, 'sku')
    return (await this.transport.call(ozonRoutes.warehouseStocks, ozonWarehouseStocksResponse, { sku: skus.map(String) })).result ?? []
  }

  stockTotals(limit: number, cursor: string): Promise<OzonStockTotalsResponse> {
    return this.transport.call(ozonRoutes.stockTotals, ozonStockTotalsResponse, { filter: { visibility: 'ALL' }, limit, cursor })
  }

  fbsPostings(window: OzonPostingWindow, cursor: string): Promise<OzonPostingPage<OzonFbsPosting>> {
    const { since, to, statusChangedSince } = window
    const filter = statusChangedSince === undefined ? { since, to } : { since, to, last_changed_status_date: { from: statusChangedSince, to } }
    const json = { filter, cursor, limit: ozonPostingListLimit, sort_dir: 'ASC', with: postingExtras }
    return this.transport.call(ozonRoutes.fbsPostings, ozonFbsPostingPage, json)
  }

  fboPostings(window: OzonPostingWindow, cursor: string): Promise<OzonPostingPage<OzonFboPosting>> {
    const json = { filter: { since: window.since, to: window.to }, cursor, limit: ozonPostingListLimit, sort_dir: 'ASC', with: postingExtras }
    return this.transport.call(ozonRoutes.fboPostings, ozonFboPostingPage, json)
  }
}

function assertBatch(ids: readonly number[], max: number, field: string): void {
  if (ids.length === 0 || ids.length > max) throw new RangeError(`Ozon takes 1..${max} ${field} per request, got ${ids.length}`)
}
