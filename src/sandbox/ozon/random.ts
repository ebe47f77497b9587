/**
 * The Ozon world's seeded helpers, on the hashing every sandbox shares (../shared/random.ts).
 */
import { hash32 } from '../shared/random'

export { between, hash32, pick, uuidV4 } from '../shared/random'

/** True with the given probability, in percent. */
export function chance(percent: number, hash: number): boolean {
  return hash % 10_000 < percent * 100
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
