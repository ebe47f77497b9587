import { foldText } from '../../db/search'

/** Printable ASCII: NFKC leaves it as it is and the Russian locale lower-cases it like any other. */
const printableAscii = /^[\x20-\x7e]*$/
const MEMO_LIMIT = 10_000
/** Subjects, brands and articles repeat across rows; folding them through ICU once each keeps bulk pages fast. */
const folded = new Map<string, string>()

function foldPart(part: string): string {
  if (printableAscii.test(part)) return part.toLowerCase()
  let result = folded.get(part)
  if (result === undefined) {
    result = foldText(part)
    if (folded.size >= MEMO_LIMIT) folded.clear()
    folded.set(part, result)
  }
  return result
}

/**
 * The search_text of a row: what foldText gives for the parts joined by spaces, folded part by part. A space
 * starts a new normalisation segment and bounds a word for lower-casing, so the two are the same.
 */
export function searchText(parts: ReadonlyArray<string | number>): string {
  return parts.map((p) => (typeof p === 'number' ? String(p) : foldPart(p))).join(' ')
}
