import { describe, expect, it } from 'vitest'
import { FakeClock, systemClock } from './clock'

describe('FakeClock', () => {
  it('fires due sleeps in due order and moves time to each due moment', async () => {
    const clock = new FakeClock(1_000)
    const fired: Array<[string, number]> = []
    void clock.sleep(300).then(() => fired.push(['b', clock.now()]))
    void clock.sleep(100).then(() => fired.push(['a', clock.now()]))
    void clock.sleep(500).then(() => fired.push(['c', clock.now()]))

    await clock.advance(400)

    expect(fired).toEqual([
      ['a', 1_100],
      ['b', 1_300]
    ])
    expect(clock.now()).toBe(1_400)
    expect(clock.pending()).toBe(1)
    expect(clock.sleeps).toEqual([300, 100, 500])
  })

  it('fires sleeps scheduled by woken code within the same advance', async () => {
    const clock = new FakeClock()
    const times: number[] = []
    void (async () => {
      for (let i = 0; i < 3; i++) {
        await clock.sleep(100)
        times.push(clock.now())
      }
    })()
    await clock.advance(250)
    expect(times).toEqual([100, 200])
  })

  it('rejects a sleep with an AbortError when its signal aborts, and forgets it', async () => {
    const clock = new FakeClock()
    const controller = new AbortController()
    const sleeping = clock.sleep(1_000, controller.signal)
    controller.abort()
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError' })
    expect(clock.pending()).toBe(0)
    await expect(clock.sleep(10, controller.signal)).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('advances by itself in autoAdvance mode', async () => {
    const clock = new FakeClock(0, { autoAdvance: true })
    await clock.sleep(60_000)
    expect(clock.now()).toBe(60_000)
  })
})

describe('systemClock', () => {
  it('sleeps in real time and stops early on abort', async () => {
    // A timer never fires early, however loaded the machine: a lower bound only.
    const started = Date.now()
    await systemClock.sleep(20)
    expect(Date.now() - started).toBeGreaterThanOrEqual(15)

    // A sleep of an hour ends within the test's limit only if the abort ends it.
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 10)
    await expect(systemClock.sleep(3_600_000, controller.signal)).rejects.toMatchObject({ name: 'AbortError' })
  })
})
