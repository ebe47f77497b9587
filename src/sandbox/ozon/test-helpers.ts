/** Shared by the Ozon sandbox's tests: a client for its methods, walkers over its pages, a clock to move by hand. */

export interface Credentials {
  url: string
  clientId: string
  apiKey: string
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

/** POSTs `body` (JSON unless a string) with the Client-Id and Api-Key of `credentials`, or the headers given. */
export function ozonRequest(credentials: Credentials, path: string, body: unknown = {}, headers?: Record<string, string>): Promise<Response> {
  return fetch(`${credentials.url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(headers ?? { 'Client-Id': credentials.clientId, 'Api-Key': credentials.apiKey })
    },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  })
}

/** The JSON of a method expected to answer `status` (200 by default). */
export async function ozonJson<T>(credentials: Credentials, path: string, body: unknown = {}, status = 200): Promise<T> {
  const response = await ozonRequest(credentials, path, body)
  const text = await response.text()
  if (response.status !== status) throw new Error(`${path} answered ${response.status}: ${text}`)
  return JSON.parse(text) as T
}

export interface RpcStatus {
  code: number
  message: string
  details: unknown[]
}

export interface ListItem {
  product_id: number
  offer_id: string
  archived: boolean
  has_fbo_stocks: boolean
  has_fbs_stocks: boolean
}

export interface ListPage {
  result: { items: ListItem[]; last_id: string; total: number }
}

/** Every page of `/v3/product/list` for a visibility, walked with last_id until a page comes back empty. */
export async function walkProductList(credentials: Credentials, visibility = 'ALL', limit = 100): Promise<ListPage[]> {
  const pages: ListPage[] = []
  let lastId = ''
  for (;;) {
    const page = await ozonJson<ListPage>(credentials, '/v3/product/list', { filter: { visibility }, last_id: lastId, limit })
    pages.push(page)
    if (page.result.items.length === 0) return pages
    lastId = page.result.last_id
  }
}

export interface PostingPage<P> {
  cursor: string
  has_next: boolean
  postings: P[]
}

/** Every posting of an FBS or FBO list over a period, walked with cursor (from `body.cursor`, if any) while has_next. */
export async function walkPostings<P>(credentials: Credentials, path: string, body: Record<string, unknown>): Promise<PostingPage<P>[]> {
  const pages: PostingPage<P>[] = []
  let cursor = typeof body.cursor === 'string' ? body.cursor : ''
  for (;;) {
    const page = await ozonJson<PostingPage<P>>(credentials, path, { ...body, cursor })
    pages.push(page)
    if (!page.has_next) return pages
    cursor = page.cursor
  }
}

/** RFC 3339 in UTC, as the API writes every moment. */
export const utcDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3}|\.\d{6})?Z$/

/** A period covering the sandbox's whole history (its postings are from the last 90 days). */
export function wholeHistory(nowMs: number) {
  return { since: new Date(nowMs - 100 * 86_400_000).toISOString(), to: new Date(nowMs + 60_000).toISOString() }
}
