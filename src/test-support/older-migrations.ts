import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { migrationsDir } from './temp'

interface Journal {
  entries: Array<{ idx: number; tag: string }>
}

export const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta/_journal.json'), 'utf8')) as Journal

/** A migrations folder holding only the first `count` migrations, as an older app version shipped it. */
export function olderMigrations(dir: string, count: number): string {
  const out = join(dir, `migrations-${count}`)
  mkdirSync(join(out, 'meta'), { recursive: true })
  const entries = journal.entries.slice(0, count)
  for (const entry of entries) cpSync(join(migrationsDir, `${entry.tag}.sql`), join(out, `${entry.tag}.sql`))
  writeFileSync(join(out, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }))
  return out
}

/** How many migrations the app shipped up to and including the one tagged `tag`. */
export function migrationsThrough(tag: string): number {
  const index = journal.entries.findIndex((entry) => entry.tag === tag)
  if (index < 0) throw new Error(`no migration ${tag}`)
  return index + 1
}
