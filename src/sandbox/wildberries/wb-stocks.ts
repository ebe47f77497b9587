/**
 * Stock on WB's warehouses, one row per size and warehouse, as `POST /api/analytics/v1/stocks-report/wb-warehouses`
 * reports it. Every card has the same number of rows (four size-warehouse pairs, some sold out), so row `r` is
 * found without counting the rows before it and any offset is served in constant time.
 */
import { indexOfNmId } from './catalog'
import { goodsAt, sizeOf } from './goods'
import { stockingWarehouses } from './places'
import { hash32, unit } from './random'

export interface WbStockRow {
  nmId: number
  chrtId: number
  warehouseId: number
  warehouseName: string
  regionName: string
  quantity: number
  inWayToClient: number
  inWayFromClient: number
}

export interface WbStockQuery {
  /** Cards to report; all when empty. */
  nmIds: readonly number[]
  /** Sizes to keep among `nmIds`' rows; ignored without `nmIds`, as the spec says. */
  chrtIds: readonly number[]
  limit: number
  offset: number
}

const ROWS_PER_CARD = 4
const Salt = { warehouse: 0xc001, stride: 0xc002, size: 0xc003, quantity: 0xc004, toClient: 0xc005, fromClient: 0xc006 } as const

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

export class WbStockReport {
  constructor(private readonly seed: number, private readonly cardCount: number) {}

  rows(query: WbStockQuery): WbStockRow[] {
    const end = query.offset + query.limit
    if (query.nmIds.length === 0) {
      const rows: WbStockRow[] = []
      for (let r = query.offset; r < Math.min(end, this.cardCount * ROWS_PER_CARD); r++) {
        rows.push(this.row(Math.floor(r / ROWS_PER_CARD), r % ROWS_PER_CARD))
      }
      return rows
    }
    const cards = [...new Set(query.nmIds)]
      .map((nmId) => indexOfNmId(nmId, this.seed))
      .filter((index): index is number => index !== undefined && index < this.cardCount)
      .sort((a, b) => a - b)
    const sizes = new Set(query.chrtIds)
    return cards
      .flatMap((index) => Array.from({ length: ROWS_PER_CARD }, (_, k) => this.row(index, k)))
      .filter((row) => sizes.size === 0 || sizes.has(row.chrtId))
      .slice(query.offset, end)
  }

  private row(index: number, k: number): WbStockRow {
    const { seed } = this
    const goods = goodsAt(index, seed)
    const count = stockingWarehouses.length
    let stride = 1 + (hash32(seed, index, Salt.stride) % (count - 1))
    while (gcd(stride, count) !== 1) stride += 1
    const warehouse = stockingWarehouses[(hash32(seed, index, Salt.warehouse) + k * stride) % count]!
    const size = sizeOf(goods, seed, hash32(seed, index, Salt.size) + k)
    const key = index * ROWS_PER_CARD + k
    const h = hash32(seed, key, Salt.quantity)
    return {
      nmId: goods.nmId,
      chrtId: size.chrtID,
      warehouseId: warehouse.id,
      warehouseName: warehouse.name,
      regionName: warehouse.region,
      quantity: h % 100 < 12 ? 0 : 1 + Math.floor(300 * unit(hash32(seed, key, Salt.quantity + 1)) ** 2),
      inWayToClient: hash32(seed, key, Salt.toClient) % 16,
      inWayFromClient: hash32(seed, key, Salt.fromClient) % 6
    }
  }
}
