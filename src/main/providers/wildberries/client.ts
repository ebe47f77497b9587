import { wbWarehouseStocksReport, type WbWarehouseStock } from './analytics-types'
import { wbFbwSupplies, wbFbwSupplyDetails, wbFbwWarehouses, type WbFbwSupply, type WbFbwSupplyDetails, type WbFbwWarehouse } from './fbw-types'
import {
  wbCreatedSupply,
  wbFbsStocksResponse,
  wbNewOrders,
  wbOffices,
  wbOrdersPage,
  wbOrderStatuses,
  wbSellerWarehouses,
  wbSuppliesPage,
  wbSupplyOrderIds,
  type WbFbsOrder,
  type WbFbsStock,
  type WbOffice,
  type WbOrdersPage,
  type WbOrderStatus,
  type WbSellerWarehouse,
  type WbSuppliesPage
} from './marketplace-types'
import { wbStatisticsOrder, wbStatisticsSale, type WbStatisticsOrder, type WbStatisticsSale } from './statistics-types'
import { WbTransport, type WbRoute, type WbRows, type WbTransportOptions } from './transport'
import { wbCardsListResponse, type WbCardsCursor, type WbCardsListResponse } from './types'

const MINUTE = 60_000

/** Every WB method the app calls, with the budget group the specs put it in. */
export const wbRoutes = {
  cardsList: { host: 'content', method: 'POST', path: '/content/v2/get/cards/list', group: 'content' },
  sellerWarehouses: { host: 'marketplace', method: 'GET', path: '/api/v3/warehouses', group: 'marketplaceWarehouses' },
  offices: { host: 'marketplace', method: 'GET', path: '/api/v3/offices', group: 'marketplaceWarehouses' },
  fbsStocks: { host: 'marketplace', method: 'POST', path: '/api/v3/stocks/{warehouseId}', group: 'marketplaceStocks' },
  orders: { host: 'marketplace', method: 'GET', path: '/api/v3/orders', group: 'marketplace' },
  newOrders: { host: 'marketplace', method: 'GET', path: '/api/v3/orders/new', group: 'marketplace' },
  orderStatuses: { host: 'marketplace', method: 'POST', path: '/api/v3/orders/status', group: 'marketplace' },
  supplies: { host: 'marketplace', method: 'GET', path: '/api/v3/supplies', group: 'marketplace' },
  createSupply: { host: 'marketplace', method: 'POST', path: '/api/v3/supplies', group: 'marketplace', write: true },
  addSupplyOrders: {
    host: 'marketplace',
    method: 'PATCH',
    path: '/api/marketplace/v3/supplies/{supplyId}/orders',
    group: 'marketplace',
    write: true
  },
  supplyOrderIds: { host: 'marketplace', method: 'GET', path: '/api/marketplace/v3/supplies/{supplyId}/order-ids', group: 'marketplace' },
  deliverSupply: { host: 'marketplace', method: 'PATCH', path: '/api/v3/supplies/{supplyId}/deliver', group: 'marketplace', write: true },
  statisticsOrders: { host: 'statistics', method: 'GET', path: '/api/v1/supplier/orders', group: 'statisticsOrders', timeoutMs: 3 * MINUTE },
  statisticsSales: { host: 'statistics', method: 'GET', path: '/api/v1/supplier/sales', group: 'statisticsSales', timeoutMs: 3 * MINUTE },
  wbWarehouseStocks: {
    host: 'analytics',
    method: 'POST',
    path: '/api/analytics/v1/stocks-report/wb-warehouses',
    group: 'wbWarehouseStocks',
    timeoutMs: 3 * MINUTE
  },
  fbwWarehouses: { host: 'supplies', method: 'GET', path: '/api/v1/warehouses', group: 'fbwWarehouses' },
  fbwSupplies: { host: 'supplies', method: 'POST', path: '/api/v1/supplies', group: 'fbwSupplies' },
  fbwSupplyDetails: { host: 'supplies', method: 'GET', path: '/api/v1/supplies/{ID}', group: 'fbwSupplies' }
} as const satisfies Record<string, WbRoute>

/** FBW supply list filters (07-orders-fbw.yaml models.SuppliesFiltersRequest). */
export interface WbFbwSuppliesFilter {
  dates?: Array<{ from?: string; till?: string; type: 'factDate' | 'createDate' | 'supplyDate' | 'updatedDate' }>
  statusIDs?: number[]
}

/** Wildberries seller API calls, each on the account's budget for its method group. */
export class WbClient {
  private readonly transport: WbTransport

  constructor(options: WbTransportOptions) {
    this.transport = new WbTransport(options)
  }

  /** One page of cards after `after`, oldest change first, so the last card's cursor resumes the sync. */
  listCards(limit: number, after: WbCardsCursor | null): Promise<WbCardsListResponse> {
    const json = {
      settings: {
        sort: { ascending: true },
        cursor: after ? { limit, updatedAt: after.updatedAt, nmID: after.nmID } : { limit },
        filter: { withPhoto: -1 }
      }
    }
    return this.transport.call(wbRoutes.cardsList, wbCardsListResponse, { query: { locale: 'ru' }, json })
  }

  listSellerWarehouses(): Promise<WbSellerWarehouse[]> {
    return this.transport.call(wbRoutes.sellerWarehouses, wbSellerWarehouses)
  }

  /** WB's offices a seller warehouse can be bound to. */
  listOffices(): Promise<WbOffice[]> {
    return this.transport.call(wbRoutes.offices, wbOffices)
  }

  async fbsStocks(warehouseId: number, chrtIds: readonly number[]): Promise<WbFbsStock[]> {
    assertBatch(chrtIds, 1000, 'chrtIds')
    const page = await this.transport.call(wbRoutes.fbsStocks, wbFbsStocksResponse, { pathParams: { warehouseId }, json: { chrtIds } })
    return page.stocks
  }

  /** Orders created in [dateFrom, dateTo] (Unix seconds, at most 30 days apart, within the last 3 months). */
  listOrders(query: { limit: number; next: number; dateFrom: number; dateTo: number }): Promise<WbOrdersPage> {
    return this.transport.call(wbRoutes.orders, wbOrdersPage, { query })
  }

  async listNewOrders(): Promise<WbFbsOrder[]> {
    return (await this.transport.call(wbRoutes.newOrders, wbNewOrders)).orders
  }

  async orderStatuses(orderIds: readonly number[]): Promise<WbOrderStatus[]> {
    assertBatch(orderIds, 1000, 'orders')
    return (await this.transport.call(wbRoutes.orderStatuses, wbOrderStatuses, { json: { orders: orderIds } })).orders
  }

  listSupplies(query: { limit: number; next: number }): Promise<WbSuppliesPage> {
    return this.transport.call(wbRoutes.supplies, wbSuppliesPage, { query })
  }

  async createSupply(name: string): Promise<string> {
    return (await this.transport.call(wbRoutes.createSupply, wbCreatedSupply, { json: { name } })).id
  }

  addOrdersToSupply(supplyId: string, orderIds: readonly number[]): Promise<void> {
    assertBatch(orderIds, 100, 'orders')
    return this.transport.callNoContent(wbRoutes.addSupplyOrders, { pathParams: { supplyId }, json: { orders: orderIds } })
  }

  async supplyOrderIds(supplyId: string): Promise<number[]> {
    return (await this.transport.call(wbRoutes.supplyOrderIds, wbSupplyOrderIds, { pathParams: { supplyId } })).orderIds
  }

  deliverSupply(supplyId: string): Promise<void> {
    return this.transport.callNoContent(wbRoutes.deliverSupply, { pathParams: { supplyId } })
  }

  /** Orders feed rows changed at or after `dateFrom` (Moscow time, no offset), oldest change first. */
  statisticsOrders(dateFrom: string): Promise<WbRows<WbStatisticsOrder>> {
    return this.transport.callRows(wbRoutes.statisticsOrders, wbStatisticsOrder, { query: { dateFrom, flag: 0 } })
  }

  /** Sales and returns changed at or after `dateFrom` (Moscow time, no offset), oldest change first. */
  statisticsSales(dateFrom: string): Promise<WbRows<WbStatisticsSale>> {
    return this.transport.callRows(wbRoutes.statisticsSales, wbStatisticsSale, { query: { dateFrom, flag: 0 } })
  }

  async wbWarehouseStocks(query: { limit: number; offset: number }): Promise<WbWarehouseStock[]> {
    return (await this.transport.call(wbRoutes.wbWarehouseStocks, wbWarehouseStocksReport, { json: query })).data.items
  }

  listFbwWarehouses(): Promise<WbFbwWarehouse[]> {
    return this.transport.call(wbRoutes.fbwWarehouses, wbFbwWarehouses)
  }

  listFbwSupplies(query: { limit: number; offset: number }, filter: WbFbwSuppliesFilter = {}): Promise<WbFbwSupply[]> {
    return this.transport.call(wbRoutes.fbwSupplies, wbFbwSupplies, { query, json: filter })
  }

  /** Details of a planned supply by its supplyID, or of an unplanned one by its preorderID. */
  fbwSupplyDetails(id: { supplyId: number } | { preorderId: number }): Promise<WbFbwSupplyDetails> {
    const args =
      'supplyId' in id
        ? { pathParams: { ID: id.supplyId } }
        : { pathParams: { ID: id.preorderId }, query: { isPreorderID: true } }
    return this.transport.call(wbRoutes.fbwSupplyDetails, wbFbwSupplyDetails, args)
  }
}

function assertBatch(ids: readonly number[], max: number, field: string): void {
  if (ids.length === 0 || ids.length > max) throw new RangeError(`WB takes 1..${max} ${field} per request, got ${ids.length}`)
}
