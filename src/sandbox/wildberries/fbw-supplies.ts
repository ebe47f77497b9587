/**
 * The seller's FBW supplies to WB warehouses (07-orders-fbw.yaml): twenty of them over the last three months, the
 * newest still unplanned (a preorder without a supplyID), then planned, allowed to unload, being accepted, and the
 * older ones accepted; one is a virtual supply (no boxes, preorderID 0). Goods reference real cards, and a supply's
 * quantities are the sums of its goods.
 */
import { goodsAt, sizeOf, type Goods } from './goods'
import { DAY_MS, formatMoscowWithOffset, moscowDayStart } from './moscow-time'
import { stockingWarehouses, type WbWarehouse } from './places'
import { between, digitString, hash32, pick, pickWeighted } from './random'
import { popularCardIndex } from './fbs-orders'

export type FbwStatusId = 1 | 2 | 3 | 4 | 5 | 6

export interface FbwGood {
  goods: Readonly<Goods>
  barcode: string
  techSize: string
  quantity: number
  /** Null until the supply reaches the warehouse. */
  acceptedQuantity: number | null
  readyForSaleQuantity: number | null
  unloadingQuantity: number | null
}

export interface FbwSupply {
  supplyId: number | null
  /** 0 for virtual supplies. */
  preorderId: number
  phone: string
  statusId: FbwStatusId
  boxTypeId: 0 | 1 | 2 | 5 | 6
  virtualTypeId?: number
  createMs: number
  supplyMs: number | null
  factMs: number | null
  updatedMs: number | null
  warehouse: WbWarehouse
  goods: FbwGood[]
}

const SUPPLY_COUNT = 20
const HOUR_MS = 60 * 60 * 1000
const Salt = {
  supplyBase: 0xb001, preorderBase: 0xb002, phone: 0xb003, box: 0xb004, warehouse: 0xb005, lines: 0xb006,
  card: 0xb007, size: 0xb008, quantity: 0xb009, shortfall: 0xb00a, lag: 0xb00b, assign: 0xb00c
} as const
const boxTypes = [{ id: 1 as const, weight: 2 }, { id: 2 as const, weight: 5 }, { id: 5 as const, weight: 2 }, { id: 6 as const, weight: 1 }]
const sellerShortNames = ['ИП Смирнова', 'ООО Северный ветер', 'ИП Ковалёв', 'ООО Домашний уют', 'ИП Алиева']

/** Position 0 is the newest supply. */
function statusAt(position: number): FbwStatusId {
  return ([1, 2, 3, 4] as const)[position] ?? (position === 7 ? 6 : 5)
}

function createdAt(position: number, anchorMs: number, seed: number): number {
  const fixed = [6 * HOUR_MS, 2 * DAY_MS, 4 * DAY_MS, 6 * DAY_MS][position]
  const ageMs = fixed ?? 9 * DAY_MS + ((position - 4) * 79 * DAY_MS) / (SUPPLY_COUNT - 5)
  return Math.floor((anchorMs - ageMs - (hash32(seed, position, Salt.lag) % (5 * HOUR_MS))) / 1000) * 1000
}

export function fbwSuppliesOf(seed: number, cardCount: number, anchorMs: number): FbwSupply[] {
  const supplyBase = 20_000_000 + (hash32(seed, 0, Salt.supplyBase) % 9_000_000)
  const preorderBase = 30_000_000 + (hash32(seed, 0, Salt.preorderBase) % 9_000_000)
  const supplies: FbwSupply[] = []
  for (let position = SUPPLY_COUNT - 1; position >= 0; position--) {
    const statusId = statusAt(position)
    const virtual = position === 11
    const createMs = createdAt(position, anchorMs, seed)
    const supplyMs = statusId === 1 ? null
      : statusId === 2 ? moscowDayStart(anchorMs) + 2 * DAY_MS
        : statusId === 3 ? moscowDayStart(anchorMs)
          : moscowDayStart(createMs) + (2 + (hash32(seed, position, Salt.lag) % 4)) * DAY_MS
    const factMs = statusId >= 4 && supplyMs !== null ? supplyMs + (9 + (hash32(seed, position, Salt.lag + 1) % 8)) * HOUR_MS : null
    const updatedMs = factMs === null ? null : factMs + (statusId === 4 ? HOUR_MS : (1 + (hash32(seed, position, Salt.lag + 2) % 30)) * HOUR_MS)
    supplies.push({
      supplyId: statusId === 1 ? null : supplyBase + (SUPPLY_COUNT - position) * 1_031,
      preorderId: virtual ? 0 : preorderBase + (SUPPLY_COUNT - position) * 2_017,
      phone: `+7 9${digitString(seed, position, Salt.phone, 2)} *** ${digitString(seed, position, Salt.phone + 3, 2)} ${digitString(seed, position, Salt.phone + 6, 2)}`,
      statusId,
      boxTypeId: virtual ? 0 : pickWeighted(boxTypes, hash32(seed, position, Salt.box)).id,
      ...(virtual ? { virtualTypeId: 1 } : {}),
      createMs,
      supplyMs,
      factMs,
      updatedMs,
      warehouse: pickWeighted(stockingWarehouses, hash32(seed, position, Salt.warehouse)),
      goods: cardCount > 0 ? goodsLines(seed, cardCount, position, statusId) : []
    })
  }
  return supplies
}

function goodsLines(seed: number, cardCount: number, position: number, statusId: FbwStatusId): FbwGood[] {
  const count = between(3, 25, hash32(seed, position, Salt.lines))
  const seen = new Set<string>()
  const lines: FbwGood[] = []
  for (let line = 0; line < count; line++) {
    const key = position * 1_000 + line
    const goods = goodsAt(popularCardIndex(cardCount, hash32(seed, key, Salt.card)), seed)
    const size = sizeOf(goods, seed, hash32(seed, key, Salt.size))
    const barcode = size.skus[0]!
    if (seen.has(barcode)) continue
    seen.add(barcode)
    const quantity = between(5, 120, hash32(seed, key, Salt.quantity))
    const shortfall = hash32(seed, key, Salt.shortfall) % 10 === 0 ? between(1, Math.min(3, quantity), hash32(seed, key, Salt.shortfall + 1)) : 0
    const arrived = statusId >= 4
    const accepted = statusId === 4 ? Math.floor(quantity / 2) : quantity - shortfall
    lines.push({
      goods,
      barcode,
      techSize: size.techSize,
      quantity,
      acceptedQuantity: arrived ? accepted : null,
      readyForSaleQuantity: arrived ? (statusId === 4 ? 0 : accepted) : null,
      unloadingQuantity: arrived ? (statusId === 4 ? accepted : 0) : null
    })
  }
  return lines
}

/** supplyIDs whose goods are on sale: the incomeID of statistics rows shipped from WB warehouses. */
export function acceptedSupplyIds(supplies: readonly FbwSupply[]): number[] {
  return supplies.flatMap((supply) => (supply.statusId >= 5 && supply.boxTypeId !== 0 && supply.supplyId !== null ? [supply.supplyId] : []))
}

const moscowOrNull = (ms: number | null): string | null => (ms === null ? null : formatMoscowWithOffset(ms))

/** An item of `POST /api/v1/supplies` (models.Supply). */
export function supplyListItem(supply: FbwSupply): Record<string, unknown> {
  return {
    phone: supply.phone,
    supplyID: supply.supplyId,
    preorderID: supply.preorderId,
    createDate: formatMoscowWithOffset(supply.createMs),
    supplyDate: moscowOrNull(supply.supplyMs),
    factDate: moscowOrNull(supply.factMs),
    updatedDate: moscowOrNull(supply.updatedMs),
    statusID: supply.statusId,
    boxTypeID: supply.boxTypeId,
    ...(supply.boxTypeId === 2 ? { isBoxOnPallet: supply.preorderId % 2 === 0 } : {})
  }
}

const sum = (lines: readonly FbwGood[], pickValue: (line: FbwGood) => number | null): number =>
  lines.reduce((total, line) => total + (pickValue(line) ?? 0), 0)

/** `GET /api/v1/supplies/{ID}` (models.SupplyDetails). */
export function supplyDetails(supply: FbwSupply, seed: number): Record<string, unknown> {
  const arrived = supply.statusId >= 4
  const planned = supply.statusId >= 2
  const coefficient = pick([0, 1, 2, 5, 10], hash32(seed, supply.preorderId, Salt.assign))
  return {
    phone: supply.phone,
    statusID: supply.statusId,
    ...(supply.virtualTypeId === undefined ? {} : { virtualTypeID: supply.virtualTypeId }),
    boxTypeID: supply.boxTypeId,
    createDate: formatMoscowWithOffset(supply.createMs),
    supplyDate: moscowOrNull(supply.supplyMs),
    factDate: moscowOrNull(supply.factMs),
    updatedDate: moscowOrNull(supply.updatedMs),
    warehouseID: supply.warehouse.id,
    warehouseName: supply.warehouse.name,
    actualWarehouseID: arrived ? supply.warehouse.id : null,
    actualWarehouseName: arrived ? supply.warehouse.name : '',
    transitWarehouseID: null,
    transitWarehouseName: '',
    acceptanceCost: planned ? coefficient * 500 : null,
    paidAcceptanceCoefficient: planned ? coefficient : null,
    rejectReason: null,
    supplierAssignName: pick(sellerShortNames, hash32(seed, 0, Salt.assign)),
    storageCoef: planned ? String(100 + (hash32(seed, supply.preorderId, Salt.assign + 1) % 200)) : null,
    deliveryCoef: planned ? String(100 + (hash32(seed, supply.preorderId, Salt.assign + 2) % 200)) : null,
    quantity: sum(supply.goods, (line) => line.quantity),
    readyForSaleQuantity: sum(supply.goods, (line) => line.readyForSaleQuantity),
    acceptedQuantity: sum(supply.goods, (line) => line.acceptedQuantity),
    unloadingQuantity: sum(supply.goods, (line) => line.unloadingQuantity),
    depersonalizedQuantity: supply.virtualTypeId === 1 ? sum(supply.goods, (line) => line.acceptedQuantity) : 0,
    ...(supply.boxTypeId === 2 ? { isBoxOnPallet: supply.preorderId % 2 === 0 } : {})
  }
}

/** An item of `GET /api/v1/supplies/{ID}/goods` (models.GoodInSupply). */
export function goodInSupply(line: FbwGood): Record<string, unknown> {
  return {
    barcode: line.barcode,
    vendorCode: line.goods.vendorCode,
    nmID: line.goods.nmId,
    needKiz: line.goods.needKiz,
    tnved: line.goods.tnved,
    techSize: line.techSize,
    color: line.goods.color,
    supplierBoxAmount: line.quantity,
    quantity: line.quantity,
    readyForSaleQuantity: line.readyForSaleQuantity,
    acceptedQuantity: line.acceptedQuantity,
    unloadingQuantity: line.unloadingQuantity
  }
}
