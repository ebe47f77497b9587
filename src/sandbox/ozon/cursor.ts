/**
 * Opaque page positions, in the shapes Ozon's answers show: base64 of `[id,id]` for `/v3/product/list` `last_id`
 * (the spec's example `WzMzOTc5MTc2ODAsMzM5NzkxNzY4MF0=`, and a recorded `/v4/product/info/stocks` cursor of the
 * same form), and base64 of `{"fields":[{name, dir, val}, …]}` for postings (the v4 FBS example). Each names the
 * last row of a page; the next page starts after it, whatever the filter, so rows never repeat or go missing
 * while new ones arrive at the end. Text that does not decode is a 400.
 */
import { RequestError } from './request-parsing'

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64')

function decode(text: string): unknown {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return undefined
  try {
    return JSON.parse(Buffer.from(text, 'base64').toString('utf8'))
  } catch {
    return undefined
  }
}

const invalid = (field: string) => new RequestError(`invalid ${field}: cannot be decoded`)

/** `[id,id]`; empty text is the start. */
export function encodeIdCursor(id: number): string {
  return encode([id, id])
}

export function decodeIdCursor(text: string, field: string): number | undefined {
  if (text === '') return undefined
  const value = decode(text)
  if (!Array.isArray(value) || value.length !== 2 || !value.every((item) => Number.isSafeInteger(item))) throw invalid(field)
  return value[1] as number
}

export interface PostingCursor {
  /** The posting's place in its list. */
  id: number
}

export function encodePostingCursor(timeField: string, dir: 'asc' | 'desc', time: string, id: number): string {
  return encode({ fields: [{ name: timeField, dir, val: time }, { name: 'osp.id', dir, val: String(id) }] })
}

export function decodePostingCursor(text: string): PostingCursor | undefined {
  if (text === '') return undefined
  const value = decode(text) as { fields?: Array<{ name?: unknown; val?: unknown }> } | undefined
  const id = value?.fields?.find((field) => field.name === 'osp.id')?.val
  if (typeof id !== 'string' || !/^\d{1,15}$/.test(id)) throw invalid('cursor')
  return { id: Number(id) }
}
