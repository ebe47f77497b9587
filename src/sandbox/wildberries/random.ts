/** The Wildberries world's seeded helpers, on the hashing every sandbox shares (../shared/random.ts). */

import { hash32, hexDigits as hex } from '../shared/random'

export { between, hash32, pick, uuidV4 } from '../shared/random'

/** Picks an item with probability proportional to its weight. */
export function pickWeighted<T extends { weight: number }>(items: readonly T[], hash: number): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0)
  let point = hash % total
  for (const item of items) {
    if (point < item.weight) return item
    point -= item.weight
  }
  throw new Error('pickWeighted() from a list without weight')
}

/** A value in [0, 1) from a hash. */
export function unit(hash: number): number {
  return hash / 0x1_0000_0000
}

/** Money with at most two decimals, as WB reports roubles. */
export function roundKopecks(rubles: number): number {
  return Math.round(rubles * 100) / 100
}

/** A UUID version 7 (time-ordered, like WB's nmUUID) whose random part comes from the seeded hash. */
export function uuidV7(unixMs: number, seed: number, index: number, salt: number): string {
  const high = Math.floor(unixMs / 0x10000)
  const low = unixMs % 0x10000
  const r1 = hash32(seed, index, salt)
  const r2 = hash32(seed, index, salt + 1)
  const variant = (0x8000 | (r1 & 0x3fff)) >>> 0
  return `${hex(high, 8)}-${hex(low, 4)}-7${hex(r1 >>> 20, 3)}-${hex(variant, 4)}-${hex(r2, 8)}${hex(r1 >>> 4, 4)}`
}

/** `length` hex digits from the seeded hash, e.g. for order ids WB writes as hex (`rid`, `srid`). */
export function hexString(seed: number, index: number, salt: number, length: number): string {
  let text = ''
  for (let k = 0; text.length < length; k++) text += hex(hash32(seed, index, salt + k), 8)
  return text.slice(0, length)
}

/** `length` decimal digits from the seeded hash, never starting with 0. */
export function digitString(seed: number, index: number, salt: number, length: number): string {
  let text = String(1 + (hash32(seed, index, salt) % 9))
  for (let k = 1; text.length < length; k++) text += String(hash32(seed, index, salt + k) % 1_000_000_000).padStart(9, '0')
  return text.slice(0, length)
}
