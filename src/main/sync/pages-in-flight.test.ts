import { describe, expect, it } from 'vitest'
import { PagesInFlight } from './pages-in-flight'

function deferred() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const settled = async (promise: Promise<unknown>) => {
  let done = false
  void promise.then(
    () => (done = true),
    () => (done = true)
  )
  await new Promise((resolve) => setImmediate(resolve))
  return done
}

describe('PagesInFlight', () => {
  it('lets small pages queue up to the row limit and big ones two at a time', async () => {
    const pages = new PagesInFlight(100)
    const small = Array.from({ length: 5 }, deferred)
    for (const page of small) pages.add(page.promise, 10)
    expect(await settled(pages.room())).toBe(true)

    const big = [deferred(), deferred()]
    for (const page of big) pages.add(page.promise, 80)
    const room = pages.room()
    expect(await settled(room)).toBe(false)
    for (const page of [...small, big[0]!]) page.resolve()
    expect(await settled(room)).toBe(true)
  })

  it('throws the first failure at the next room() and at flush()', async () => {
    const pages = new PagesInFlight(100)
    const failing = deferred()
    const later = deferred()
    pages.add(failing.promise, 1)
    pages.add(later.promise, 1)
    failing.reject(new Error('disk full'))
    later.reject(new Error('an earlier page of this run failed'))
    await new Promise((resolve) => setImmediate(resolve))
    await expect(pages.room()).rejects.toThrow('disk full')
    await expect(pages.flush()).rejects.toThrow('disk full')
  })

  it('flush waits for every page', async () => {
    const pages = new PagesInFlight(100)
    const page = deferred()
    pages.add(page.promise, 1)
    const flushed = pages.flush()
    expect(await settled(flushed)).toBe(false)
    page.resolve()
    await expect(flushed).resolves.toBeUndefined()
  })
})
