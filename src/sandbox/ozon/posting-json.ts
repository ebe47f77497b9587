/**
 * Postings as `/v4/posting/fbs/list` (`posting.v4.PostingFbsListResponse.Postings`) and `/v3/posting/fbo/list`
 * (`posting.v3.PostingFboListResponse.Postings`) write them, every field of the schemas. Where the schemas and the
 * spec's examples disagree, the schemas win: `products[].price` is `{amount, currency}` (amount a decimal string,
 * per unit; four decimals for FBS as the v4 example writes `1200.0000`, two for FBO as the v3 example writes
 * `29990.00`), `financial_data` money is JSON numbers. The `with` blocks not asked for are `null`, as are the
 * buyer's personal data (`customer`, `addressee`) and moments that have not happened.
 */
import { decimalText, nameOf } from './catalog'
import type { FboPosting, FbsPosting, PostingLine } from './postings'
import { DAY_MS, formatStoredTimestamp, formatTimestamp } from './time'
import type { OzonWorld } from './world'

export interface WithBlocks {
  analytics_data: boolean
  barcodes: boolean
  financial_data: boolean
  legal_info: boolean
}

const round2 = (value: number): number => Math.round(value * 100) / 100
const money = (kopecks: number, decimals: number) => ({ amount: decimalText(kopecks, decimals), currency: 'RUB' })
const stamp = (ms: number | null) => (ms === null ? null : formatStoredTimestamp(ms))
/** Deadlines and delivery windows are set on the hour, not recorded. */
const deadline = (ms: number) => formatTimestamp(ms)

function actionsOf(posting: FbsPosting): string[] {
  switch (posting.status) {
    case 'awaiting_packaging':
      return ['cancel', 'product_cancel', 'ship', 'can_create_chat']
    case 'acceptance_in_progress':
      return ['cancel']
    case 'awaiting_deliver':
      return posting.isRfbs
        ? ['cancel', 'set_track_number', 'non_int_delivering']
        : ['cancel', 'label_download', 'label_download_big', 'label_download_small']
    case 'sent_by_seller':
    case 'delivering':
      return posting.isRfbs ? ['set_track_number', 'non_int_last_mile', 'non_int_delivered'] : ['click_track_number']
    case 'driver_pickup':
      return ['click_track_number']
    case 'not_accepted':
      return ['arbitration']
    default:
      return []
  }
}

function financialProduct(line: PostingLine, world: OzonWorld) {
  const price = line.price / 100
  const oldPrice = line.oldPrice / 100
  const total = price * line.quantity
  const commission = round2((total * line.commissionPercent) / 100)
  return {
    actions: line.customerPrice < line.price ? ['Скидка за счет Ozon'] : [],
    commission: { amount: commission, currency: 'RUB', percent: line.commissionPercent },
    old_price: oldPrice,
    payout: round2(total - commission),
    price,
    product_id: world.products[line.productIndex]!.sku,
    total_discount_percent: round2(((oldPrice - price) / oldPrice) * 100),
    total_discount_value: round2(oldPrice - price)
  }
}

export function fbsPostingJson(posting: FbsPosting, world: OzonWorld, withBlocks: WithBlocks) {
  const warehouse = world.sellerWarehouse(posting.warehouseId)!
  const { cancel } = posting
  const weight = posting.lines.reduce((sum, line) => sum + (world.products[line.productIndex]!.weightGrams * line.quantity) / 1000, 0)
  const zero = { amount: '0', currency: 'RUB' }
  return {
    addressee: null,
    analytics_data: withBlocks.analytics_data
      ? {
          city: posting.isRfbs ? posting.destination.city : '',
          client_delivery_date_begin: null,
          client_delivery_date_end: null,
          delivery_date_begin: deadline(posting.shipmentDateMs + 2 * DAY_MS),
          delivery_date_end: deadline(posting.shipmentDateMs + 3 * DAY_MS),
          delivery_type: posting.deliveryType,
          is_legal: posting.isLegal,
          is_premium: posting.isPremium,
          payment_type_group_name: posting.paymentType,
          region: posting.isRfbs ? posting.destination.region : '',
          tpl_provider: warehouse.tplProvider,
          tpl_provider_id: warehouse.tplProviderId,
          warehouse: warehouse.name,
          warehouse_id: warehouse.warehouseId
        }
      : null,
    available_actions: actionsOf(posting),
    barcodes: withBlocks.barcodes ? { lower_barcode: posting.barcode, upper_barcode: `%${posting.barcode}%` } : null,
    cancellation: {
      affect_cancellation_rating: cancel?.affectsRating ?? false,
      cancel_reason: cancel?.reason ?? '',
      cancel_reason_id: cancel?.id ?? 0,
      cancellation_initiator: cancel?.initiator ?? '',
      cancellation_type: cancel?.type ?? '',
      cancelled_after_ship: posting.cancelledAfterShip
    },
    customer: null,
    delivering_date: stamp(posting.deliveringDateMs),
    delivery_method: {
      id: warehouse.deliveryMethodId,
      name: warehouse.deliveryMethodName,
      tpl_provider: warehouse.tplProvider,
      tpl_provider_id: warehouse.tplProviderId,
      warehouse: warehouse.name,
      warehouse_id: warehouse.warehouseId
    },
    delivery_schema: 'FBS',
    destination_place_id: 0,
    destination_place_name: '',
    external_order: { is_external: false, platform_name: '' },
    financial_data: withBlocks.financial_data
      ? {
          cluster_from: warehouse.seed.city,
          cluster_to: posting.destination.cluster,
          products: posting.lines.map((line) => ({
            ...financialProduct(line, world),
            customer_price: money(line.customerPrice, 2),
            quantity: line.quantity
          }))
        }
      : null,
    in_process_at: stamp(posting.inProcessAtMs),
    is_click_and_collect: false,
    is_express: false,
    is_multibox: false,
    is_presortable: false,
    legal_info: withBlocks.legal_info
      ? posting.isLegal
        ? { company_name: 'ООО "Вектор"', inn: '7701234567', kpp: '770101001' }
        : { company_name: '', inn: '', kpp: '' }
      : null,
    multi_box_qty: 1,
    optional: { products_with_possible_mandatory_mark: [] },
    order_id: posting.orderId,
    order_number: posting.orderNumber,
    parent_posting_number: '',
    pickup_code_verified_at: null,
    posting_number: posting.postingNumber,
    products: posting.lines.map((line) => {
      const product = world.products[line.productIndex]!
      return {
        imei: [],
        is_blr_traceable: false,
        is_marketplace_buyout: false,
        name: nameOf(product, world.seed),
        offer_id: product.offerId,
        price: money(line.price, 4),
        product_color: product.color ?? '',
        quantity: line.quantity,
        sku: product.sku,
        weight: product.weightGrams / 1000
      }
    }),
    prr_option: '',
    quantum_id: 0,
    require_blr_traceable_attrs: false,
    requirements: {
      products_requiring_change_country: [],
      products_requiring_country: [],
      products_requiring_gtd: [],
      products_requiring_imei: [],
      products_requiring_jw_uin: [],
      products_requiring_mandatory_mark: [],
      products_requiring_rnpt: [],
      products_requiring_weight: []
    },
    shipment_date: deadline(posting.shipmentDateMs),
    shipment_date_without_delay: deadline(posting.shipmentDateMs),
    status: posting.status,
    substatus: posting.substatus,
    tariffication: {
      current_tariff_charge: zero,
      current_tariff_min_charge: zero,
      current_tariff_rate: 0,
      current_tariff_type: '',
      next_tariff_charge: zero,
      next_tariff_min_charge: zero,
      next_tariff_rate: 0,
      next_tariff_starts_at: null,
      next_tariff_type: ''
    },
    tariffication_steps: [],
    tpl_integration_type: posting.isRfbs ? 'non_integrated' : 'ozon',
    tracking_number: posting.trackingNumber,
    volume_weight: round2(weight * 1.2)
  }
}

export function fboPostingJson(posting: FboPosting, world: OzonWorld, withBlocks: Omit<WithBlocks, 'barcodes'>) {
  const warehouse = world.fboWarehouse(posting.warehouseId)!
  const { cancel } = posting
  return {
    additional_data: [],
    analytics_data: withBlocks.analytics_data
      ? {
          city: posting.destination.city,
          client_delivery_date_begin: null,
          client_delivery_date_end: null,
          delivery_type: posting.deliveryType,
          is_legal: posting.isLegal,
          is_premium: posting.isPremium,
          payment_type_group_name: posting.paymentType,
          warehouse_id: warehouse.warehouseId,
          warehouse_name: warehouse.name
        }
      : null,
    cancel_reason_id: cancel?.id ?? 0,
    cancellation: {
      cancel_reason: cancel?.reason ?? '',
      cancellation_initiator: cancel?.initiator ?? '',
      cancellation_type: cancel?.type ?? ''
    },
    created_at: stamp(posting.createdAtMs),
    external_order: { is_external: false, platform_name: '' },
    financial_data: withBlocks.financial_data
      ? {
          cluster_from: warehouse.cluster,
          cluster_to: posting.destination.cluster,
          products: posting.lines.map((line) => financialProduct(line, world))
        }
      : null,
    in_process_at: stamp(posting.inProcessAtMs),
    legal_info: withBlocks.legal_info
      ? posting.isLegal
        ? { company_name: 'ООО "Вектор"', inn: '7701234567', kpp: '770101001' }
        : { company_name: '', inn: '', kpp: '' }
      : null,
    order_id: posting.orderId,
    order_number: posting.orderNumber,
    posting_number: posting.postingNumber,
    products: posting.lines.map((line) => {
      const product = world.products[line.productIndex]!
      return {
        digital_codes: [],
        is_marketplace_buyout: false,
        name: nameOf(product, world.seed),
        offer_id: product.offerId,
        price: money(line.price, 2),
        quantity: line.quantity,
        sku: product.sku
      }
    }),
    status: posting.status,
    substatus: posting.substatus
  }
}
