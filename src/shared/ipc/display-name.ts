import { z } from 'zod'

/**
 * Why a name the seller gives (a cabinet, an FBS supply) is refused, as `params.problem` of its zod issue;
 * main passes it on as invalid_input's params.issue, and the renderer's texts are keyed by it.
 */
export const displayNameProblems = ['invalid_unicode', 'control_characters', 'bidi_controls', 'invisible'] as const
export type DisplayNameProblem = (typeof displayNameProblems)[number]

export function isDisplayNameProblem(value: unknown): value is DisplayNameProblem {
  return (displayNameProblems as readonly unknown[]).includes(value)
}

// With the u flag a well-formed surrogate pair is one code point, so only a lone half matches: the same test as
// String.prototype.isWellFormed, which the ES2023 lib this project compiles against does not declare. SQLite
// would store a lone half as invalid UTF-8.
const loneSurrogate = /\p{Cs}/u
// Tab and line breaks included: a name is one line.
const controlCharacter = /\p{Cc}/u
// The embeddings, overrides and isolates that reorder the text around them (the "Trojan Source" set); the
// LRM/RLM marks reorder nothing and are left to the invisible check.
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u
// Anything that draws a glyph: not spacing, not a format or default-ignorable character (zero-width space,
// word joiner, BOM, Hangul fillers, variation selectors), and not the blank Braille pattern, the usual way
// to make a name that looks empty.
const visibleCharacter = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u

const problemChecks: readonly (readonly [DisplayNameProblem, (value: string) => boolean, string])[] = [
  ['invalid_unicode', (value) => loneSurrogate.test(value), 'The name contains a broken Unicode character'],
  ['control_characters', (value) => controlCharacter.test(value), 'The name contains control characters'],
  ['bidi_controls', (value) => bidiControl.test(value), 'The name contains text direction controls'],
  ['invisible', (value) => value !== '' && !visibleCharacter.test(value), 'The name has no visible character']
]

/**
 * A name the seller gives and sees in lists: trimmed, 1..max UTF-16 units, one issue per problem found (in the
 * order of displayNameProblems). Nothing is stripped silently: emoji with joiners and «ёлочки» are kept as typed.
 */
export function displayName(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      for (const [problem, found, message] of problemChecks) {
        if (found(value)) ctx.addIssue({ code: 'custom', message, input: value, params: { problem } })
      }
    })
}
