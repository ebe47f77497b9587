// Builds better-sqlite3 for Electron's ABI into native/electron/better-sqlite3, apart from node_modules.
//
// Why a separate copy: a native module folder holds one build, for one ABI. node_modules/better-sqlite3 must stay
// built for Node (vitest, the browser host), while Electron 45 needs its own ABI. The Electron shell passes this
// copy's .node file to better-sqlite3 as `nativeBinding` (src/main/shell/paths.ts).
// Run by hand on a machine with internet (Electron headers) and a C++ toolchain. Never from postinstall: it would
// make `npm ci` depend on electronjs.org.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = join(root, 'node_modules', 'better-sqlite3')
const target = join(root, 'native', 'electron', 'better-sqlite3')
const nodeBuild = join(source, 'build', 'Release', 'better_sqlite3.node')
const electronBuild = join(target, 'build', 'Release', 'better_sqlite3.node')
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version

const hashOf = (file) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null)
const nodeBuildBefore = hashOf(nodeBuild)

rmSync(target, { recursive: true, force: true })
cpSync(source, target, { recursive: true, filter: (path) => relative(source, path) !== 'build' })
// @electron/rebuild walks up to the nearest lockfile collecting modules to rebuild. This lockfile makes the copy
// its own project, so the walk never reaches the repo's node_modules. For the same reason there is no
// `-w better-sqlite3`: that would mark the repo's (Node) copy for rebuilding too.
writeFileSync(join(target, 'package-lock.json'), '{}\n')

execFileSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  ['--yes', '@electron/rebuild@3', '--version', electronVersion, '--force', '--build-from-source', '--module-dir', '.'],
  // No path arguments: on Windows a .cmd needs a shell, which would split paths with spaces.
  { cwd: target, stdio: 'inherit', shell: process.platform === 'win32' }
)

if (!existsSync(electronBuild)) {
  console.error(`@electron/rebuild finished but ${electronBuild} is missing`)
  process.exit(1)
}
if (hashOf(nodeBuild) !== nodeBuildBefore) {
  console.error('node_modules/better-sqlite3 was rebuilt as well; restore the Node build with `npm rebuild better-sqlite3`')
  process.exit(1)
}
console.log(`better-sqlite3 for Electron ${electronVersion}: ${relative(root, electronBuild)}`)
