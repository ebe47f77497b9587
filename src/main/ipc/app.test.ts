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
  it('reports the demo sandboxes\' origins, the only loopback origins the renderer shows photos from', async () => {
    const status = (settings: KeyValueStore<SettingsData>) =>
      appHandlers({ shell: 'browser', version: '0', dataDir: '/d', cipher, settings })['app.status']({})
    const demoSandboxOrigins = { wildberries: 'http://127.0.0.1:47123', ozon: 'http://127.0.0.1:47124' }
    expect(await status(memorySettings({ demoSandboxOrigins }))).toMatchObject({
      demoSandboxOrigins: ['http://127.0.0.1:47123', 'http://127.0.0.1:47124']
    })
    expect(await status(memorySettings({}))).toMatchObject({ demoSandboxOrigins: [] })
  })

  it('is read again when the demo cabinet is created, which starts the sandbox on its first origin', () => {
    expect(calls['app.status'].reads.some((dataset) => calls['accounts.createDemo'].changes.includes(dataset))).toBe(true)
  })
})
