/**
 * Runs the sandbox on its own:
 *   tsx src/sandbox/cli.ts [--port 0] [--cards 1250] [--seed 1] [--fbs-orders 600] [--orders 3000] [--sales 2500]
 *                          [--rate-limit-scale 1] [--no-rate-limits] [--serialise]
 * Prints one JSON line, {"wildberries":{"url":"http://127.0.0.1:PORT","token":"..."}}, then serves until
 * SIGTERM or SIGINT. Written for CommonJS bundles too: no top-level await, no import.meta.
 */
import { parseArgs } from 'node:util'
import { startWbSandbox } from './wildberries'

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer, got "${text}"`)
  return value
}

function positiveNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, got "${text}"`)
  return value
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: 'string' },
      cards: { type: 'string' },
      seed: { type: 'string' },
      'fbs-orders': { type: 'string' },
      orders: { type: 'string' },
      sales: { type: 'string' },
      'rate-limit-scale': { type: 'string' },
      'no-rate-limits': { type: 'boolean' },
      serialise: { type: 'boolean' }
    },
    strict: true
  })
  const sandbox = await startWbSandbox({
    port: integer('port', values.port, 0),
    cardCount: integer('cards', values.cards, 1250),
    seed: integer('seed', values.seed, 1),
    fbsOrderCount: integer('fbs-orders', values['fbs-orders'], 600),
    orderCount: integer('orders', values.orders, 3000),
    saleCount: integer('sales', values.sales, 2500),
    rateLimitScale: positiveNumber('rate-limit-scale', values['rate-limit-scale'], 1),
    rateLimits: values['no-rate-limits'] !== true,
    serialiseAtStart: values.serialise === true
  })
  const stop = () => {
    sandbox.close().then(() => process.exit(0), () => process.exit(1))
  }
  // Before the line is printed: whoever reads it may signal at once.
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  process.stdout.write(`${JSON.stringify({ wildberries: { url: sandbox.url, token: sandbox.token } })}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(2)
})
