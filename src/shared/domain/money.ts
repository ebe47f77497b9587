/**
 * Money crosses IPC as integer kopecks: sums are exact in SQLite and in JS (safe up to 9·10^15 kopecks).
 * Display goes through a decimal string, never through a float division.
 */
export type Kopecks = number

export function kopecksToDecimal(kopecks: Kopecks): string {
  const sign = kopecks < 0 ? '-' : ''
  const abs = Math.abs(kopecks)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** ISO 4217 alphabetic code: 'RUB', 'BYN', 'KZT'. */
export type CurrencyCode = string

/** An amount and the currency it is in: amounts in different currencies are never added or compared. */
export interface Money {
  kopecks: Kopecks
  currency: CurrencyCode
}

/**
 * ISO 4217 numeric codes of the currencies marketplaces sell in (WB's `currencyCode`, e.g. 933 for BYN), to their
 * alphabetic codes; a code not listed is carried as its digits, so the amount is never shown as roubles.
 */
const alphabeticByNumeric: Readonly<Record<number, CurrencyCode>> = {
  643: 'RUB',
  933: 'BYN',
  398: 'KZT',
  51: 'AMD',
  417: 'KGS',
  860: 'UZS',
  944: 'AZN',
  981: 'GEL',
  972: 'TJS',
  156: 'CNY',
  840: 'USD',
  978: 'EUR'
}

export function currencyOfIsoNumber(numeric: number): CurrencyCode {
  return alphabeticByNumeric[numeric] ?? String(numeric).padStart(3, '0')
}
