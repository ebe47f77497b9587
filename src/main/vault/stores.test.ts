import { afterEach, describe, expect, it } from 'vitest'
import { tempDataDir } from '../../test-support/temp'
import { openNodeStores, upgradeSettings } from './stores'

describe('settings written by earlier versions', () => {
  const cleanups: Array<() => void> = []
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

  it('keep the Wildberries demo origin from before Ozon, so its stored photo links still follow the sandbox', () => {
    const temp = tempDataDir()
    cleanups.push(temp.cleanup)
    const before = openNodeStores(temp.dir).settings
    before.set('demoSandboxOrigin', 'http://127.0.0.1:47123')
    before.set('demoSandboxOrigins', {})

    const settings = openNodeStores(temp.dir).settings
    upgradeSettings(settings)
    expect(settings.get('demoSandboxOrigins')).toEqual({ wildberries: 'http://127.0.0.1:47123' })
    expect(settings.get('demoSandboxOrigin')).toBeUndefined()

    upgradeSettings(settings)
    expect(openNodeStores(temp.dir).settings.get('demoSandboxOrigins')).toEqual({ wildberries: 'http://127.0.0.1:47123' })
  })

  it('leave a fresh data folder with no demo origins', () => {
    const temp = tempDataDir()
    cleanups.push(temp.cleanup)
    const settings = openNodeStores(temp.dir).settings
    upgradeSettings(settings)
    expect(settings.get('demoSandboxOrigins')).toEqual({})
  })
})
