import type { FbsOrderPage, FbsOrderRow, OrderDetail, OrderFilterOptions, OrderPage } from '../../shared/domain/orders'
import type { ProductDetail, ProductRow } from '../../shared/domain/products'
import type { SalePage } from '../../shared/domain/sales'
import type { StockByWarehouse, StockPage, StockWarehouse } from '../../shared/domain/stocks'
import type { FbsSupplyPage, FbsSupplyRow, FbwSupplyPage } from '../../shared/domain/supplies'
import type { AwaitingPostingPage } from '../../shared/ipc/fbs-postings'
import type { Mirror } from './open'
import { getFbsOrder, getOrder, listFbsOrders, listOrders, orderFilterOptions, fbsOrdersOfSupply, type FbsOrderListQuery, type OrderListQuery } from './queries/orders'
import { listAwaitingPostings, type AwaitingPostingQuery } from './queries/postings'
import { getProduct, listProducts, type ProductListQuery } from './queries/products'
import { listSales, type SaleListQuery } from './queries/sales'
import { listStocks, stockByWarehouse, stockWarehouses, type StockListQuery } from './queries/stocks'
import { getFbsSupply, listFbsSupplies, listFbwSupplies, type FbsSupplyListQuery, type FbwSupplyListQuery } from './queries/supplies'

/**
 * What the screens read, one interface per dataset. Handlers see only these, so a second storage engine (the team
 * server's PostgreSQL) is a new implementation of them, not edits in handlers or providers.
 */
export interface ProductsDataset {
  list(query: ProductListQuery): { rows: ProductRow[]; total: number }
  get(accountId: string, productId: string): ProductDetail | undefined
}

export interface StocksDataset {
  list(query: StockListQuery): StockPage
  byWarehouse(accountId: string, offerId: string): StockByWarehouse[]
  warehouses(accountIds: string[] | undefined): StockWarehouse[]
}

export interface OrdersDataset {
  list(query: OrderListQuery): OrderPage
  get(accountId: string, orderId: string): OrderDetail | undefined
  filterOptions(accountIds: string[] | undefined): OrderFilterOptions
  listFbs(query: FbsOrderListQuery): FbsOrderPage
  getFbs(accountId: string, orderId: number): FbsOrderRow | undefined
  fbsOfSupply(accountId: string, supplyId: string): FbsOrderRow[]
}

export interface SalesDataset {
  list(query: SaleListQuery): SalePage
}

export interface SuppliesDataset {
  listFbs(query: FbsSupplyListQuery): FbsSupplyPage
  getFbs(accountId: string, supplyId: string): FbsSupplyRow | undefined
  listFbw(query: FbwSupplyListQuery): FbwSupplyPage
}

/** Shipments the seller packs and hands over, read from the orders. */
export interface PostingsDataset {
  listAwaiting(query: AwaitingPostingQuery): AwaitingPostingPage
}

export interface MirrorDatasets {
  products: ProductsDataset
  stocks: StocksDataset
  orders: OrdersDataset
  sales: SalesDataset
  supplies: SuppliesDataset
  postings: PostingsDataset
}

/** The datasets over the desktop app's SQLite mirror. */
export function sqliteDatasets({ db }: Mirror): MirrorDatasets {
  return {
    products: {
      list: (query) => listProducts(db, query),
      get: (accountId, productId) => getProduct(db, accountId, productId)
    },
    stocks: {
      list: (query) => listStocks(db, query),
      byWarehouse: (accountId, offerId) => stockByWarehouse(db, accountId, offerId),
      warehouses: (accountIds) => stockWarehouses(db, accountIds)
    },
    orders: {
      list: (query) => listOrders(db, query),
      get: (accountId, orderId) => getOrder(db, accountId, orderId),
      filterOptions: (accountIds) => orderFilterOptions(db, accountIds),
      listFbs: (query) => listFbsOrders(db, query),
      getFbs: (accountId, orderId) => getFbsOrder(db, accountId, orderId),
      fbsOfSupply: (accountId, supplyId) => fbsOrdersOfSupply(db, accountId, supplyId)
    },
    sales: { list: (query) => listSales(db, query) },
    supplies: {
      listFbs: (query) => listFbsSupplies(db, query),
      getFbs: (accountId, supplyId) => getFbsSupply(db, accountId, supplyId),
      listFbw: (query) => listFbwSupplies(db, query)
    },
    postings: { listAwaiting: (query) => listAwaitingPostings(db, query) }
  }
}
