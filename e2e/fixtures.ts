import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, chromium, _electron, type Page } from '@playwright/test'
import { startOzonSandbox, type OzonSandbox } from '../src/sandbox/ozon'
import { startWbSandbox, type WbSandbox } from '../src/sandbox/wildberries'

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

const rateLimitScale = 0.02

export interface AppUnderTest {
  page: Page
  /** The Wildberries sandbox this test's app talks to (for live cabinets). */
  sandbox: WbSandbox
  /** The Ozon sandbox beside it. */
  ozon: OzonSandbox
  /** Moves the Ozon sandbox's clock on (labels are ready a minute after packing) instead of waiting. */
  advanceOzonClock(ms: number): void
  dataDir: string
}

interface Fixtures {
  sandboxOptions: Parameters<typeof startWbSandbox>[0]
  ozonSandboxOptions: Parameters<typeof startOzonSandbox>[0]
  app: AppUnderTest
}

export const test = base.extend<Fixtures>({
  sandboxOptions: [{ cardCount: 240 }, { option: true }],
  ozonSandboxOptions: [{ products: 120, postings: 300 }, { option: true }],
  app: async ({ sandboxOptions, ozonSandboxOptions }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sfera-e2e-'))
    // WB's and Ozon's limits, 50× faster on both sides, so a sync of everything takes seconds and still paces itself.
    const sandbox = await startWbSandbox({ port: 0, rateLimitScale, ...sandboxOptions })
    let ozonClockAhead = 0
    const ozon = await startOzonSandbox({ port: 0, rateLimitScale, now: () => Date.now() + ozonClockAhead, ...ozonSandboxOptions })
    const advanceOzonClock = (ms: number) => {
      ozonClockAhead += ms
    }
    const env = {
      ...process.env,
      SFERA_WB_URL: sandbox.url,
      SFERA_OZON_URL: ozon.url,
      SFERA_DATA_DIR: dataDir,
      SFERA_RATE_LIMIT_SCALE: String(rateLimitScale)
    }
    try {
      if (process.env.SFERA_E2E_TARGET === 'electron') {
        const electronApp = await _electron.launch({ args: ['out/main/index.js'], env })
        const page = await electronApp.firstWindow()
        await use({ page, sandbox, ozon, advanceOzonClock, dataDir })
        await electronApp.close()
      } else {
        const host = await startHost(env)
        const browser = await chromium.launch({ executablePath: process.env.SFERA_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs })
        const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Europe/Moscow', viewport: { width: 1400, height: 900 } })
        const page = await context.newPage()
        await page.goto(host.url)
        try {
          await use({ page, sandbox, ozon, advanceOzonClock, dataDir })
        } finally {
          if (testInfo.status !== testInfo.expectedStatus) {
            await page.screenshot({ path: testInfo.outputPath('failure.png') }).catch(() => undefined)
          }
          await browser.close()
          await host.stop()
        }
      }
    } finally {
      await sandbox.close()
      await ozon.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  }
})

export { expect } from '@playwright/test'

interface RunningHost {
  url: string
  stop(): Promise<void>
}

/** Starts the built browser host (`out/main/host.js`) on a free port and waits for the URL it prints. */
export async function startHost(env: NodeJS.ProcessEnv): Promise<RunningHost> {
  const child = spawn(process.execPath, ['out/main/host.js', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+/.exec(output)
      if (match) resolve(match[0])
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${output}`)))
    setTimeout(() => reject(new Error(`host did not start in 60 s: ${output}`)), 60_000).unref()
  })
  return { url, stop: () => stopChild(child) }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
  })
}
