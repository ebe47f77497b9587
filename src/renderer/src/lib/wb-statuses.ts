import { fbsStatuses } from '../../../shared/ipc/orders'

export { fbsStatuses }
export type FbsStatus = (typeof fbsStatuses)[number]

/** supplierStatus of an FBS assembly task: what the seller did with it (03-orders-fbs.yaml). */
const fbsStatusKeys = [...fbsStatuses, 'cancel_carrier'] as const
export type FbsStatusKey = (typeof fbsStatusKeys)[number] | 'unknown'

export function fbsStatusKey(status: string | null): FbsStatusKey {
  return (fbsStatusKeys as readonly (string | null)[]).includes(status) ? (status as FbsStatusKey) : 'unknown'
}

/** wbStatus of an FBS assembly task: where it is on WB's side (03-orders-fbs.yaml). */
const wbStatusKeys = [
  'waiting',
  'sorted',
  'sold',
  'canceled',
  'canceled_by_client',
  'declined_by_client',
  'defect',
  'ready_for_pickup',
  'postponed_delivery',
  'accepted_by_carrier',
  'sent_to_carrier',
  'canceled_by_carrier'
] as const
export type WbStatusKey = (typeof wbStatusKeys)[number] | 'unknown'

export function wbStatusKey(status: string | null): WbStatusKey {
  return (wbStatusKeys as readonly (string | null)[]).includes(status) ? (status as WbStatusKey) : 'unknown'
}

export type StatusTone = 'neutral' | 'accent' | 'warning' | 'success' | 'danger'

export function fbsStatusTone(key: FbsStatusKey): StatusTone {
  switch (key) {
    case 'new':
      return 'accent'
    case 'confirm':
      return 'warning'
    case 'complete':
      return 'success'
    case 'cancel':
    case 'cancel_carrier':
      return 'danger'
    default:
      return 'neutral'
  }
}

/**
 * statusID of an FBW supply (07-orders-fbw.yaml, models.Supply.statusID): 1 не запланировано, 2 запланировано,
 * 3 отгрузка разрешена, 4 идёт приёмка, 5 принято, 6 отгружено на воротах. Any other id is unknown.
 */
const fbwStatusKeys = ['notPlanned', 'planned', 'unloadAllowed', 'accepting', 'accepted', 'unloadedAtGate'] as const
export type FbwStatusKey = (typeof fbwStatusKeys)[number] | 'unknown'

export function fbwStatusKey(statusId: number): FbwStatusKey {
  return fbwStatusKeys[statusId - 1] ?? 'unknown'
}

export function fbwStatusTone(key: FbwStatusKey): StatusTone {
  switch (key) {
    case 'notPlanned':
      return 'neutral'
    case 'planned':
    case 'unloadAllowed':
      return 'accent'
    case 'accepting':
      return 'warning'
    case 'accepted':
    case 'unloadedAtGate':
      return 'success'
    default:
      return 'neutral'
  }
}
