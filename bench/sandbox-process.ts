import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { WbSandboxOptions, WbSandboxStats } from '../src/sandbox/wildberries'

const repoRoot = resolve(__dirname, '..')
const cliPath = resolve(repoRoot, 'src/sandbox/cli.ts')
const childPath = resolve(__dirname, 'sandbox-child.ts')
// Serialising a million-row feed for the ingest takes about half a minute.
const READY_TIMEOUT_MS = 240_000

export interface SandboxProcess {
  url: string
  token: string
  /** The Ozon sandbox the CLI starts beside WB's, unless told `--no-ozon`. */
  ozon: { url: string; clientId: string; apiKey: string } | null
  /** The sandbox's request and 429 counts, from its admin route. */
  stats(): Promise<WbSandboxStats>
  stop(): Promise<void>
}

/**
 * The sandbox in its own process, so serving pages does not compete with the measured core for the event loop
 * (the machine has two cores: one each). `cliArgs` go to the sandbox's own CLI.
 */
export function startSandboxCli(cliArgs: readonly string[]): Promise<SandboxProcess> {
  return startSandboxProcess([cliPath, ...cliArgs])
}

/** For options the CLI has no flag for (statisticsPageSize). */
export function startSandboxWithOptions(options: WbSandboxOptions): Promise<SandboxProcess> {
  return startSandboxProcess([childPath, JSON.stringify(options)])
}

async function startSandboxProcess(args: readonly string[]): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8')
  })
  const ready = await firstLine(child, () => stderr)
  const { wildberries, ozon } = JSON.parse(ready) as { wildberries: { url: string; token: string }; ozon?: SandboxProcess['ozon'] }
  const { url, token } = wildberries
  return {
    url,
    token,
    ozon: ozon ?? null,
    async stats() {
      const response = await fetch(`${url}/__sandbox/stats`)
      return (await response.json()) as WbSandboxStats
    },
    stop: () => stopChild(child)
  }
}

function firstLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! })
    const onExit = (code: number | null) => fail(new Error(`sandbox exited with ${code}: ${stderr().trim()}`))
    const timer = setTimeout(() => fail(new Error(`sandbox did not start within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS)
    const settle = () => {
      clearTimeout(timer)
      lines.close()
      child.off('exit', onExit)
    }
    const fail = (error: Error) => {
      settle()
      child.kill('SIGKILL')
      reject(error)
    }
    lines.once('line', (line) => {
      settle()
      resolvePromise(line)
    })
    child.once('exit', onExit)
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise())
    child.kill('SIGTERM')
  })
}
