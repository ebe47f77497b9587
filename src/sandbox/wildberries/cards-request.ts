/**
 * Reads the body of `POST /content/v2/get/cards/list` the way WB's Go service does: a value of the wrong JSON type
 * (or a date that is not RFC 3339) fails decoding as a whole, while well-typed values out of range fail validation
 * with the content envelope naming the field.
 */
import type { CardKey, CardQuery, WithPhoto } from './cards'
import { parseMicros } from './time'

/** Spec defaults: `cursor.limit` 10, `sort.ascending` false, `filter.withPhoto` 0. */
const DEFAULT_LIMIT = 10
const MAX_LIMIT = 100

export type CardsListRequest =
  | { ok: true; query: CardQuery; requestCursor: { updatedAt?: string; nmID?: number } }
  | { ok: false; undecodable: true }
  | { ok: false; undecodable: false; field: string; problem: string }

class Undecodable extends Error {}

type Json = Record<string, unknown>

function objectAt(parent: Json, key: string): Json {
  const value = parent[key]
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw new Undecodable()
  return value as Json
}

function optional<T>(parent: Json, key: string, is: (value: unknown) => value is T): T | undefined {
  const value = parent[key]
  if (value === undefined || value === null) return undefined
  if (!is(value)) throw new Undecodable()
  return value
}

const isInteger = (value: unknown): value is number => Number.isSafeInteger(value)
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
const isString = (value: unknown): value is string => typeof value === 'string'
const isIntegerList = (value: unknown): value is number[] => Array.isArray(value) && value.every(isInteger)
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString)
const isWithPhoto = (value: number): value is WithPhoto => value === -1 || value === 0 || value === 1 || value === 2

export function parseCardsListRequest(rawBody: string): CardsListRequest {
  let root: unknown
  try {
    root = JSON.parse(rawBody)
  } catch {
    return { ok: false, undecodable: true }
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return { ok: false, undecodable: true }
  try {
    return readSettings(objectAt(root as Json, 'settings'))
  } catch (error) {
    if (error instanceof Undecodable) return { ok: false, undecodable: true }
    throw error
  }
}

function readSettings(settings: Json): CardsListRequest {
  const sort = objectAt(settings, 'sort')
  const filter = objectAt(settings, 'filter')
  const cursor = objectAt(settings, 'cursor')

  const limit = optional(cursor, 'limit', isInteger) ?? DEFAULT_LIMIT
  if (limit < 1 || limit > MAX_LIMIT) {
    return { ok: false, undecodable: false, field: 'settings.cursor.limit', problem: `must be from 1 to ${MAX_LIMIT}` }
  }
  const withPhoto = optional(filter, 'withPhoto', isInteger) ?? 0
  if (!isWithPhoto(withPhoto)) {
    return { ok: false, undecodable: false, field: 'settings.filter.withPhoto', problem: 'must be one of -1, 0, 1, 2' }
  }
  const updatedAt = optional(cursor, 'updatedAt', isString)
  const nmID = optional(cursor, 'nmID', isInteger)
  const updatedAtMicros = updatedAt === undefined ? undefined : parseMicros(updatedAt)
  if (updatedAt !== undefined && updatedAtMicros === undefined) throw new Undecodable()
  if (updatedAtMicros === undefined && nmID !== undefined && nmID !== 0) {
    return { ok: false, undecodable: false, field: 'settings.cursor.nmID', problem: 'needs settings.cursor.updatedAt' }
  }
  const key: CardKey | undefined = updatedAtMicros === undefined ? undefined : { updatedAtMicros, nmId: nmID ?? 0 }
  const textSearch = optional(filter, 'textSearch', isString)?.trim()
  const imtID = optional(filter, 'imtID', isInteger)
  // allowedCategoriesOnly is type-checked but, as in WB's own sandbox, not applied.
  optional(filter, 'allowedCategoriesOnly', isBoolean)
  const query: CardQuery = {
    limit,
    ascending: optional(sort, 'ascending', isBoolean) ?? false,
    withPhoto,
    ...(key ? { cursor: key } : {}),
    ...(textSearch ? { textSearch } : {}),
    ...nonEmpty('objectIDs', optional(filter, 'objectIDs', isIntegerList)),
    ...nonEmpty('tagIDs', optional(filter, 'tagIDs', isIntegerList)),
    ...nonEmpty('brands', optional(filter, 'brands', isStringList)),
    ...(imtID === undefined ? {} : { imtID })
  }
  return {
    ok: true,
    query,
    requestCursor: { ...(updatedAt === undefined ? {} : { updatedAt }), ...(nmID === undefined ? {} : { nmID }) }
  }
}

function nonEmpty<K extends string, T>(key: K, list: T[] | undefined): Partial<Record<K, T[]>> {
  return list && list.length > 0 ? ({ [key]: list } as Record<K, T[]>) : {}
}
