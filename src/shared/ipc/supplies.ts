import { z } from 'zod'
import type { FbsSupplyDetail, FbsSupplyPage, FbwSupplyPage } from '../domain/supplies'
import { call } from './define'
import { accountFilter, page, pageSize } from './paging'

const supplyId = z.string().trim().min(1).max(64)
/** A supply may take thousands of orders; main sends them to WB 100 at a time. */
const orderIds = z.array(z.int().min(1)).min(1).max(10_000)

export const suppliesCalls = {
  'supplies.listFbs': call<FbsSupplyPage>()(
    z.strictObject({ accountIds: accountFilter, status: z.enum(['all', 'open', 'done']), page, pageSize })
  ),
  'supplies.getFbs': call<FbsSupplyDetail>()(z.strictObject({ accountId: z.uuid(), supplyId })),
  'supplies.createFbs': call<{ supplyId: string; added: number }>()(
    z.strictObject({ accountId: z.uuid(), name: z.string().trim().min(1).max(128), orderIds }),
    ['wb_fbs_supplies', 'wb_fbs_orders']
  ),
  'supplies.addOrders': call<{ added: number }>()(
    z.strictObject({ accountId: z.uuid(), supplyId, orderIds }),
    ['wb_fbs_supplies', 'wb_fbs_orders']
  ),
  'supplies.deliver': call<{ delivered: boolean }>()(
    z.strictObject({ accountId: z.uuid(), supplyId }),
    ['wb_fbs_supplies', 'wb_fbs_orders']
  ),
  'supplies.listFbw': call<FbwSupplyPage>()(z.strictObject({ accountIds: accountFilter, page, pageSize }))
}
