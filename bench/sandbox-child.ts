/**
 * `node --import tsx bench/sandbox-child.ts '<WbSandboxOptions as JSON>'`: the sandbox with any option, printing
 * the same ready line as the sandbox's CLI and serving until SIGTERM.
 */
import { startWbSandbox, type WbSandboxOptions } from '../src/sandbox/wildberries'

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as WbSandboxOptions
  const sandbox = await startWbSandbox({ port: 0, ...options })
  process.once('SIGTERM', () => {
    sandbox.close().then(() => process.exit(0), () => process.exit(1))
  })
  process.stdout.write(`${JSON.stringify({ wildberries: { url: sandbox.url, token: sandbox.token } })}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(2)
})
