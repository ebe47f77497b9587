// The Electron security gate (docs: RELIABILITY-SECURITY.md §1.5): Electronegativity over src/, plus the checks it
// cannot do. Electronegativity always exits 0 and skips files it cannot parse, so this script decides:
// exit 1 on any HIGH finding, any ALWAYS finding, a MUST_FIX finding above LOW, an unparsed file, or a failed check.
// Usage: node scripts/security-gate.mjs [project root, default: this repo]
import fs from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import electronegativity from '@doyensec/electronegativity'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const root = process.argv[2] ? resolve(process.argv[2]) : repoRoot
const srcDir = join(root, 'src')
const electronVersion = JSON.parse(fs.readFileSync(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')).version

const ALWAYS = new Set([
  'CONTEXT_ISOLATION_JS_CHECK',
  'NODE_INTEGRATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
  'INSECURE_CONTENT_JS_CHECK'
])
const MUST_FIX = new Set([
  'LIMIT_NAVIGATION_GLOBAL_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
  'CSP_GLOBAL_CHECK',
  'HTTP_RESOURCES_JS_CHECK',
  'HTTP_RESOURCES_WITH_NODE_INTEGRATION_GLOBAL_CHECK'
])
/** Findings reviewed as by design, per check and file; any other non-blocking finding is printed as unreviewed. */
const REVIEWED = {
  'OPEN_EXTERNAL_JS_CHECK src/main/shell/window.ts': 'shell.openExternal runs only after isAllowedExternalUrl (external-links.ts)',
  'OPEN_EXTERNAL_JS_CHECK src/main/ipc/app.ts': "calls the shell's openAllowedExternal, injected through CoreConfig",
  'PRELOAD_JS_CHECK src/main/shell/window.ts': 'the preload exposes named contract functions only (source checks below)',
  'AUXCLICK_JS_CHECK src/main/shell/window.ts': 'every new window is denied by setWindowOpenHandler',
  'CSP_GLOBAL_CHECK src/main/shell/window.ts': 'strict CSP (src/main/csp.ts) sent as a response header',
  'CSP_GLOBAL_CHECK src/renderer/index.html': 'strict CSP <meta>, needed for file:// where no headers exist'
}

const { issues, errors } = await electronegativity(
  {
    input: srcDir,
    isRelative: true,
    isVerbose: false,
    customScan: [],
    excludeFromScan: [],
    electronVersionOverride: electronVersion,
    parserPlugins: []
  },
  false
)

const isBlocking = (issue) =>
  issue.severity.name === 'HIGH' ||
  ALWAYS.has(issue.id) ||
  (MUST_FIX.has(issue.id) && !['LOW', 'INFORMATIONAL'].includes(issue.severity.name))

let failures = 0
console.log(`\nElectronegativity (Electron ${electronVersion}) over src/:`)
for (const issue of issues) {
  const blocking = isBlocking(issue)
  if (blocking) failures++
  const file = issue.file === 'N/A' ? 'global' : `src/${issue.file.split(sep).join('/')}`
  const reviewed = REVIEWED[`${issue.id} ${file}`]
  const note = blocking ? '' : reviewed ? ` — reviewed: ${reviewed}` : ' — not reviewed yet'
  const where = issue.file === 'N/A' ? file : `${file}:${issue.location.line}`
  console.log(`  ${blocking ? 'FAIL' : 'info'} ${issue.id} ${issue.severity.name}/${issue.confidence.name} ${where}${note}`)
}
for (const error of errors) {
  failures++
  console.log(`  FAIL unparsed file src/${relative(srcDir, error.file)}: ${error.message}`)
}
console.log(`  ${issues.length} findings, ${errors.length} unparsed files`)

// Checks Electronegativity cannot do: it never flags a leaky preload, missing sender checks or layering breaks.
const sourceFiles = fs
  .readdirSync(srcDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|cjs|html)$/.test(entry.name))
  .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))

const mayImportElectron = (file) =>
  file === 'src/main/index.ts' || file.startsWith('src/main/shell/') || file.startsWith('src/preload/')

/** Text of each call to `name(` up to its matching parenthesis. */
function callArguments(text, name) {
  const found = []
  for (let start = text.indexOf(`${name}(`); start !== -1; start = text.indexOf(`${name}(`, start + 1)) {
    let depth = 0
    for (let i = start + name.length; i < text.length; i++) {
      if (text[i] === '(') depth++
      else if (text[i] === ')' && --depth === 0) {
        found.push(text.slice(start, i + 1))
        break
      }
    }
  }
  return found
}

const checks = [
  {
    what: 'no @electron-toolkit/preload (it exposes any IPC channel and process.env to the page)',
    violations: (file, text) => /@electron-toolkit\/preload/.test(text)
  },
  {
    what: 'exposeInMainWorld never hands ipcRenderer to the page',
    violations: (file, text) => callArguments(text, 'exposeInMainWorld').some((call) => /\bipcRenderer\b/.test(call))
  },
  {
    what: 'no ipcRenderer listener that forwards the raw IpcRendererEvent to page code',
    violations: (file, text) =>
      /ipcRenderer\.(?:on|once|addListener|prependListener)\(\s*[^,()]+,\s*(?:callback|listener|cb|fn|handler|func)\s*\)/.test(text)
  },
  {
    what: 'ipcMain handlers only in src/main/shell/ipc-bridge.ts (where the sender is checked)',
    violations: (file, text) =>
      file !== 'src/main/shell/ipc-bridge.ts' && /ipcMain\.(?:handle|handleOnce|on|once|addListener)\(/.test(text)
  },
  {
    what: 'electron (and electron-store, which loads it) imported only by src/main/index.ts, src/main/shell/, src/preload/',
    violations: (file, text) =>
      !mayImportElectron(file) &&
      /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"](?:electron(?:\/\w+)?|electron-store)['"]/m.test(text)
  },
  {
    what: 'no insecure webPreferences literal (Electronegativity misses nodeIntegration: true next to sandbox: false)',
    violations: (file, text) =>
      /\b(?:nodeIntegration|nodeIntegrationInSubFrames|nodeIntegrationInWorker|allowRunningInsecureContent|experimentalFeatures|webviewTag)\s*:\s*true\b/.test(text) ||
      /\b(?:contextIsolation|sandbox|webSecurity)\s*:\s*false\b/.test(text)
  }
]

console.log('\nSource checks:')
const texts = new Map(sourceFiles.map((file) => [file, fs.readFileSync(join(root, file), 'utf8')]))
for (const check of checks) {
  const offenders = sourceFiles.filter((file) => check.violations(file, texts.get(file)))
  failures += offenders.length
  console.log(`  ${offenders.length ? 'FAIL' : 'ok  '} ${check.what}${offenders.map((f) => `\n         ${f}`).join('')}`)
}

// A sandboxed preload can require('electron') and nothing else from node_modules: anything else must be bundled.
const builtPreload = join(root, 'out', 'preload', 'index.js')
if (fs.existsSync(builtPreload)) {
  const required = [...fs.readFileSync(builtPreload, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
  const foreign = [...new Set(required.filter((name) => name !== 'electron'))]
  failures += foreign.length
  console.log(
    foreign.length
      ? `  FAIL out/preload/index.js requires ${foreign.join(', ')}: the sandbox cannot load it; bundle it (preload build.externalizeDeps: false)`
      : '  ok   out/preload/index.js requires only electron'
  )
} else {
  console.log('  skip out/preload/index.js not built (run `npm run build` to check what the sandboxed preload requires)')
}

console.log(`\nSecurity gate: ${failures ? `FAILED (${failures} blocking)` : 'passed'}`)
process.exit(failures ? 1 : 0)
