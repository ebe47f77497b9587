/** Strict readers for query strings and JSON bodies: anything WB's Go services would fail to decode is undefined. */

export function parseJsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : undefined
  } catch {
    return undefined
  }
}

/** A decimal integer such as `12` or `-3`; `1.5`, `1e3`, `0x10` and empty text are not. */
export function parseIntegerText(text: string | null | undefined): number | undefined {
  if (text === null || text === undefined || !/^-?\d{1,16}$/.test(text)) return undefined
  const value = Number(text)
  return Number.isSafeInteger(value) ? value : undefined
}

export function isIntegerList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => Number.isSafeInteger(item))
}
