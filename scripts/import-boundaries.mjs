// The import-boundary check (ARCHITECTURE.md, "Lines that are never crossed"): reads every import of every file
// under src/ and fails on one that crosses a line, and on a handler that holds SQL. Known debts are listed below,
// each with where it goes away; a debt that no longer occurs must be struck from the list, so the list only shrinks.
// Usage: node scripts/import-boundaries.mjs [project root, default: this repo]
import fs from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const root = process.argv[2] ? resolve(process.argv[2]) : repoRoot
const srcDir = join(root, 'src')

/** `rule file → target` pairs that break a line today; issue 8 (the marketplace-neutral core) removes them. */
const KNOWN_DEBTS = new Set(
  fs.existsSync(join(root, 'scripts/import-boundaries.debts.json'))
    ? JSON.parse(fs.readFileSync(join(root, 'scripts/import-boundaries.debts.json'), 'utf8'))
    : []
)

const toPosix = (path) => path.split(sep).join('/')
/** The Electron shell's and the browser host's entries: they assemble the app and hand the core what it runs. */
const compositionRoots = new Set(['src/main/index.ts', 'src/main/host/cli.ts'])
const isTest = (file) => /\.test\.tsx?$/.test(file) || file.startsWith('src/test-support/')
const providerOf = (file) => /^src\/main\/providers\/([^/]+)\//.exec(file)?.[1] ?? null
/** What of the mirror's code a provider may import: pure helpers that build SQL text and parameters. */
const pureMirrorHelpers = new Set(['src/main/db/upsert.ts', 'src/main/db/search.ts'])

const rules = [
  {
    name: 'shared-is-pure',
    what: 'src/shared imports only src/shared',
    applies: (file) => file.startsWith('src/shared/'),
    breaks: (_file, target) => !target.startsWith('src/shared/')
  },
  {
    name: 'renderer-alone',
    what: 'the renderer imports only its own files and src/shared',
    applies: (file) => file.startsWith('src/renderer/'),
    breaks: (_file, target) => !target.startsWith('src/renderer/') && !target.startsWith('src/shared/')
  },
  {
    name: 'preload-alone',
    what: 'the preload imports only its own files and src/shared',
    applies: (file) => file.startsWith('src/preload/'),
    breaks: (_file, target) => !target.startsWith('src/preload/') && !target.startsWith('src/shared/')
  },
  {
    name: 'sandbox-is-outside',
    what: 'the sandbox (the outside world) imports nothing from src/main or the renderer',
    applies: (file) => file.startsWith('src/sandbox/') && !isTest(file),
    breaks: (_file, target) => target.startsWith('src/main/') || target.startsWith('src/renderer/')
  },
  {
    name: 'main-ships-no-fakes',
    what: 'production main imports neither the renderer nor the sandbox; a composition root loads the sandbox on demand only',
    applies: (file) => file.startsWith('src/main/') && !isTest(file),
    breaks: (file, target, dynamic) =>
      target.startsWith('src/renderer/') || (target.startsWith('src/sandbox/') && !(compositionRoots.has(file) && dynamic))
  },
  {
    name: 'provider-alone',
    what: 'a provider imports no other provider and not the IPC layer',
    applies: (file) => providerOf(file) !== null && !isTest(file),
    breaks: (file, target) =>
      target.startsWith('src/main/ipc/') || (providerOf(target) !== null && providerOf(target) !== providerOf(file))
  },
  {
    name: 'providers-get-no-connection',
    what: "a provider imports neither better-sqlite3 nor the mirror's code (src/main/db bar its pure helpers): it hands the sync engine plain data",
    applies: (file) => file.startsWith('src/main/providers/') && !isTest(file),
    // The account record is a type only, erased from the build; it stays where drizzle derives it from the schema.
    breaks: (_file, target, _dynamic, typeOnly) =>
      target.startsWith('src/main/db/') && !pureMirrorHelpers.has(target) && !(typeOnly && target === 'src/main/db/queries/accounts.ts'),
    breaksOnPackage: (_file, specifier) => specifier === 'better-sqlite3' || specifier.startsWith('better-sqlite3/')
  },
  {
    name: 'provider-internals',
    what: "outside a provider's folder, only its index.ts (its declaration) is imported, never its internals",
    applies: (file) => file.startsWith('src/main/') && !isTest(file),
    breaks: (file, target) => {
      const provider = providerOf(target)
      return provider !== null && providerOf(file) !== provider && target !== `src/main/providers/${provider}/index.ts`
    }
  },
  {
    name: 'handlers-read-datasets',
    what: 'IPC handlers read the mirror through its dataset interfaces (db/datasets.ts), never its tables or queries',
    applies: (file) => file.startsWith('src/main/ipc/') && !isTest(file),
    breaks: (_file, target) => target.startsWith('src/main/db/') && target !== 'src/main/db/datasets.ts'
  },
  {
    name: 'tests-stay-out',
    what: 'production code imports no test helpers',
    applies: (file) => !isTest(file) && !file.startsWith('src/sandbox/'),
    breaks: (_file, target) => isTest(target)
  }
]

/** SQL in a string: a statement keyword followed by its clause, in quotes or backticks. */
const sqlString = /['"`]\s*(?:SELECT\b[^'"`]*\bFROM|INSERT\s+INTO|UPDATE\b[^'"`]*\bSET|DELETE\s+FROM|CREATE\s+TABLE)\b/i
const fileRules = [
  {
    name: 'handlers-hold-no-sql',
    what: 'IPC handlers call datasets and services; they prepare no SQL of their own',
    applies: (file) => file.startsWith('src/main/ipc/') && !isTest(file),
    breaks: (text) => sqlString.test(text) || /\.prepare\(/.test(text)
  }
]

const sourceFiles = fs
  .readdirSync(srcDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
  .map((entry) => toPosix(relative(root, join(entry.parentPath, entry.name))))
  .sort()

const specifiers = /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]*\s+from\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|\bvi\.mock\(\s*)['"]([^'"]+)['"]/g
const isRelative = (specifier) => /^\.{1,2}\//.test(specifier)

/** The file a relative specifier names, as TypeScript resolves it (extension omitted, or a folder's index). */
function resolveImport(from, specifier) {
  const base = resolve(root, dirname(from), specifier)
  const candidates = [base, ...['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'].map((ext) => base + ext), join(base, 'index.ts'), join(base, 'index.tsx')]
  const found = candidates.find((path) => fs.existsSync(path) && fs.statSync(path).isFile())
  return found ? toPosix(relative(root, found)) : null
}

const violations = []
const seenDebts = new Set()
const record = (rule, file, target) => {
  const key = target ? `${rule.name} ${file} -> ${target}` : `${rule.name} ${file}`
  if (KNOWN_DEBTS.has(key)) seenDebts.add(key)
  else violations.push({ rule, key })
}
for (const file of sourceFiles) {
  const text = fs.readFileSync(join(root, file), 'utf8')
  for (const match of text.matchAll(specifiers)) {
    const specifier = match[1]
    if (!isRelative(specifier)) {
      // A package is named by its specifier, and only the rules about packages look at it.
      for (const rule of rules) if (rule.applies(file) && rule.breaksOnPackage?.(file, specifier)) record(rule, file, specifier)
      continue
    }
    const target = resolveImport(file, specifier)
    if (!target) {
      violations.push({ rule: { what: 'every relative import resolves to a file' }, key: `unresolved ${file} -> ${specifier}` })
      continue
    }
    const dynamic = /^import\s*\(/.test(match[0].trimStart())
    const typeOnly = /^(?:import|export)\s+type\b/.test(match[0].trimStart())
    for (const rule of rules) if (rule.applies(file) && rule.breaks(file, target, dynamic, typeOnly)) record(rule, file, target)
  }
  for (const rule of fileRules) if (rule.applies(file) && rule.breaks(text)) record(rule, file, null)
}
const settled = [...KNOWN_DEBTS].filter((debt) => !seenDebts.has(debt))

console.log(`Import boundaries over ${sourceFiles.length} files under src/:`)
for (const rule of [...rules, ...fileRules]) {
  const broken = violations.filter((v) => v.rule === rule)
  const debts = [...seenDebts].filter((d) => d.startsWith(`${rule.name} `)).length
  console.log(`  ${broken.length ? 'FAIL' : 'ok  '} ${rule.what}${debts ? ` (${debts} known debts)` : ''}${broken.map((v) => `\n         ${v.key}`).join('')}`)
}
for (const v of violations.filter((v) => !rules.includes(v.rule) && !fileRules.includes(v.rule))) console.log(`  FAIL ${v.key}`)
for (const debt of settled) console.log(`  FAIL a known debt no longer occurs, strike it from scripts/import-boundaries.debts.json: ${debt}`)
const failures = violations.length + settled.length
console.log(`Import boundaries: ${failures ? `FAILED (${failures})` : 'passed'}, ${seenDebts.size} known debts left`)
process.exit(failures ? 1 : 0)
