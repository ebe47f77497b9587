import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { createInterface } from 'node:readline'

/** A large spec (02-items.yaml) takes Prism ~10 s to load alone, longer with four others loading beside it. */
const READY_TIMEOUT_MS = 90_000
const prismBin = resolve(__dirname, '../../node_modules/@stoplight/prism-cli/dist/index.js')

export interface PrismProxy {
  spec: string
  url: string
  /** Every line Prism printed. */
  log: string[]
  stop(): Promise<void>
}

/**
 * `prism proxy <spec> <upstream> --errors`: validates each request against the spec (422 when it violates it),
 * forwards it, and validates the answer (500 with an `sl-violations` header when the answer violates it).
 */
export async function startPrismProxy(spec: string, upstream: string): Promise<PrismProxy> {
  const port = await freePort()
  const child = spawn(process.execPath, [prismBin, 'proxy', spec, upstream, '--errors', '-h', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const log: string[] = []
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream! }).on('line', (line) => log.push(line))
  await waitForListening(child, log, spec)
  return { spec, url: `http://127.0.0.1:${port}`, log, stop: () => stopChild(child) }
}

function waitForListening(child: ChildProcess, log: string[], spec: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      if (log.some((line) => line.includes('Prism is listening'))) finish()
    }, 50)
    const timer = setTimeout(() => finish(new Error(`Prism did not start for ${spec} within ${READY_TIMEOUT_MS} ms:\n${log.slice(-20).join('\n')}`)), READY_TIMEOUT_MS)
    const onExit = (code: number | null) => finish(new Error(`Prism exited with ${code} for ${spec}:\n${log.slice(-20).join('\n')}`))
    child.once('exit', onExit)
    function finish(error?: Error): void {
      clearInterval(check)
      clearTimeout(timer)
      child.off('exit', onExit)
      if (!error) return resolve()
      child.kill('SIGKILL')
      reject(error)
    }
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
