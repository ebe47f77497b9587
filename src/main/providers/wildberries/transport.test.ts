import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { SferaError } from '../../../shared/domain/errors'
import { createHttpClient, FakeClock, RateBudgets } from '../../http'
import { everyHostAt } from '../../endpoints'
import { wildberriesProvider } from '.'
import { WbClient } from './client'
import { wbEndpointsOf } from './hosts'

/** A loopback WB that answers every request 200 with `body` as it is, so a test can send text that is not JSON. */
async function wbAnswering(body: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const card = (nmID: number, chrtID: unknown) => ({
  nmID,
  imtID: nmID,
  subjectID: 1,
  vendorCode: `v${nmID}`,
  sizes: [{ chrtID }],
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z'
})

const orderRow = (srid: string, lastChangeDate: unknown = '2026-11-01T10:00:00') => ({
  date: '2026-11-01T10:00:00',
  lastChangeDate,
  nmId: 1,
  totalPrice: 1,
  finishedPrice: 1,
  priceWithDisc: 1,
  srid,
  isCancel: false
})

describe('WB transport errors for answers not of the spec', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
  })

  async function clientAnswering(body: string): Promise<WbClient> {
    const wb = await wbAnswering(body)
    const clock = new FakeClock(0)
    const http = createHttpClient({ clock })
    cleanups.push(wb.close, () => http.close())
    const url = wb.url
    return new WbClient({
      http,
      budgets: new RateBudgets(clock),
      accountId: 'acc',
      tokenKind: 'personal',
      endpoints: wbEndpointsOf(everyHostAt(wildberriesProvider, url)),
      token: 'test-token-value'
    })
  }

  it('names the method, the nested field and the type expected, without the value', async () => {
    const cards = [card(1, 11), card(2, 12), card(3, 13), card(4, 'Иванов И. И.')]
    const client = await clientAnswering(JSON.stringify({ cards, cursor: { total: 4 } }))
    const error = (await client.listCards(100, null).catch((e: unknown) => e)) as SferaError
    expect(error.code).toBe('malformed_response')
    expect(error.params).toEqual({
      service: 'Wildberries',
      method: 'POST /content/v2/get/cards/list',
      field: 'cards[3].sizes[0].chrtID',
      expected: 'number'
    })
    expect(error.message).toBe(
      'Wildberries ответил в неожиданном формате: POST /content/v2/get/cards/list, поле cards[3].sizes[0].chrtID — ожидалось number'
    )
    expect(JSON.stringify(error.params)).not.toContain('Иванов')
  })

  it('says a 2xx that is not JSON was expected to be a JSON body', async () => {
    const client = await clientAnswering('<html>captcha</html>')
    await expect(client.listNewOrders()).rejects.toMatchObject({
      code: 'malformed_response',
      message: 'Wildberries ответил в неожиданном формате: GET /api/v3/orders/new — ожидалось a JSON body',
      params: { service: 'Wildberries', method: 'GET /api/v3/orders/new', field: '', expected: 'a JSON body' }
    })
  })

  it('names a bad statistics row by its index in the page, counted across runs', async () => {
    const rows = [orderRow('s0'), orderRow('s1'), orderRow('s2'), orderRow('s3', 20261101), orderRow('s4')]
    const page = await (await clientAnswering(JSON.stringify(rows))).statisticsOrders('2026-11-01T00:00:00')
    const runs = page.runs(2)
    expect(runs.next().value).toMatchObject([{ srid: 's0' }, { srid: 's1' }])
    expect(() => runs.next()).toThrow(
      expect.objectContaining({
        code: 'malformed_response',
        message: 'Wildberries ответил в неожиданном формате: GET /api/v1/supplier/orders, поле [3].lastChangeDate — ожидалось string',
        params: { service: 'Wildberries', method: 'GET /api/v1/supplier/orders', field: '[3].lastChangeDate', expected: 'string' }
      })
    )
  })

  it('names the last row from the end, where its index is not known', async () => {
    const client = await clientAnswering(JSON.stringify([orderRow('s0'), orderRow('')]))
    const page = await client.statisticsOrders('2026-11-01T00:00:00')
    expect(() => page.last()).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: '[-1].srid', expected: 'at least 1 character' }) })
    )
  })

  it('says a statistics page that is not an array was expected to be a JSON array', async () => {
    const client = await clientAnswering(JSON.stringify({ errors: ['bad dateFrom'] }))
    await expect(client.statisticsOrders('2026-11-01T00:00:00')).rejects.toMatchObject({
      params: { service: 'Wildberries', method: 'GET /api/v1/supplier/orders', field: '', expected: 'a JSON array' }
    })
  })
})
