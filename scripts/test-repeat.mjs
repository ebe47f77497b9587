#!/usr/bin/env node
/**
 * The repeat gate: runs the tests that start child processes, servers, workers or browsers again and again with
 * the machine kept busy, and fails if any run fails. A test that passes only on an idle machine fails here.
 *
 *   npm run test:repeat                     5 runs, one busy core beside them
 *   npm run test:repeat -- --runs 10 --hogs 2
 *   npm run test:repeat -- --only unit      vitest only (or --only e2e)
 *
 * Which vitest files count is read from their source (they start a sandbox, a server, a core, a worker or a
 * process), so a new such test is repeated without being listed here. e2e runs against the built app: the gate
 * builds it once first.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Worker } from 'node:worker_threads'
import { parseArgs } from 'node:util'

const root = join(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    hogs: { type: 'string', default: '1' },
    only: { type: 'string' }
  }
})
const runs = Number(values.runs)
const hogs = Number(values.hogs)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(hogs) || hogs < 0) {
  console.error('test:repeat: --runs must be a positive integer and --hogs a non-negative one')
  process.exit(2)
}
if (values.only && !['unit', 'e2e'].includes(values.only)) {
  console.error('test:repeat: --only takes unit or e2e')
  process.exit(2)
}

/** What makes a test depend on more than its own code: processes, sockets, threads, a real core. */
const startsSomething = /\b(spawn|fork|execFile)\(|startWbSandbox|startCoreHarness|startWbTestBench|startPageWriter|createServer|\.listen\(|new Worker\(/

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path)
    return entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const unitFiles = [...testFiles(join(root, 'src')), ...testFiles(join(root, 'scripts'))]
  .filter((file) => startsSomething.test(readFileSync(file, 'utf8')))
  .map((file) => relative(root, file))
  .sort()

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code, signal) => resolve({ ok: code === 0, code: code ?? signal, output }))
  })
}

/** A busy loop per hog, on its own thread, for the whole gate: the tests share the cores as on a shared CI box. */
function startHogs(count) {
  const loop = 'const { parentPort } = require("node:worker_threads"); let stop = false; parentPort.on("message", () => (stop = true)); (function spin() { const until = Date.now() + 50; while (Date.now() < until) {} if (!stop) setImmediate(spin) })()'
  const workers = Array.from({ length: count }, () => new Worker(loop, { eval: true }))
  return () => Promise.all(workers.map((w) => w.terminate()))
}

const suites = []
if (values.only !== 'e2e') suites.push({ name: `vitest (${unitFiles.length} files)`, command: 'npx', args: ['vitest', 'run', ...unitFiles] })
if (values.only !== 'unit') suites.push({ name: 'playwright e2e', command: 'npx', args: ['playwright', 'test'] })

if (values.only !== 'unit') {
  const build = await run('npm', ['run', 'build'])
  if (!build.ok) {
    console.error(build.output)
    console.error('test:repeat: the build failed, so e2e cannot run')
    process.exit(1)
  }
}

console.log(`test:repeat: ${runs} runs of ${suites.map((s) => s.name).join(' and ')}, ${hogs} busy core(s) beside them`)
const stopHogs = startHogs(hogs)
let passed = 0
let failed = 0
try {
  for (let index = 1; index <= runs; index++) {
    for (const suite of suites) {
      const started = Date.now()
      const result = await run(suite.command, suite.args)
      const seconds = Math.round((Date.now() - started) / 1000)
      if (result.ok) {
        passed += 1
        console.log(`run ${index}/${runs}: ${suite.name} passed (${seconds} s)`)
      } else {
        failed += 1
        console.log(`run ${index}/${runs}: ${suite.name} FAILED (exit ${result.code}, ${seconds} s)\n${result.output.slice(-12_000)}`)
      }
    }
  }
} finally {
  await stopHogs()
}
console.log(`test:repeat: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
