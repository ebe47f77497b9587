import { describe, expect, it } from 'vitest'
import { JsonArrayBytes } from './json-array-bytes'

const bytes = (value: unknown, space?: number) => Buffer.from(JSON.stringify(value, null, space))
const runsOf = (buffer: Buffer, size: number) => [...new JsonArrayBytes(buffer).runs(size)]

describe('JsonArrayBytes', () => {
  const rows = Array.from({ length: 7 }, (_, i) => ({ id: i, name: `Склад №${i}`, tags: [{ a: i }, { b: i }] }))

  it('reads a compact array in runs of the given size, in order', () => {
    expect(runsOf(bytes(rows), 3)).toEqual([rows.slice(0, 3), rows.slice(3, 6), rows.slice(6)])
    expect(runsOf(bytes(rows), 7)).toEqual([rows])
    expect(runsOf(bytes(rows), 100)).toEqual([rows])
  })

  it('reads the same elements when a string or a nested value holds the separator', () => {
    const tricky = [{ note: '},{' }, { nested: [{ x: 1 }, { y: 2 }] }, { note: 'a"},{"b' }, { id: 4 }, { id: 5 }]
    for (const size of [1, 2, 3]) expect(runsOf(bytes(tricky), size).flat()).toEqual(tricky)
    expect(new JsonArrayBytes(bytes(tricky)).last()).toEqual({ id: 5 })
    expect(new JsonArrayBytes(bytes(tricky.slice(0, 3))).last()).toEqual({ note: 'a"},{"b' })
  })

  it('reads pretty-printed arrays, where no compact separator is found', () => {
    expect(runsOf(bytes(rows, 2), 3)).toEqual([rows.slice(0, 3), rows.slice(3, 6), rows.slice(6)])
    expect(new JsonArrayBytes(bytes(rows, 2)).last()).toEqual(rows[6])
  })

  it('finds the last element, and none in an empty array', () => {
    expect(new JsonArrayBytes(bytes(rows)).last()).toEqual(rows[6])
    expect(new JsonArrayBytes(bytes([rows[0]])).last()).toEqual(rows[0])
    expect(new JsonArrayBytes(Buffer.from(' [ ] \n')).last()).toBeUndefined()
    expect(runsOf(Buffer.from('[]'), 5)).toEqual([])
  })

  it('throws a SyntaxError for what is not a JSON array', () => {
    for (const text of ['', '{"a":1}', '[', 'null', '<html>']) {
      expect(() => new JsonArrayBytes(Buffer.from(text)), text).toThrow(SyntaxError)
    }
    const truncated = Buffer.from('[{"a":1},{"a":2},{"a":3},{"a":]')
    expect(() => runsOf(truncated, 1)).toThrow(SyntaxError)
    expect(() => new JsonArrayBytes(truncated).last()).toThrow(SyntaxError)
  })

  it('yields the runs before a malformed element, then throws', () => {
    const runs = new JsonArrayBytes(Buffer.from('[{"a":1},{"a":2},{"a":tru},{"a":4}]')).runs(1)
    expect(runs.next().value).toEqual([{ a: 1 }])
    expect(runs.next().value).toEqual([{ a: 2 }])
    expect(() => runs.next()).toThrow(SyntaxError)
  })
})
