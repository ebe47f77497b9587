import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'

const repo = join(__dirname, '../..')

/** Source trees written to temp folders for a repo script to check; `cleanup` removes every one made. */
export function fixtureTrees(prefix: string): { tree(files: Record<string, string>): string; cleanup(): void } {
  const made: string[] = []
  return {
    tree(files) {
      const dir = fs.mkdtempSync(join(tmpdir(), prefix))
      made.push(dir)
      for (const [path, text] of Object.entries(files)) {
        fs.mkdirSync(dirname(join(dir, path)), { recursive: true })
        fs.writeFileSync(join(dir, path), text)
      }
      return dir
    },
    cleanup: () => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }))
  }
}

/** Runs one of the repo's scripts (e.g. 'scripts/security-gate.mjs') on a project root; its exit code and stdout. */
export async function runRepoScript(script: string, root: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(repo, script), root])
    return { code: 0, output: stdout }
  } catch (error) {
    const failed = error as { code: number; stdout: string }
    return { code: failed.code, output: failed.stdout }
  }
}
