/** Between two objects of a compact JSON array. */
const SEPARATOR = Buffer.from('},{')
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

/**
 * A JSON array of objects kept as its UTF-8 bytes and parsed a run of elements at a time. A WB statistics page
 * is up to 80,000 rows (60 MB): decoded whole it is a 120 MB string and then as many objects again, all alive
 * at once; read in runs, only the bytes and one run are.
 *
 * Runs are cut at `},{` with native byte search, and each run is parsed as an array by JSON.parse. A cut that
 * falls inside a string or a nested value leaves the run unbalanced or with an unterminated string, so its parse
 * fails; the rest is then parsed in one piece. Every run that parses is therefore whole elements, and input that
 * is not a JSON array throws a SyntaxError, as JSON.parse would.
 */
export class JsonArrayBytes {
  /** Where the elements are: after `[`, before `]`. */
  private readonly start: number
  private readonly end: number

  constructor(private readonly bytes: Buffer) {
    let first = 0
    let last = bytes.length - 1
    while (first <= last && isWhitespace(bytes[first]!)) first++
    while (last >= first && isWhitespace(bytes[last]!)) last--
    if (first >= last || bytes[first] !== OPEN_BRACKET || bytes[last] !== CLOSE_BRACKET) {
      throw new SyntaxError('the body is not a JSON array')
    }
    this.start = first + 1
    this.end = last
  }

  /** The last element, or undefined for an empty array; found without parsing the others. */
  last(): unknown {
    const separator = this.bytes.lastIndexOf(SEPARATOR, this.end - SEPARATOR.length)
    if (separator >= this.start) {
      const tail = tryParseRun(this.bytes, separator + 2, this.end)
      if (tail !== undefined) return tail[tail.length - 1]
    }
    const all = parseRun(this.bytes, this.start, this.end)
    return all[all.length - 1]
  }

  /** The elements in order, in arrays of at most `size`. */
  *runs(size: number): Generator<unknown[]> {
    if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`run size must be a positive integer, got ${size}`)
    let from = this.start
    while (from < this.end) {
      const cut = this.cutAfter(from, size)
      const run = cut === null ? undefined : tryParseRun(this.bytes, from, cut)
      if (cut === null || run === undefined) {
        yield* chunks(parseRun(this.bytes, from, this.end), size)
        return
      }
      yield run
      from = cut + 1
    }
  }

  /** The `,` after the size-th element from `from`, or null when fewer follow (the rest is one run). */
  private cutAfter(from: number, size: number): number | null {
    let at = from
    for (let found = 0; found < size; found++) {
      const separator = this.bytes.indexOf(SEPARATOR, at)
      if (separator === -1 || separator >= this.end) return null
      at = separator + 1
    }
    return at
  }
}

function parseRun(bytes: Buffer, from: number, to: number): unknown[] {
  if (bytes.subarray(from, to).every(isWhitespace)) return []
  return JSON.parse(`[${bytes.toString('utf8', from, to)}]`) as unknown[]
}

function tryParseRun(bytes: Buffer, from: number, to: number): unknown[] | undefined {
  try {
    return parseRun(bytes, from, to)
  } catch {
    return undefined
  }
}

function* chunks(items: unknown[], size: number): Generator<unknown[]> {
  for (let at = 0; at < items.length; at += size) yield items.slice(at, at + size)
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}
