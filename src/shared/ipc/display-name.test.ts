import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { displayName, type DisplayNameProblem } from './display-name'
import { calls } from './index'

const name = displayName(80)

function problems(value: string): unknown[] {
  const parsed = name.safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((issue) => (issue.code === 'custom' ? issue.params?.problem : issue.code))
}

describe('displayName', () => {
  it.each<[string, string, DisplayNameProblem]>([
    ['a zero-width space alone', '\u200B', 'invisible'],
    ['a word joiner alone', '\u2060', 'invisible'],
    ['a BOM and a zero-width space', '\uFEFF\u200B', 'invisible'],
    ['a Hangul filler', '\u3164', 'invisible'],
    ['a blank Braille pattern', '\u2800\u2800', 'invisible'],
    ['NUL', '\u0000', 'control_characters'],
    ['NUL inside a name', 'Склад\u0000Север', 'control_characters'],
    ['an ANSI colour escape', '\u001b[31mКабинет', 'control_characters'],
    ['a line break inside a name', 'Кабинет\nВторой', 'control_characters'],
    ['DEL', 'Кабинет\u007f', 'control_characters'],
    ['a C1 control', 'Кабинет\u0085', 'control_characters'],
    ['a right-to-left override', 'Кабинет \u202Egpj.exe', 'bidi_controls'],
    ['a left-to-right embedding', '\u202AКабинет', 'bidi_controls'],
    ['a pop directional formatting', 'Кабинет\u202C', 'bidi_controls'],
    ['a first-strong isolate', 'Кабинет \u2068имя\u2069', 'bidi_controls'],
    ['a left-to-right isolate', '\u2066Кабинет', 'bidi_controls'],
    ['a lone high surrogate', 'Кабинет \uD83D', 'invalid_unicode'],
    ['a lone low surrogate', '\uDE00 Кабинет', 'invalid_unicode']
  ])('refuses %s with its own problem', (_what, value, problem) => {
    expect(problems(value)[0]).toBe(problem)
  })

  it('reads a value that trims to nothing as missing', () => {
    expect(problems('')).toEqual(['too_small'])
    expect(problems(' \t ')).toEqual(['too_small'])
    // ECMAScript's trim() removes the BOM like a space.
    expect(problems('\uFEFF')).toEqual(['too_small'])
  })

  it.each([
    'Магазин «Ёлочка»',
    'ИП Ёлкин — основной 🎄',
    'Семья 👨‍👩‍👧 и флаг 🇷🇺',
    'Кабинет №2 (ООО «Рога и копыта»)',
    'Cafe\u0301 «Щи да каша»',
    'Чай ☕️ и выпечка'
  ])('keeps %s exactly as typed', (value) => {
    expect(name.parse(value)).toBe(value)
    expect(name.parse(`  ${value}\t`)).toBe(value)
  })

  it('still limits the length', () => {
    expect(problems('ё'.repeat(80))).toEqual([])
    expect(problems('ё'.repeat(81))).toEqual(['too_big'])
  })

  it('is the schema of every name the seller gives', () => {
    const accountId = '00000000-0000-4000-8000-000000000000'
    const refused = [
      calls['accounts.create'].input.safeParse({ marketplace: 'wildberries', name: 'A\u202Eb' }),
      calls['accounts.update'].input.safeParse({ id: accountId, name: 'A\u202Eb' }),
      calls['supplies.createFbs'].input.safeParse({ accountId, name: 'A\u202Eb', orderIds: [1] })
    ]
    for (const parsed of refused) {
      const nameIssues = parsed.error?.issues.filter((issue) => issue.path[0] === 'name')
      expect(nameIssues).toEqual([expect.objectContaining({ code: 'custom', params: { problem: 'bidi_controls' } })])
    }
  })
})

const russianWord = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБЁЯ0123456789'), minLength: 1, maxLength: 8 })
const decoration = fc.constantFrom('«', '»', '—', '№', '🎄', '👨‍👩‍👧', '☕️', '🇷🇺', '!', ',')
/** Words and emoji joined by spaces: at most parts × 9 UTF-16 units. */
const russianName = (parts: number) =>
  fc.array(fc.oneof(russianWord, decoration), { minLength: 1, maxLength: parts }).map((words) => words.join(' '))

const codeUnit = (ranges: [number, number][]) =>
  fc.oneof(...ranges.map(([min, max]) => fc.integer({ min, max }))).map((unit) => String.fromCharCode(unit))
const badCharacter: Record<Exclude<DisplayNameProblem, 'invisible'>, fc.Arbitrary<string>> = {
  control_characters: codeUnit([[0x00, 0x1f], [0x7f, 0x9f]]),
  bidi_controls: codeUnit([[0x202a, 0x202e], [0x2066, 0x2069]]),
  invalid_unicode: codeUnit([[0xd800, 0xdfff]])
}
const nameWithBadCharacter = fc
  .constantFrom(...(Object.keys(badCharacter) as (keyof typeof badCharacter)[]))
  .chain((problem) => fc.tuple(fc.constant(problem), russianName(4), badCharacter[problem], russianName(4)))
const invisibleCharacter = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u3164', '\u2800', '\uFE0F', ' ')

describe('displayName on generated names', () => {
  test.prop([russianName(8)])('keeps a Russian name with emoji and «ёлочки» exactly', (value) => {
    expect(name.parse(value)).toBe(value)
  })

  test.prop([nameWithBadCharacter])('refuses a name with a bad character anywhere inside, naming the problem', ([problem, before, bad, after]) => {
    expect(problems(`${before}${bad}${after}`)).toContain(problem)
  })

  test.prop([fc.string({ unit: invisibleCharacter, minLength: 1, maxLength: 80 })])('refuses a name made only of invisible characters', (value) => {
    // What trim() removes (spaces, the BOM) leaves nothing, which reads as a missing name.
    expect(problems(value)[0]).toBe(value.trim() === '' ? 'too_small' : 'invisible')
  })
})
