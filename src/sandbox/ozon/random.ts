/**
 * Stateless, seeded hashing: every attribute of every product, warehouse and posting is a pure function of
 * (seed, index, salt). A copy of the few helpers the Wildberries sandbox has, so each sandbox stands alone.
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

/** True with the given probability, in percent. */
export function chance(percent: number, hash: number): boolean {
  return hash % 10_000 < percent * 100
}

function hex(value: number, digits: number): string {
  return (value >>> 0).toString(16).padStart(8, '0').slice(-digits)
}

/** A UUID version 4 shape whose bits come from the seeded hash (Ozon API keys look like this). */
export function uuidV4(seed: number, index: number, salt: number): string {
  const a = hash32(seed, index, salt)
  const b = hash32(seed, index, salt + 1)
  const c = hash32(seed, index, salt + 2)
  const d = hash32(seed, index, salt + 3)
  const variant = (0x8000 | (c & 0x3fff)) >>> 0
  return `${hex(a, 8)}-${hex(b >>> 16, 4)}-4${hex(b, 3)}-${hex(variant, 4)}-${hex(c >>> 16, 4)}${hex(d, 8)}`
}

/** `length` decimal digits from the seeded hash; the first is never 0 unless `leadingZero`. */
export function digitString(seed: number, index: number, salt: number, length: number, leadingZero = false): string {
  let text = leadingZero ? '' : String(1 + (hash32(seed, index, salt) % 9))
  for (let k = 1; text.length < length; k++) text += String(hash32(seed, index, salt + k) % 1_000_000_000).padStart(9, '0')
  return text.slice(0, length)
}

export function ean13CheckDigit(first12: string): number {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3)
  return (10 - (sum % 10)) % 10
}
