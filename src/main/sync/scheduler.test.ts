import { afterEach, describe, expect, it, vi } from 'vitest'
import { memorySettings } from '../../test-support/memory-settings'
import { SyncScheduler } from './scheduler'


describe('background sync schedule', () => {
  afterEach(() => vi.useRealTimers())

  it('is off by default', () => {
    vi.useFakeTimers()
    const syncAll = vi.fn()
    const scheduler = new SyncScheduler({ settings: memorySettings(), syncAll })
    vi.advanceTimersByTime(48 * 3600_000)
    expect(syncAll).not.toHaveBeenCalled()
    expect(scheduler.get()).toEqual({ intervalMinutes: null, nextRunAt: null })
  })

  it('syncs every interval once set, and stops when turned off', () => {
    vi.useFakeTimers({ now: 0 })
    const syncAll = vi.fn()
    const settings = memorySettings()
    const scheduler = new SyncScheduler({ settings, syncAll })
    expect(scheduler.set(30)).toEqual({ intervalMinutes: 30, nextRunAt: 30 * 60_000 })
    vi.advanceTimersByTime(30 * 60_000 - 1)
    expect(syncAll).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    vi.advanceTimersByTime(30 * 60_000)
    expect(syncAll).toHaveBeenCalledTimes(2)
    scheduler.set(null)
    vi.advanceTimersByTime(3 * 3600_000)
    expect(syncAll).toHaveBeenCalledTimes(2)
    expect(settings.get('syncIntervalMinutes')).toBeNull()
  })

  it('resumes the saved interval after a restart', () => {
    vi.useFakeTimers({ now: 0 })
    const syncAll = vi.fn()
    const scheduler = new SyncScheduler({ settings: memorySettings({ syncIntervalMinutes: 15 }), syncAll })
    expect(scheduler.get().nextRunAt).toBe(15 * 60_000)
    vi.advanceTimersByTime(15 * 60_000)
    expect(syncAll).toHaveBeenCalledTimes(1)
    scheduler.close()
  })
})
