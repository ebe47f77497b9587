/** Shared by the sandbox's tests: a client for the cards-list route and a clock tests can move by hand. */
import type { WbCardsListResponse } from './types'

export const CARDS_LIST_PATH = '/content/v2/get/cards/list'

export interface CardsListSettings {
  sort?: { ascending?: boolean }
  filter?: Record<string, unknown>
  cursor?: { limit?: number; updatedAt?: string | null; nmID?: number | null }
}

export async function postCardsList(baseUrl: string, token: string | undefined, body: unknown): Promise<Response> {
  return fetch(`${baseUrl}${CARDS_LIST_PATH}?locale=ru`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: token }) },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
}

export async function listCards(baseUrl: string, token: string, settings: CardsListSettings): Promise<WbCardsListResponse> {
  const response = await postCardsList(baseUrl, token, { settings })
  if (response.status !== 200) throw new Error(`cards list answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as WbCardsListResponse
}

/** Pages through the whole catalogue the way WB documents it; returns every page's response. */
export async function walkCatalogue(
  baseUrl: string,
  token: string,
  from: { updatedAt: string; nmID: number } | undefined = undefined,
  limit = 100
): Promise<WbCardsListResponse[]> {
  const pages: WbCardsListResponse[] = []
  let cursor: CardsListSettings['cursor'] = { limit, ...from }
  for (;;) {
    const page = await listCards(baseUrl, token, { sort: { ascending: true }, filter: { withPhoto: -1 }, cursor })
    pages.push(page)
    if (page.cursor.total < limit) return pages
    cursor = { limit, updatedAt: page.cursor.updatedAt ?? null, nmID: page.cursor.nmID ?? null }
  }
}

export function manualClock(startMs = Date.UTC(2026, 6, 1, 9, 0, 0)) {
  let nowMs = startMs
  return {
    now: () => nowMs,
    advance(ms: number) {
      nowMs += ms
    }
  }
}

/** Any WB route of the sandbox; a non-string body is sent as JSON. */
export async function wbRequest(baseUrl: string, token: string | undefined, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token === undefined ? {} : { Authorization: token }) },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) })
  })
}

/** The JSON of a route expected to answer `status` (200 by default). */
export async function wbJson<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown, status = 200): Promise<T> {
  const response = await wbRequest(baseUrl, token, method, path, body)
  if (response.status !== status) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as T
}

/** Every card of the catalogue, for checking that other routes point at real ones. */
export async function allCards(baseUrl: string, token: string): Promise<WbCardsListResponse['cards']> {
  return (await walkCatalogue(baseUrl, token)).flatMap((page) => page.cards)
}

/** At most two decimals, as money fields must be. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6
}
