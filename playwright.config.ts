import { defineConfig } from '@playwright/test'

/**
 * e2e drives the real core: the browser host in Debian Chromium here, or the Electron app through
 * Playwright's _electron where Electron is installed (SFERA_E2E_TARGET=electron). Each test starts its
 * own sandbox and host, with its own data folder and ports, so tests run in parallel safely.
 */
export default defineConfig({
  testDir: 'e2e',
  // Upper bounds for a loaded two-core machine, never measures of speed: waits end on what the page shows.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure'
  }
})
