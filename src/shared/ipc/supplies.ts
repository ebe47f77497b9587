import { z } from 'zod'
import type { FbsSupplyDetail, FbsSupplyPage, FbwSupplyPage } from '../domain/supplies'
import { call } from './define'
import { displayName } from './display-name'
import { accountFilter, page, pageSize } from './paging'

const supplyId = z.string().trim().min(1).max(64)
/** A supply may take thousands of orders; main sends them to WB 100 at a time. */
const orderIds = z.array(z.int().min(1)).min(1).max(10_000)

const fbsSupplyReads = ['supplies', 'orders', 'products', 'accounts'] as const
/** A supply's orders change with it: they join it, and its delivery moves their status. */
const fbsSupplyChanges = ['supplies', 'orders'] as const

export const suppliesCalls = {
  'supplies.listFbs': call<FbsSupplyPage>()(
    z.strictObject({ accountIds: accountFilter, status: z.enum(['all', 'open', 'done']), page, pageSize }),
    { reads: fbsSupplyReads }
  ),
  'supplies.getFbs': call<FbsSupplyDetail>()(z.strictObject({ accountId: z.uuid(), supplyId }), { reads: fbsSupplyReads }),
  'supplies.createFbs': call<{ supplyId: string; added: number }>()(
    z.strictObject({ accountId: z.uuid(), name: displayName(128), orderIds }),
    { changes: fbsSupplyChanges }
  ),
  'supplies.addOrders': call<{ added: number }>()(
    z.strictObject({ accountId: z.uuid(), supplyId, orderIds }),
    { changes: fbsSupplyChanges }
  ),
  'supplies.deliver': call<{ delivered: boolean }>()(
    z.strictObject({ accountId: z.uuid(), supplyId }),
    { changes: fbsSupplyChanges }
  ),
  'supplies.listFbw': call<FbwSupplyPage>()(z.strictObject({ accountIds: accountFilter, page, pageSize }), {
    reads: ['supplies', 'accounts']
  })
}
