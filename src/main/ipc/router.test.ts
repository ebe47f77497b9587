import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { SferaError } from '../../shared/domain/errors'
import { callDomains, callNames, calls } from '../../shared/ipc'
import { EventHub } from '../events'
import { silentLogger } from '../log'
import type { Handlers } from './handler'
import { createDispatcher } from './router'

/** Handlers that record what reached them: validation must stop bad input before any of them runs. */
function recordingHandlers(reached: string[], behaviour: (name: string) => unknown = () => ({ ok: 1 })): Handlers {
  return new Proxy({} as Handlers, {
    get: (_target, name: string) => () => {
      reached.push(name)
      return behaviour(name)
    }
  })
}

describe('IPC dispatcher', () => {
  it('has no call name declared twice across domain files', () => {
    const declared = callDomains.reduce((n, domain) => n + Object.keys(domain).length, 0)
    expect(callNames.length).toBe(declared)
  })

  it('rejects unknown calls without running anything', async () => {
    const reached: string[] = []
    const dispatch = createDispatcher(recordingHandlers(reached), new EventHub(), silentLogger)
    const result = await dispatch('accounts.dropAll', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } })
    expect(reached).toEqual([])
  })

  it('returns a typed error naming the field when input is invalid', async () => {
    const reached: string[] = []
    const dispatch = createDispatcher(recordingHandlers(reached), new EventHub(), silentLogger)
    const result = await dispatch('products.list', { sort: { field: 'title', dir: 'asc' }, page: -1, pageSize: 50 })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { field: 'page' } } })
    expect(await dispatch('accounts.create', { marketplace: 'wildberries', name: 'A', fields: { token: 't' }, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(reached).toEqual([])
  })

  it('reports what is wrong with a refused name, not just that a refinement failed', async () => {
    const reached: string[] = []
    const dispatch = createDispatcher(recordingHandlers(reached), new EventHub(), silentLogger)
    const accountId = '00000000-0000-4000-8000-000000000000'
    expect(await dispatch('accounts.update', { id: accountId, name: '\u001b[31mWB' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', params: { field: 'name', issue: 'control_characters' } }
    })
    expect(await dispatch('supplies.createFbs', { accountId, name: '\u200B', orderIds: [1] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', params: { field: 'name', issue: 'invisible' } }
    })
    expect(await dispatch('accounts.update', { id: accountId, name: ' ' })).toMatchObject({
      error: { params: { field: 'name', issue: 'too_small' } }
    })
    expect(reached).toEqual([])
  })

  test.prop(
    [
      fc.constantFrom(...callNames),
      fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true })
    ],
    { numRuns: 1500 }
  )('never throws on any input, and only valid input reaches a handler', async (name, payload) => {
    const reached: string[] = []
    const dispatch = createDispatcher(recordingHandlers(reached), new EventHub(), silentLogger)
    const result = await dispatch(name, payload)
    const valid = calls[name].input.safeParse(payload ?? {}).success
    expect(result.ok).toBe(valid)
    expect(reached.length).toBe(valid ? 1 : 0)
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('rejects prototype-polluting keys', async () => {
    const reached: string[] = []
    const dispatch = createDispatcher(recordingHandlers(reached), new EventHub(), silentLogger)
    const payload = JSON.parse('{"marketplace":"wildberries","name":"A","token":"t","__proto__":{"polluted":1}}')
    expect(await dispatch('accounts.create', payload)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const nested = JSON.parse('{"marketplace":"wildberries","name":"A","fields":{"token":"t","__proto__":{"polluted":1}}}')
    expect(await dispatch('accounts.create', nested)).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { field: 'fields' } } })
    expect(reached).toEqual([])
  })

  it('passes SferaErrors through and hides other failures behind "internal"', async () => {
    const reached: string[] = []
    const dispatch = createDispatcher(
      recordingHandlers(reached, (name) => {
        if (name === 'accounts.list') throw new SferaError('not_found', 'нет')
        throw new Error('SELECT * FROM secrets WHERE token = abc')
      }),
      new EventHub(),
      silentLogger
    )
    expect(await dispatch('accounts.list', {})).toEqual({ ok: false, error: { code: 'not_found', message: 'нет' } })
    const hidden = await dispatch('sync.status', {})
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(hidden)).not.toContain('abc')
  })

  it('announces the tables a successful write changed', async () => {
    const events = new EventHub(0)
    const announced: unknown[] = []
    events.subscribe((name, payload) => announced.push([name, payload]))
    const dispatch = createDispatcher(recordingHandlers([]), events, silentLogger)
    await dispatch('accounts.remove', { id: '11111111-1111-4111-8111-111111111111' })
    expect(announced).toEqual([['data.changed', { datasets: [...calls['accounts.remove'].changes] }]])
    await dispatch('products.list', { sort: { field: 'title', dir: 'asc' }, page: 0, pageSize: 50 })
    expect(announced).toHaveLength(1)
    events.close()
  })
})
