/**
 * The facts about a card that orders, sales, supplies and stocks quote (article, brand, sizes, price), without
 * building the whole card: a statistics page of 80,000 rows needs this for every row. Each row quotes one size,
 * picked by a hash, so sizes are built one at a time.
 */
import { brandAt, colorAt, modelOf, nmIdAt, sizeAt, sizeCountAt, subjectAt, vendorCodeAt } from './catalog'
import { between, hash32 } from './random'
import type { WbSize } from './types'

export interface Goods {
  /** Position in the catalogue. */
  index: number
  nmId: number
  vendorCode: string
  brand: string
  subjectName: string
  category: string
  sizeCount: number
  /** Price before discounts, whole roubles; colour variants of one model share it. */
  priceRub: number
  /** The seller's discount, %. */
  discountPercent: number
  needKiz: boolean
  /** Null for subjects without a colour characteristic. */
  color: string | null
  tnved: string | null
}

const Salt = { price: 0x9001, discount: 0x9002 } as const
/** Orders favour popular cards, so a statistics page asks for the same few thousand cards again and again. */
const CACHE_LIMIT = 50_000
const cache = new Map<number, Map<number, Readonly<Goods>>>()

export function goodsAt(index: number, seed: number): Readonly<Goods> {
  let bySeed = cache.get(seed)
  if (!bySeed) cache.set(seed, (bySeed = new Map()))
  let goods = bySeed.get(index)
  if (!goods) {
    if (bySeed.size >= CACHE_LIMIT) bySeed.clear()
    goods = buildGoods(index, seed)
    bySeed.set(index, goods)
  }
  return goods
}

const sizeCache = new WeakMap<Readonly<Goods>, WbSize[]>()

/** The size `hash` picks among the card's sizes. */
export function sizeOf(goods: Readonly<Goods>, seed: number, hash: number): WbSize {
  const slot = hash % goods.sizeCount
  let sizes = sizeCache.get(goods)
  if (!sizes) sizeCache.set(goods, (sizes = []))
  return (sizes[slot] ??= sizeAt(goods.index, seed, slot))
}

function buildGoods(index: number, seed: number): Goods {
  const subject = subjectAt(index, seed)
  const { group } = subject
  const model = modelOf(index)
  // Prices end in 90, the way sellers set them.
  const hundreds = between(Math.ceil(group.priceRub[0] / 100), Math.floor(group.priceRub[1] / 100), hash32(seed, model, Salt.price))
  return {
    index,
    nmId: nmIdAt(index, seed),
    vendorCode: vendorCodeAt(index, seed),
    brand: brandAt(index, seed),
    subjectName: subject.name,
    category: group.category,
    sizeCount: sizeCountAt(index, seed),
    priceRub: hundreds * 100 - 10,
    discountPercent: between(10, 65, hash32(seed, model, Salt.discount)),
    needKiz: group.needKiz,
    color: group.hasColor ? colorAt(index, seed) : null,
    tnved: group.needKiz ? group.tnved : null
  }
}
