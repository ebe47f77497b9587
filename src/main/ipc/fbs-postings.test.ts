import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startOzonSandbox, type OzonSandbox } from '../../sandbox/ozon'
import { SferaError } from '../../shared/domain/errors'
import { calls } from '../../shared/ipc'
import { startAppCore, type AppCore } from '../../test-support/app-core'
import { endpointsFromEnv } from '../endpoints'
import { labelsFolder, safeFileName } from '../services/fbs-postings'

describe('postings.* over the core, against the Ozon sandbox', () => {
  let sandbox: OzonSandbox
  let app: AppCore
  let accountId: string

  beforeAll(async () => {
    sandbox = await startOzonSandbox({ rateLimits: false, products: 150, postings: 1000 })
    app = await startAppCore({ endpoints: endpointsFromEnv({ SFERA_OZON_URL: sandbox.url }) })
    const account = await app.call('accounts.create', { marketplace: 'ozon', name: 'Ozon', fields: { clientId: sandbox.clientId, apiKey: sandbox.apiKey } })
    accountId = account.id
    expect((await app.syncResource(accountId, 'products')).status).toBe('succeeded')
    expect((await app.syncResource(accountId, 'orders')).status).toBe('succeeded')
  })
  afterAll(async () => {
    await app?.close()
    await sandbox?.close()
  })

  const listed = async (stage: 'all' | 'to_pack' | 'packed') => (await app.call('postings.listAwaiting', { stage, page: 0, pageSize: 200 })).rows

  it('lists seller-held postings still with the seller, one row per posting', async () => {
    const rows = await listed('all')
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.postingNumber)).size).toBe(rows.length)
    expect(rows.every((r) => r.marketplace === 'ozon' && (r.status === 'placed' || r.status === 'in_assembly'))).toBe(true)
    const toPack = await listed('to_pack')
    expect(toPack.every((r) => r.status === 'placed')).toBe(true)
    expect(toPack.length + (await listed('packed')).length).toBe(rows.length)
  })

  it('packs through the contract and moves the posting to the packed list', async () => {
    const [first] = await listed('to_pack')
    const result = await app.call('postings.pack', { accountId, postings: [{ postingNumber: first!.postingNumber }] })
    expect(result).toEqual({ packed: [{ postingNumber: first!.postingNumber, resulting: [first!.postingNumber] }], failed: [] })
    expect((await listed('packed')).map((r) => r.postingNumber)).toContain(first!.postingNumber)
    expect(calls['postings.pack'].changes).toEqual(['orders'])
  })

  it('saves the label PDF in the data folder and hands it to the renderer', async () => {
    // Postings packed before the sandbox started have their labels already.
    const packed = (await listed('packed')).filter((r) => r.marketplaceStatus?.startsWith('awaiting_deliver/')).slice(0, 2)
    expect(packed).toHaveLength(2)
    const result = await app.call('postings.labels', { accountId, postingNumbers: packed.map((p) => p.postingNumber) })
    expect(result.failed).toEqual([])
    const [file] = result.files
    expect(file!.postingNumbers).toEqual(packed.map((p) => p.postingNumber))
    expect(file!.savedPath.startsWith(join(app.dataDir, labelsFolder, accountId))).toBe(true)
    expect(existsSync(file!.savedPath)).toBe(true)
    expect(readFileSync(file!.savedPath).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(Buffer.from(file!.base64!, 'base64').equals(readFileSync(file!.savedPath))).toBe(true)
  })

  it('refuses bad input before anything is sent, naming the field', async () => {
    const refused = (input: unknown) => app.call('postings.pack', input as never).then(() => null, (error: unknown) => error)
    const empty = await refused({ accountId, postings: [] })
    expect(empty).toBeInstanceOf(SferaError)
    expect((empty as SferaError).code).toBe('invalid_input')
    expect((empty as SferaError).params).toMatchObject({ field: 'postings', issue: 'too_small' })
    expect(((await refused({ accountId: 'not-a-uuid', postings: [{ postingNumber: '1' }] })) as SferaError).params?.field).toBe('accountId')
    const zeroUnits = (await refused({ accountId, postings: [{ postingNumber: '1', packages: [[{ lineId: 'x', quantity: 0 }]] }] })) as SferaError
    expect(zeroUnits.params?.field).toBe('postings.0.packages.0.0.quantity')
    const tooMany = Array.from({ length: 501 }, (_, k) => `${k}`)
    const labels = await app.call('postings.labels', { accountId, postingNumbers: tooMany }).then(() => null, (error: unknown) => error)
    expect((labels as SferaError).params).toMatchObject({ field: 'postingNumbers', issue: 'too_big' })
  })

  it('refuses a cabinet whose marketplace packs nothing in the app', async () => {
    const error = await app
      .call('postings.handOver', { accountId: '00000000-0000-4000-8000-000000000000', postingNumbers: ['1'] })
      .then(() => null, (e: unknown) => e)
    expect((error as SferaError).code).toBe('not_found')
  })
})

describe('safeFileName', () => {
  it('keeps only the last path segment in characters every file system takes, as a .pdf', () => {
    expect(safeFileName('ticket-170660-2023-07-13T13:17:06Z.pdf')).toBe('ticket-170660-2023-07-13T13_17_06Z.pdf')
    expect(safeFileName('../../etc/passwd')).toBe('passwd.pdf')
    expect(safeFileName('..')).toBe('labels.pdf')
  })
})
