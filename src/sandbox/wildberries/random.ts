/**
 * Stateless, seeded hashing: every attribute of every card is a pure function of (seed, index, salt), so any card
 * can be produced on its own without generating the ones before it.
 */

function fmix32(value: number): number {
  let h = value
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** A well-mixed unsigned 32-bit value for one (seed, index, salt) triple. */
export function hash32(seed: number, index: number, salt: number): number {
  return fmix32(fmix32(fmix32(seed) ^ index) ^ Math.imul(salt, 0x9e3779b1))
}

export function pick<T>(items: readonly T[], hash: number): T {
  const item = items[hash % items.length]
  if (item === undefined) throw new Error('pick() from an empty list')
  return item
}

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

/** An integer in [min, max], inclusive. */
export function between(min: number, max: number, hash: number): number {
  return min + (hash % (max - min + 1))
}

function hex(value: number, digits: number): string {
  return (value >>> 0).toString(16).padStart(8, '0').slice(-digits)
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

/** A UUID version 4 shape whose bits come from the seeded hash (used for seller ids). */
export function uuidV4(seed: number, index: number, salt: number): string {
  const a = hash32(seed, index, salt)
  const b = hash32(seed, index, salt + 1)
  const c = hash32(seed, index, salt + 2)
  const d = hash32(seed, index, salt + 3)
  const variant = (0x8000 | (c & 0x3fff)) >>> 0
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-${hex(variant, 4)}-${hex(c >>> 16, 4)}${hex(d, 8)}`
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
