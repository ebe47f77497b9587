/**
 * Everything the sandbox's WB seller owns, built from the seed and the moment the sandbox starts (the anchor all
 * histories end at): the catalogue, FBS warehouses and desk, the statistics feeds, FBW supplies and WB-warehouse
 * stocks. Nothing row-sized is built here; each part generates its rows when asked.
 */
import { CardStore } from './cards'
import { FbsDesk } from './fbs-desk'
import { FbsOrderBook } from './fbs-orders'
import { acceptedSupplyIds, fbwSuppliesOf, type FbwSupply } from './fbw-supplies'
import { sellerWarehousesOf, type SellerWarehouse } from './seller-warehouses'
import { SerialisedFeed } from './serialised-feed'
import { StatisticsFeed } from './statistics-feed'
import { WbStockReport } from './wb-stocks'

export interface WbWorldOptions {
  seed: number
  cardCount: number
  fbsOrderCount: number
  orderCount: number
  saleCount: number
  statisticsPageSize: number
  baseUrl: string
  now: () => number
}

export interface WbWorld {
  seed: number
  cardCount: number
  statisticsPageSize: number
  now: () => number
  cards: CardStore
  sellerWarehouses: readonly SellerWarehouse[]
  desk: FbsDesk
  statistics: StatisticsFeed
  /** The feeds serialised ahead of time (WbSandboxOptions.serialiseAtStart); pages are then sliced from them. */
  serialisedFeeds: { orders?: SerialisedFeed; sales?: SerialisedFeed }
  fbwSupplies: readonly FbwSupply[]
  wbStocks: WbStockReport
}

export function createWorld(options: WbWorldOptions): WbWorld {
  const { seed, cardCount, now } = options
  const anchorMs = Math.floor(now() / 1000) * 1000
  const sellerWarehouses = sellerWarehousesOf(seed)
  const book = new FbsOrderBook({ seed, cardCount, count: options.fbsOrderCount, anchorMs, warehouses: sellerWarehouses })
  const fbwSupplies = fbwSuppliesOf(seed, cardCount, anchorMs)
  return {
    seed,
    cardCount,
    statisticsPageSize: options.statisticsPageSize,
    now,
    cards: new CardStore({ seed, cardCount, baseUrl: options.baseUrl, now }),
    sellerWarehouses,
    desk: new FbsDesk(book, seed, sellerWarehouses, anchorMs, now),
    statistics: new StatisticsFeed({
      seed,
      cardCount,
      orderCount: options.orderCount,
      saleCount: options.saleCount,
      anchorMs,
      sellerWarehouses,
      incomeIds: acceptedSupplyIds(fbwSupplies)
    }),
    serialisedFeeds: {},
    fbwSupplies,
    wbStocks: new WbStockReport(seed, cardCount)
  }
}

/** Serialises the catalogue and both statistics feeds before the first request (the ingest benchmark). */
export function serialiseWorld(world: WbWorld): void {
  world.cards.serialiseAll()
  world.serialisedFeeds.orders = new SerialisedFeed(world.statistics.orders)
  world.serialisedFeeds.sales = new SerialisedFeed(world.statistics.sales)
}
