/**
 * How `GET /api/v1/supplier/orders` and `/sales` page (12-reports.yaml): rows with lastChangeDate ≥ dateFrom, in
 * lastChangeDate order, about `pageSize` at a time; the client asks again from the last row's lastChangeDate, and an
 * empty array means done. Rows sharing that lastChangeDate come again on the next page, so each is seen at least
 * once. A page never ends inside such a group, and a page that would hold one group only takes the next group too,
 * so asking again always gets further (WB calls its 80,000 a "conditional" limit). Once no row is newer than
 * dateFrom the answer is [], or a client asking from the last row would get that row back forever.
 */

/** A feed whose rows are ordered by lastChangeDate and can be produced one at a time. */
export interface FeedSource<Row> {
  readonly count: number
  /** Non-decreasing in the index. */
  lastChangeMs(index: number): number
  /** When the row happened (order or sale time); at most `maxLagMs` before its lastChangeMs. */
  dateMs(index: number): number
  readonly maxLagMs: number
  row(index: number): Row
}

/** The first row with lastChangeMs ≥ `ms`. */
function firstRowAtOrAfter(source: FeedSource<unknown>, ms: number): number {
  let low = 0
  let high = source.count
  while (low < high) {
    const mid = (low + high) >>> 1
    if (source.lastChangeMs(mid) < ms) low = mid + 1
    else high = mid
  }
  return low
}

/** The rows of one page, as indexes [start, end). */
export function pageFrom(source: FeedSource<unknown>, dateFromMs: number, pageSize: number): { start: number; end: number } {
  if (source.count === 0 || source.lastChangeMs(source.count - 1) <= dateFromMs) return { start: 0, end: 0 }
  const start = firstRowAtOrAfter(source, dateFromMs)
  const groupEnd = (from: number): number => {
    let at = from
    while (at < source.count && source.lastChangeMs(at) === source.lastChangeMs(from - 1)) at++
    return at
  }
  let end = groupEnd(Math.min(source.count, start + pageSize))
  if (end < source.count && source.lastChangeMs(start) === source.lastChangeMs(end - 1)) end = groupEnd(end + 1)
  return { start, end }
}

/** `flag=1`: the indexes of every row whose date falls on the given day, whatever the page size. */
export function dayRows(source: FeedSource<unknown>, dayStartMs: number, dayEndMs: number): number[] {
  const indexes: number[] = []
  for (let index = firstRowAtOrAfter(source, dayStartMs); index < source.count; index++) {
    if (source.lastChangeMs(index) >= dayEndMs + source.maxLagMs) break
    const dateMs = source.dateMs(index)
    if (dateMs >= dayStartMs && dateMs < dayEndMs) indexes.push(index)
  }
  return indexes
}

const ROWS_PER_CHUNK = 500

/** A JSON array of the rows, made a few hundred rows at a time as the response is sent. */
export function* rowsJson(source: FeedSource<unknown>, indexes: Iterable<number>): Generator<string> {
  let parts: string[] = []
  let opened = false
  for (const index of indexes) {
    parts.push(JSON.stringify(source.row(index)))
    if (parts.length === ROWS_PER_CHUNK) {
      yield `${opened ? ',' : '['}${parts.join(',')}`
      opened = true
      parts = []
    }
  }
  yield `${opened ? (parts.length > 0 ? ',' : '') : '['}${parts.join(',')}]`
}

export function* range(start: number, end: number): Generator<number> {
  for (let index = start; index < end; index++) yield index
}
