import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { upsert } from './upsert'

describe('upsert', () => {
  const items = upsert('items', ['id', 'name', 'price'], ['id'])

  it('binds each row in the order of its columns, whatever order the record was written in', () => {
    expect(items.params({ price: 5, id: 'a', name: 'Кружка' })).toEqual(['a', 'Кружка', 5])
  })

  it('inserts a new key and updates every column but the key of a known one', () => {
    const sqlite = new Database(':memory:')
    sqlite.exec('CREATE TABLE items (id TEXT PRIMARY KEY, name TEXT, price INTEGER)')
    const statement = sqlite.prepare(items.sql)
    statement.run(items.params({ id: 'a', name: 'Кружка', price: 5 }))
    statement.run(items.params({ id: 'a', name: 'Кружка большая', price: 7 }))
    statement.run(items.params({ id: 'b', name: 'Чашка', price: 3 }))
    expect(sqlite.prepare('SELECT id, name, price FROM items ORDER BY id').raw().all()).toEqual([
      ['a', 'Кружка большая', 7],
      ['b', 'Чашка', 3]
    ])
  })

  it('leaves a known row alone when every column is its key', () => {
    expect(upsert('pairs', ['a', 'b'], ['a', 'b']).sql).toMatch(/ON CONFLICT \(a, b\) DO NOTHING$/)
  })
})
