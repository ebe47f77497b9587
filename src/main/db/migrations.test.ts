import { createHash } from 'node:crypto'
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { journal, olderMigrations } from '../../test-support/older-migrations'
import { migrationsDir, tempDataDir } from '../../test-support/temp'
import { searchIndexNames, tableNames } from './table-names'
import { openMirror } from './open'
import lockedHashes from './migrations.lock.json'

describe('migrations', () => {
  const temps: Array<() => void> = []
  afterEach(() => temps.splice(0).forEach((cleanup) => cleanup()))

  const newTemp = () => {
    const temp = tempDataDir()
    temps.push(temp.cleanup)
    return temp.dir
  }

  it('create a fresh mirror with every table, foreign keys on and WAL', () => {
    const mirror = openMirror({ dataDir: newTemp(), migrationsDir })
    const tables = mirror.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
      .pluck()
      .all() as string[]
    const isShadowOfSearchIndex = (name: string) => searchIndexNames.some((index) => name.startsWith(`${index}_`))
    expect(tables.filter((name) => !isShadowOfSearchIndex(name))).toEqual([...tableNames, ...searchIndexNames].sort())
    expect(mirror.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(mirror.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    mirror.close()
  })

  it.runIf(process.platform !== 'win32')('keep the mirror and its WAL readable by the owner only, and narrow an older mirror', () => {
    const dataDir = newTemp()
    const previousUmask = process.umask(0o022)
    try {
      const mirror = openMirror({ dataDir, migrationsDir })
      mirror.sqlite.exec('CREATE TABLE probe (x); INSERT INTO probe VALUES (1)')
      for (const file of ['mirror.sqlite', 'mirror.sqlite-wal', 'mirror.sqlite-shm']) {
        expect(statSync(join(dataDir, file)).mode & 0o777, file).toBe(0o600)
      }
      mirror.close()
      chmodSync(join(dataDir, 'mirror.sqlite'), 0o644)
      openMirror({ dataDir, migrationsDir }).close()
      expect(statSync(join(dataDir, 'mirror.sqlite')).mode & 0o777).toBe(0o600)
    } finally {
      process.umask(previousUmask)
    }
  })

  it('are idempotent: opening an up-to-date mirror again changes nothing', () => {
    const dataDir = newTemp()
    openMirror({ dataDir, migrationsDir }).close()
    const again = openMirror({ dataDir, migrationsDir })
    const applied = again.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()
    expect(applied).toBe(journal.entries.length)
    again.close()
  })

  it.each(journal.entries.map((e) => e.idx))('upgrade a mirror made by migration %i without losing its data', (idx) => {
    const dataDir = newTemp()
    const older = openMirror({ dataDir, migrationsDir: olderMigrations(dataDir, idx + 1) })
    older.sqlite
      .prepare("INSERT INTO accounts (id, marketplace, name, is_demo, created_at, updated_at) VALUES ('a', 'wildberries', 'Кабинет', 0, 'x', 'x')")
      .run()
    older.close()

    const current = openMirror({ dataDir, migrationsDir })
    expect(current.sqlite.prepare('SELECT name, fields_json FROM accounts').raw().all()).toEqual([['Кабинет', '{}']])
    expect(current.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    current.close()
  })

  it('are append-only: a committed migration is never edited', () => {
    const files = readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort()
    const hashes = Object.fromEntries(
      files.map((f) => [f, createHash('sha256').update(readFileSync(join(migrationsDir, f))).digest('hex')])
    )
    for (const [file, hash] of Object.entries(lockedHashes)) {
      expect(hashes[file], `${file} was edited or removed; add a new migration instead`).toBe(hash)
    }
    expect(Object.keys(hashes).filter((f) => !(f in lockedHashes)), 'new migrations: add their hashes to migrations.lock.json').toEqual([])
  })

  it('refuse to open a corrupt database file instead of overwriting it', () => {
    const dataDir = newTemp()
    writeFileSync(join(dataDir, 'mirror.sqlite'), 'this is not a database'.repeat(300))
    expect(() => openMirror({ dataDir, migrationsDir })).toThrow()
    expect(readFileSync(join(dataDir, 'mirror.sqlite'), 'utf8').startsWith('this is not a database')).toBe(true)
  })
})
