/**
 * `POST /v2/warehouse/list`: the seller's FBS and rFBS warehouses (`is_rfbs`), `limit` 1..200 required, `cursor`,
 * `has_next`; `warehouse_ids` narrows the list. In warehouse_id order; the cursor names the page's last warehouse,
 * and is empty for an empty page. Every field of `WarehouseListV2ResponseWarehouse`.
 */
import { decodeIdCursor, encodeIdCursor } from './cursor'
import { pageLimit } from './paging'
import { jsonReply, type Reply } from './replies'
import { ruleBroken, type Fields } from './request-parsing'
import type { OzonRoute } from './routing'
import { formatStoredTimestamp, formatTimestamp } from './time'
import type { SellerWarehouse } from './warehouses'
import type { OzonWorld } from './world'

const MAX_WAREHOUSES = 200

/** Today's working hours of a warehouse, 09:00–21:00 in its time zone, as moments. */
function workingHours(warehouse: SellerWarehouse, nowMs: number) {
  const offsetHours = Number(/UTC([+-]\d{2})/.exec(warehouse.seed.utc)?.[1] ?? '3')
  const dayStart = Math.floor((nowMs + offsetHours * 3_600_000) / 86_400_000) * 86_400_000 - offsetHours * 3_600_000
  return [{ time_from: formatTimestamp(dayStart + 9 * 3_600_000), time_to: formatTimestamp(dayStart + 21 * 3_600_000) }]
}

function warehouseJson(warehouse: SellerWarehouse, nowMs: number) {
  const hours = workingHours(warehouse, nowMs)
  const cutIn = warehouse.cutInMinutes
  const pad = (value: number) => String(value).padStart(2, '0')
  return {
    address_info: {
      address: warehouse.seed.address,
      latitude: warehouse.seed.latitude,
      longitude: warehouse.seed.longitude,
      utc: warehouse.seed.utc
    },
    carriage_label_type: warehouse.isRfbs ? 'UNSPECIFIED' : 'BIG',
    courier_comment: '',
    courier_phones: warehouse.isRfbs ? [] : ['+7(495)000-00-00'],
    created_at: formatStoredTimestamp(warehouse.createdAtMs),
    cut_in_time: cutIn,
    first_mile: warehouse.isRfbs
      ? { dropoff_point_id: '', first_mile_is_changing: false, timeslot_from: '', timeslot_id: 0, timeslot_to: '', type: 'UNSPECIFIED' }
      : {
          dropoff_point_id: String(warehouse.deliveryMethodId * 1000 + 14),
          first_mile_is_changing: false,
          timeslot_from: `${pad(Math.floor(cutIn / 60))}:00`,
          timeslot_id: warehouse.deliveryMethodId % 1_000_000,
          timeslot_to: `${pad(Math.floor(cutIn / 60) + 1)}:00`,
          type: warehouse.deliveryMethodId % 2 === 0 ? 'PICK_UP' : 'DROP_OFF'
        },
    has_entrusted_acceptance: false,
    has_postings_limit: false,
    is_auto_assembly: false,
    is_comfort: false,
    is_express: false,
    is_kgt: false,
    is_rfbs: warehouse.isRfbs,
    is_waybill_enabled: !warehouse.isRfbs,
    min_postings_limit: 0,
    name: warehouse.name,
    phone: '+7(495)000-00-00',
    postings_limit: -1,
    sla_cut_in: 1440,
    status: warehouse.status,
    timetable: {
      timetable_from: formatTimestamp(warehouse.createdAtMs),
      timetable_to: formatTimestamp(nowMs + 365 * 86_400_000),
      working_hours: hours
    },
    updated_at: formatStoredTimestamp(warehouse.updatedAtMs),
    warehouse_id: warehouse.warehouseId,
    warehouse_type: warehouse.isRfbs ? 'rfbs' : 'fbs',
    with_item_list: false,
    working_days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', ...(warehouse.isRfbs ? ['SATURDAY'] : [])]
  }
}

function listWarehouses(world: OzonWorld, body: Fields, nowMs: number): Reply {
  const limit = pageLimit(body, 'WarehouseListV2Request', MAX_WAREHOUSES)
  const ids = body.int64List('warehouse_ids') ?? []
  if (ids.length > MAX_WAREHOUSES) throw ruleBroken('WarehouseListV2Request', 'WarehouseIds', `value must contain no more than ${MAX_WAREHOUSES} item(s)`)
  const after = decodeIdCursor(body.string('cursor') ?? '', 'cursor')
  const wanted = ids.length > 0 ? new Set(ids) : undefined
  const matching = world.sellerWarehouses.filter((warehouse) =>
    (!wanted || wanted.has(String(warehouse.warehouseId))) && (after === undefined || warehouse.warehouseId > after))
  const page = matching.slice(0, limit)
  const last = page.at(-1)
  return jsonReply(200, {
    cursor: last ? encodeIdCursor(last.warehouseId) : '',
    has_next: matching.length > page.length,
    warehouses: page.map((warehouse) => warehouseJson(warehouse, nowMs))
  })
}

export function warehouseRoutes(world: OzonWorld): OzonRoute[] {
  return [{ path: '/v2/warehouse/list', needsRole: true, handle: ({ body, nowMs }) => listWarehouses(world, body, nowMs) }]
}
