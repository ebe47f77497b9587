import { describe, expect, it } from 'vitest'
import { calls } from '../../shared/ipc'
import type { KeyValueStore, SecretCipher, SettingsData } from '../core-types'
import { memorySettings } from '../../test-support/memory-settings'
import { appHandlers } from './app'

const cipher: SecretCipher = {
  status: async () => ({ available: true, protection: 'key-file', reason: 'ok' }),
  encrypt: async (plain) => plain,
  decrypt: async (stored) => ({ plain: stored, shouldReEncrypt: false })
}

describe('app.status', () => {
  it('reports the demo sandbox origin, the one loopback origin the renderer shows photos from', async () => {
    const status = (settings: KeyValueStore<SettingsData>) =>
      appHandlers({ shell: 'browser', version: '0', dataDir: '/d', cipher, settings })['app.status']({})
    expect(await status(memorySettings({ demoSandboxOrigin: 'http://127.0.0.1:47123' }))).toMatchObject({
      demoSandboxOrigin: 'http://127.0.0.1:47123'
    })
    expect(await status(memorySettings({}))).toMatchObject({ demoSandboxOrigin: null })
  })

  it('is read again when the demo cabinet is created, which starts the sandbox on its first origin', () => {
    expect(calls['app.status'].reads.some((dataset) => calls['accounts.createDemo'].changes.includes(dataset))).toBe(true)
  })
})
