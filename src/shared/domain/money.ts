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
