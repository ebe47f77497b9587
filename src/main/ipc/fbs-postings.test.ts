import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
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

  it('lists the saved labels from the data folder and reopens one without the marketplace', async () => {
    const [saved] = (await app.call('postings.labels', { accountId, postingNumbers: [(await listed('packed'))[0]!.postingNumber] })).files
    const labels = await app.call('postings.savedLabels', { accountIds: [accountId] })
    const listedLabel = labels.find((label) => label.fileName === saved!.fileName)
    expect(listedLabel).toEqual({ accountId, fileName: saved!.fileName, postingNumbers: saved!.postingNumbers, savedAt: expect.any(String), byteLength: saved!.byteLength })
    expect(labels.every((label) => label.fileName.endsWith('.pdf'))).toBe(true)
    expect(calls['postings.labels'].changes).toEqual(['labels'])
    expect(calls['postings.savedLabels'].reads).toContain('labels')

    const requestsBefore = sandbox.stats().requests
    const opened = await app.call('postings.openLabel', { accountId, fileName: saved!.fileName })
    expect(sandbox.stats().requests).toEqual(requestsBefore)
    expect(Buffer.from(opened.base64!, 'base64').equals(readFileSync(saved!.savedPath))).toBe(true)
    expect(opened.postingNumbers).toEqual(saved!.postingNumbers)
  })

  it('names the postings of a label saved without its list from the file name', async () => {
    const folder = join(app.dataDir, labelsFolder, accountId)
    writeFileSync(join(folder, 'ozon-labels-12345678-0001-1-2026-01-01.pdf'), '%PDF-1.4\n')
    const labels = await app.call('postings.savedLabels', {})
    expect(labels.find((label) => label.fileName === 'ozon-labels-12345678-0001-1-2026-01-01.pdf')?.postingNumbers).toEqual(['12345678-0001-1'])
  })

  it('opens nothing outside the cabinet’s labels folder', async () => {
    const folder = join(app.dataDir, labelsFolder, accountId)
    mkdirSync(join(app.dataDir, 'outside'), { recursive: true })
    writeFileSync(join(app.dataDir, 'outside', 'secret.pdf'), '%PDF-1.4\n')
    symlinkSync(join(app.dataDir, 'outside', 'secret.pdf'), join(folder, 'linked.pdf'))
    const refused = (fileName: string) => app.call('postings.openLabel', { accountId, fileName }).then(() => null, (error: unknown) => error as SferaError)
    for (const fileName of ['../../outside/secret.pdf', '..\\..\\outside\\secret.pdf', 'linked.pdf', 'missing.pdf', 'notes.txt', '.pdf', '']) {
      const error = await refused(fileName)
      expect(error, fileName).toBeInstanceOf(SferaError)
      expect(error!.code, fileName).toBe('invalid_input')
      expect(error!.params?.field, fileName).toBe('fileName')
      expect(error!.message, fileName).toMatch(/[а-я]/i)
    }
  })

  it('refreshes the shipments from the marketplace: new ones reach the list without a sync', async () => {
    const added = sandbox.addNewPostings(2)
    const numbers = async () => {
      const { rows, total } = await app.call('postings.listAwaiting', { stage: 'to_pack', page: 0, pageSize: 200 })
      expect(total).toBe(rows.length)
      return rows.map((r) => r.postingNumber)
    }
    expect(await numbers()).not.toEqual(expect.arrayContaining(added))
    const result = await app.call('postings.refresh', { accountIds: [accountId] })
    expect(result.failed).toEqual([])
    expect(result.postings).toBeGreaterThanOrEqual(2)
    expect(await numbers()).toEqual(expect.arrayContaining(added))
    expect(calls['postings.refresh'].changes).toEqual(['orders'])
  })

  it('reports a cabinet the marketplace refuses beside the refreshed ones', async () => {
    const readOnly = sandbox.mintKey({ roles: ['Admin read only'] })
    const other = await app.call('accounts.create', { marketplace: 'ozon', name: 'Только чтение', fields: { clientId: sandbox.clientId, apiKey: readOnly } })
    const result = await app.call('postings.refresh', {})
    expect(result.failed).toEqual([expect.objectContaining({ accountId: other.id, accountName: 'Только чтение', reason: expect.stringMatching(/[а-я]/i) })])
    expect(result.postings).toBeGreaterThan(0)
    await app.call('accounts.remove', { id: other.id })
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
