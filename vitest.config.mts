import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // An upper bound for a loaded machine, never a measure of speed: a test that needs timing belongs in the bench.
    testTimeout: 60_000,
    pool: 'forks'
  }
})
