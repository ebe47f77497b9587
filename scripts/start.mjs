// `npm start`: builds the app, then runs it in Electron where Electron's binary is installed or can be
// fetched, and as the browser host otherwise. SFERA_SHELL=electron or SFERA_SHELL=browser chooses.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const choice = process.env.SFERA_SHELL ?? 'auto'
if (!['auto', 'electron', 'browser'].includes(choice)) {
  console.error(`SFERA_SHELL must be electron, browser or auto, not "${choice}"`)
  process.exit(2)
}

run('npx', ['electron-vite', 'build'])

if (choice !== 'browser' && electronUsable()) {
  if (!existsSync('native/electron/better-sqlite3/build/Release/better_sqlite3.node')) {
    run('node', ['scripts/rebuild-electron-native.mjs'])
  }
  const child = spawn('npx', ['electron-vite', 'preview', '--skipBuild'], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  if (choice === 'electron') {
    console.error('Electron is not installed and cannot be downloaded here; run with SFERA_SHELL=browser')
    process.exit(1)
  }
  console.log('Electron недоступен на этой машине: запускаю браузерный режим.')
  const child = spawn(process.execPath, ['out/main/host.js', ...process.argv.slice(2)], { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
}

/** Electron's npm package fetches its binary on first use; a failed fetch means "use the browser host". */
function electronUsable() {
  const packageDir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  if (existsSync(pathFile) && existsSync(join(packageDir, 'dist', readFileSync(pathFile, 'utf8')))) return true
  const fetched = spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'inherit', timeout: 300_000 })
  return fetched.status === 0
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
