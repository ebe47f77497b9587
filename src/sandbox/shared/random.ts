/**
 * Stateless, seeded hashing every sandbox builds its world from: each attribute of each record is a pure function
 * of (seed, index, salt), so any record can be produced on its own without generating the ones before it.
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

/** An integer in [min, max], inclusive. */
export function between(min: number, max: number, hash: number): number {
  return min + (hash % (max - min + 1))
}

/** The last `digits` hex digits of a 32-bit value, zero-padded. */
export function hexDigits(value: number, digits: number): string {
  return (value >>> 0).toString(16).padStart(8, '0').slice(-digits)
}

/** A UUID version 4 shape whose bits come from the seeded hash (WB seller ids, Ozon API keys). */
export function uuidV4(seed: number, index: number, salt: number): string {
  const a = hash32(seed, index, salt)
  const b = hash32(seed, index, salt + 1)
  const c = hash32(seed, index, salt + 2)
  const d = hash32(seed, index, salt + 3)
  const variant = (0x8000 | (c & 0x3fff)) >>> 0
  return `${hexDigits(a, 8)}-${hexDigits(b >>> 16, 4)}-4${hexDigits(b, 3)}-${hexDigits(variant, 4)}-${hexDigits(c >>> 16, 4)}${hexDigits(d, 8)}`
}
