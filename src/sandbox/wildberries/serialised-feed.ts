import type { FeedSource } from './statistics-paging'

/** Rows per piece while the feed is built; pieces are joined once at the end. */
const BUILD_PIECE_ROWS = 10_000
/** A page leaves in slices of this size, so the socket's backpressure is honoured. */
const SEND_SLICE_BYTES = 1 << 20

/**
 * A statistics feed serialised once, as UTF-8 rows joined by commas with each row's offset kept. The ingest
 * benchmark's sandbox builds these before the clock starts: generating and encoding 80,000 rows costs the fake
 * server about two seconds a page, which a real server, reading stored rows, does not spend on the same two cores
 * the app runs on.
 */
export class SerialisedFeed {
  private readonly bytes: Buffer
  /** offsets[i] is where row i starts; offsets[count] is one past the last row's comma. */
  private readonly offsets: Float64Array

  constructor(source: FeedSource<unknown>) {
    const pieces: Buffer[] = []
    this.offsets = new Float64Array(source.count + 1)
    let at = 0
    for (let start = 0; start < source.count; start += BUILD_PIECE_ROWS) {
      const texts: string[] = []
      for (let index = start; index < Math.min(source.count, start + BUILD_PIECE_ROWS); index++) {
        const text = `${JSON.stringify(source.row(index))},`
        this.offsets[index] = at
        at += Buffer.byteLength(text)
        texts.push(text)
      }
      pieces.push(Buffer.from(texts.join('')))
    }
    this.offsets[source.count] = at
    this.bytes = Buffer.concat(pieces, at)
  }

  /** Rows [start, end) as a JSON array, in slices. */
  *page(start: number, end: number): Generator<Buffer> {
    const to = end > start ? this.offsets[end]! - 1 : this.offsets[start]!
    yield Buffer.from('[')
    for (let from = this.offsets[start]!; from < to; from += SEND_SLICE_BYTES) {
      yield this.bytes.subarray(from, Math.min(to, from + SEND_SLICE_BYTES))
    }
    yield Buffer.from(']')
  }
}
