import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const migrationsDir = resolve(__dirname, '../../drizzle')

export function tempDataDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'sfera-test-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
