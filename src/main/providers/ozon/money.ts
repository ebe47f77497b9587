import { z } from 'zod'
import type { Kopecks } from '../../../shared/domain/money'

/** A decimal amount as Ozon writes it in text: "1299.99", "0.1", "1000", "1200.0000". */
const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/

/** An amount in text; a value of any other form fails the page as a malformed response naming the field. */
export const ozonDecimal = z.string().regex(decimalPattern)

/**
 * Kopecks of a decimal amount, read digit by digit so no float ever holds the value: a third decimal rounds half
 * away from zero, as round(x·100) does on the exact decimal.
 */
export function decimalToKopecks(text: string): Kopecks {
  const match = decimalPattern.exec(text)
  if (!match) throw new RangeError(`Not a decimal amount: ${JSON.stringify(text)}`)
  const [, sign, whole = '0', fraction = ''] = match
  const cents = BigInt(whole) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, '0'))
  const roundsUp = (fraction[2] ?? '0') >= '5'
  const kopecks = Number(roundsUp ? cents + 1n : cents)
  return sign === '-' && kopecks !== 0 ? -kopecks : kopecks
}

/** An amount Ozon may leave empty ("" for a product with no minimum price): null then. */
export function optionalKopecks(text: string | undefined): Kopecks | null {
  return text === undefined || text === '' ? null : decimalToKopecks(text)
}

/**
 * Ozon's financial data and finance operations send roubles as JSON numbers (format double). A number is read
 * through its shortest decimal text, which is the text Ozon wrote for any amount of up to 15 digits, so it rounds
 * like decimalToKopecks (half away from zero, -0.285 → -29) and no float product ever decides a kopeck.
 */
export function rublesToKopecks(value: number): Kopecks {
  if (!Number.isFinite(value)) throw new RangeError(`Not an amount: ${value}`)
  const text = String(value)
  // Exponent forms: below 1e-6 is no kopeck; 1e21 roubles and more exceed what a kopeck count holds exactly anyway.
  if (!text.includes('e')) return decimalToKopecks(text)
  if (Math.abs(value) < 1) return 0
  throw new RangeError(`Amount out of range: ${value}`)
}
