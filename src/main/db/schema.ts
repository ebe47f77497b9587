import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { orderStatuses } from '../../shared/domain/orders'

/** A marketplace cabinet. Every mirrored row belongs to one; removing it removes its rows. */
export const accounts = sqliteTable('accounts', {
  id: text('id').primaryKey(),
  marketplace: text('marketplace', { enum: ['wildberries', 'ozon', 'yandex-market'] }).notNull(),
  name: text('name').notNull(),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  /** The cabinet's account fields its marketplace declares not secret (e.g. a business ID), as a JSON object. */
  fieldsJson: text('fields_json').notNull().default('{}'),
  /** What the token says of itself (not secret): expiry, granted categories, token type. */
  tokenExpiresAt: text('token_expires_at'),
  tokenCategoriesJson: text('token_categories_json'),
  tokenKind: text('token_kind'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull()
})

/** Where each (account, resource) sync stopped; written in the same transaction as the page it follows. */
export const syncCursors = sqliteTable(
  'sync_cursors',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    resource: text('resource').notNull(),
    cursorJson: text('cursor_json').notNull(),
    updatedAt: text('updated_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.resource] })]
)

/** One row per sync run of a resource: when, how much, how it ended. */
export const syncRuns = sqliteTable(
  'sync_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    resource: text('resource').notNull(),
    status: text('status', { enum: ['running', 'succeeded', 'failed', 'cancelled', 'interrupted'] }).notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    rows: integer('rows').notNull().default(0),
    pages: integer('pages').notNull().default(0),
    requests: integer('requests').notNull().default(0),
    /** 429/420 answers this run got and waited out. */
    rateLimited: integer('rate_limited').notNull().default(0),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    errorParamsJson: text('error_params_json')
  },
  (t) => [index('sync_runs_account_started').on(t.accountId, t.resource, sql`${t.startedAt} DESC`)]
)

/** FBS assembly tasks (marketplace-api orders) with their latest statuses. Prices are integer kopecks. */
export const wbFbsOrders = sqliteTable(
  'wb_fbs_orders',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    orderId: integer('order_id').notNull(),
    orderUid: text('order_uid').notNull().default(''),
    rid: text('rid').notNull().default(''),
    /** ISO 8601 UTC. */
    createdAt: text('created_at').notNull(),
    warehouseId: integer('warehouse_id').notNull(),
    officeId: integer('office_id'),
    nmId: integer('nm_id').notNull(),
    chrtId: integer('chrt_id').notNull(),
    article: text('article').notNull().default(''),
    /** Space-separated barcodes. */
    skus: text('skus').notNull().default(''),
    priceKopecks: integer('price_kopecks').notNull(),
    convertedPriceKopecks: integer('converted_price_kopecks').notNull(),
    currencyCode: integer('currency_code').notNull(),
    convertedCurrencyCode: integer('converted_currency_code').notNull(),
    cargoType: integer('cargo_type'),
    deliveryType: text('delivery_type').notNull().default('fbs'),
    supplyId: text('supply_id'),
    supplierStatus: text('supplier_status'),
    wbStatus: text('wb_status'),
    searchText: text('search_text').notNull(),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.orderId] }),
    index('wb_fbs_orders_created').on(t.accountId, t.createdAt),
    index('wb_fbs_orders_status').on(t.accountId, t.supplierStatus),
    index('wb_fbs_orders_supply').on(t.accountId, t.supplyId)
  ]
)

/** FBS supplies the seller assembles orders into. */
export const wbFbsSupplies = sqliteTable(
  'wb_fbs_supplies',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    supplyId: text('supply_id').notNull(),
    name: text('name').notNull().default(''),
    createdAt: text('created_at').notNull(),
    closedAt: text('closed_at'),
    scanDt: text('scan_dt'),
    done: integer('done', { mode: 'boolean' }).notNull(),
    cargoType: integer('cargo_type'),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.supplyId] }), index('wb_fbs_supplies_created').on(t.accountId, t.createdAt)]
)

/**
 * FBW supplies to WB warehouses (supplies-api). Key: 'p<preorderID>' (stable when WB later assigns a supplyID),
 * or 's<supplyID>' for virtual supplies, which have no preorder.
 */
export const wbFbwSupplies = sqliteTable(
  'wb_fbw_supplies',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    supplyKey: text('supply_key').notNull(),
    preorderId: integer('preorder_id'),
    supplyId: integer('supply_id'),
    statusId: integer('status_id').notNull(),
    boxTypeId: integer('box_type_id'),
    createDate: text('create_date').notNull(),
    supplyDate: text('supply_date'),
    factDate: text('fact_date'),
    updatedDate: text('updated_date'),
    warehouseId: integer('warehouse_id'),
    warehouseName: text('warehouse_name').notNull().default(''),
    /** Acceptance cost in kopecks, when WB has set one. */
    acceptanceCostKopecks: integer('acceptance_cost_kopecks'),
    goodsQuantity: integer('goods_quantity'),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.supplyKey] }), index('wb_fbw_supplies_created').on(t.accountId, t.createDate)]
)

// The marketplace-neutral mirror: what the screens list, one shape for every marketplace. Rows are keyed by
// (account_id, external_id): the marketplace's own id as text. Money is integer kopecks with its ISO 4217
// currency; instants are UTC ISO 8601; `local_day` is the marketplace's own calendar day, which cuts its reports.

const marketplaceColumn = () => text('marketplace', { enum: ['wildberries', 'ozon', 'yandex-market'] }).notNull()
const accountColumn = () =>
  text('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' })

/** A product card: WB's nmID, Ozon's product_id, Yandex Market's offer card. */
export const products = sqliteTable(
  'products',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    marketplace: marketplaceColumn(),
    title: text('title').notNull(),
    vendorCode: text('vendor_code').notNull(),
    brand: text('brand').notNull().default(''),
    category: text('category').notNull().default(''),
    description: text('description').notNull().default(''),
    /** [{ big, small }] links, first is the main photo. */
    photosJson: text('photos_json').notNull().default('[]'),
    /** Space-separated barcodes of all its offers. */
    barcodes: text('barcodes').notNull().default(''),
    /** Title, vendor code, brand, barcodes and ids folded to lower case in JS (SQLite's lower() folds ASCII only). */
    searchText: text('search_text').notNull(),
    /** Folded title: sorting by it orders "аб" and "АБ" together. */
    titleKey: text('title_key').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.externalId] }),
    index('products_title_key').on(t.accountId, t.titleKey),
    index('products_vendor_code').on(t.accountId, t.vendorCode),
    index('products_updated').on(t.accountId, t.updatedAt)
  ]
)

/** A product's sellable unit, the one stocks and orders refer to: WB's size (chrtID), Ozon's offer, YM's offer. */
export const offers = sqliteTable(
  'offers',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    marketplace: marketplaceColumn(),
    productExternalId: text('product_external_id').notNull(),
    /** The seller's size ("42", "XL"); empty where the offer has none. */
    size: text('size').notNull().default(''),
    /** The size as the marketplace shows it to buyers, where it differs. */
    marketplaceSize: text('marketplace_size').notNull().default(''),
    /** Space-separated. */
    barcodes: text('barcodes').notNull().default('')
  },
  (t) => [primaryKey({ columns: [t.accountId, t.externalId] }), index('offers_product').on(t.accountId, t.productExternalId)]
)

/** The seller's warehouses, the marketplace's fulfilment warehouses and its pickup offices. */
export const warehouses = sqliteTable(
  'warehouses',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    marketplace: marketplaceColumn(),
    role: text('role', { enum: ['seller', 'marketplace', 'pickup'] }).notNull(),
    name: text('name').notNull(),
    city: text('city').notNull().default(''),
    address: text('address').notNull().default(''),
    isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.externalId] }), index('warehouses_role').on(t.accountId, t.role)]
)

/** One offer's stock on one warehouse: the seller's own (FBS, rFBS) or the marketplace's (FBW, FBO). */
export const stockLevels = sqliteTable(
  'stock_levels',
  {
    accountId: accountColumn(),
    warehouseExternalId: text('warehouse_external_id').notNull(),
    offerExternalId: text('offer_external_id').notNull(),
    marketplace: marketplaceColumn(),
    heldBy: text('held_by', { enum: ['seller', 'marketplace'] }).notNull(),
    /** The warehouse's name as the stock report gave it: a marketplace warehouse may be missing from its list. */
    warehouseName: text('warehouse_name').notNull().default(''),
    available: integer('available').notNull(),
    reserved: integer('reserved').notNull().default(0),
    inWayToClient: integer('in_way_to_client').notNull().default(0),
    inWayFromClient: integer('in_way_from_client').notNull().default(0),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.warehouseExternalId, t.offerExternalId] }),
    index('stock_levels_offer').on(t.accountId, t.offerExternalId)
  ]
)

/** An order line, every fulfilment type. */
export const orders = sqliteTable(
  'orders',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    marketplace: marketplaceColumn(),
    /** The number the buyer and the cabinet show (WB's gNumber, Ozon's posting number). */
    orderNumber: text('order_number').notNull().default(''),
    orderedAt: text('ordered_at').notNull(),
    localDay: text('local_day').notNull(),
    updatedAt: text('updated_at').notNull(),
    /** Where the order is, in the same words for every marketplace; 'placed' when the marketplace says no more. */
    status: text('status', { enum: orderStatuses }).notNull(),
    /** The marketplace's own status, as it sent it (Ozon's posting status, YM's status/substatus). */
    marketplaceStatus: text('marketplace_status'),
    cancelledAt: text('cancelled_at'),
    fulfilment: text('fulfilment', { enum: ['seller', 'marketplace'] }).notNull(),
    warehouseName: text('warehouse_name').notNull().default(''),
    regionName: text('region_name').notNull().default(''),
    productExternalId: text('product_external_id').notNull(),
    offerExternalId: text('offer_external_id'),
    vendorCode: text('vendor_code').notNull().default(''),
    barcode: text('barcode').notNull().default(''),
    category: text('category').notNull().default(''),
    brand: text('brand').notNull().default(''),
    size: text('size').notNull().default(''),
    quantity: integer('quantity').notNull().default(1),
    /** The seller's price before any discount. */
    priceKopecks: integer('price_kopecks').notNull(),
    discountPercent: integer('discount_percent').notNull().default(0),
    /** The marketplace's own discount to the buyer (WB's SPP), on top of the seller's. */
    marketplaceDiscountPercent: integer('marketplace_discount_percent').notNull().default(0),
    /** The seller's price after the seller's discount. */
    sellerPriceKopecks: integer('seller_price_kopecks').notNull(),
    /** What the buyer paid. */
    buyerPriceKopecks: integer('buyer_price_kopecks').notNull(),
    currency: text('currency').notNull(),
    searchText: text('search_text').notNull(),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.externalId] }),
    // Leads with the instant so the newest page of a million rows reads in index order, and covers the
    // period totals so they never touch the table.
    index('orders_ordered_at').on(t.orderedAt, t.accountId, t.status, t.currency, t.buyerPriceKopecks),
    index('orders_buyer_price').on(t.buyerPriceKopecks),
    index('orders_warehouse').on(t.warehouseName, t.orderedAt)
  ]
)

/** Sales and returns (negative amounts), with what the marketplace pays the seller. */
export const sales = sqliteTable(
  'sales',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    marketplace: marketplaceColumn(),
    orderExternalId: text('order_external_id').notNull(),
    orderNumber: text('order_number').notNull().default(''),
    kind: text('kind', { enum: ['sale', 'return'] }).notNull(),
    soldAt: text('sold_at').notNull(),
    localDay: text('local_day').notNull(),
    updatedAt: text('updated_at').notNull(),
    warehouseName: text('warehouse_name').notNull().default(''),
    regionName: text('region_name').notNull().default(''),
    productExternalId: text('product_external_id').notNull(),
    vendorCode: text('vendor_code').notNull().default(''),
    barcode: text('barcode').notNull().default(''),
    category: text('category').notNull().default(''),
    brand: text('brand').notNull().default(''),
    size: text('size').notNull().default(''),
    quantity: integer('quantity').notNull().default(1),
    priceKopecks: integer('price_kopecks').notNull(),
    discountPercent: integer('discount_percent').notNull().default(0),
    marketplaceDiscountPercent: integer('marketplace_discount_percent').notNull().default(0),
    sellerPriceKopecks: integer('seller_price_kopecks').notNull(),
    buyerPriceKopecks: integer('buyer_price_kopecks').notNull(),
    /** What the marketplace pays the seller for it; negative for a return. */
    payoutKopecks: integer('payout_kopecks').notNull(),
    currency: text('currency').notNull(),
    searchText: text('search_text').notNull(),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.externalId] }),
    index('sales_sold_at').on(t.soldAt, t.accountId, t.kind, t.currency, t.payoutKopecks, t.buyerPriceKopecks),
    index('sales_payout').on(t.payoutKopecks),
    index('sales_order').on(t.accountId, t.orderExternalId)
  ]
)

// Wildberries' own fields of the neutral rows, keyed the same way; the detail panel's WB section reads them.

export const wbProductDetails = sqliteTable(
  'wb_product_details',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    imtId: integer('imt_id').notNull(),
    subjectId: integer('subject_id').notNull(),
    characteristicsJson: text('characteristics_json').notNull(),
    dimensionsJson: text('dimensions_json')
  },
  (t) => [primaryKey({ columns: [t.accountId, t.externalId] })]
)

export const wbWarehouseDetails = sqliteTable(
  'wb_warehouse_details',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    kind: text('kind', { enum: ['seller', 'office', 'wb'] }).notNull(),
    warehouseId: integer('warehouse_id').notNull(),
    officeId: integer('office_id'),
    cargoType: integer('cargo_type'),
    deliveryType: integer('delivery_type')
  },
  (t) => [primaryKey({ columns: [t.accountId, t.externalId] })]
)

export const wbOrderDetails = sqliteTable(
  'wb_order_details',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    /** WB's top-level category; `orders.category` holds the subject. */
    category: text('category').notNull().default(''),
    warehouseType: text('warehouse_type').notNull().default(''),
    sticker: text('sticker').notNull().default('')
  },
  (t) => [primaryKey({ columns: [t.accountId, t.externalId] })]
)

export const wbSaleDetails = sqliteTable(
  'wb_sale_details',
  {
    accountId: accountColumn(),
    externalId: text('external_id').notNull(),
    /** WB's paymentSaleAmount: paid with WB's wallet and discounts. */
    paymentSaleAmountKopecks: integer('payment_sale_amount_kopecks').notNull().default(0)
  },
  (t) => [primaryKey({ columns: [t.accountId, t.externalId] })]
)

// Per-day sums of the orders and sales, kept by triggers in the same transaction as the rows: a list's totals for
// a period (or all time) add up a few hundred days instead of reading a million rows.

export const orderDayTotals = sqliteTable(
  'order_day_totals',
  {
    accountId: accountColumn(),
    marketplace: marketplaceColumn(),
    localDay: text('local_day').notNull(),
    currency: text('currency').notNull(),
    orders: integer('orders').notNull(),
    cancelled: integer('cancelled').notNull(),
    /** What buyers paid for the day's orders that were not cancelled. */
    buyerPriceKopecks: integer('buyer_price_kopecks').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.localDay, t.currency] })]
)

export const saleDayTotals = sqliteTable(
  'sale_day_totals',
  {
    accountId: accountColumn(),
    marketplace: marketplaceColumn(),
    localDay: text('local_day').notNull(),
    currency: text('currency').notNull(),
    sales: integer('sales').notNull(),
    returns: integer('returns').notNull(),
    payoutKopecks: integer('payout_kopecks').notNull(),
    buyerPriceKopecks: integer('buyer_price_kopecks').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.localDay, t.currency] })]
)

// Ozon's own fields of the neutral rows, keyed the same way; the detail panel's Ozon section reads them.

export const ozonProductDetails = sqliteTable(
  'ozon_product_details',
  {
    accountId: accountColumn(),
    /** Ozon's product_id. */
    externalId: text('external_id').notNull(),
    /** Null until moderation gives the product one; finance operations name products by it alone. */
    sku: integer('sku'),
    status: text('status').notNull().default(''),
    statusName: text('status_name').notNull().default(''),
    moderateStatus: text('moderate_status').notNull().default(''),
    validationStatus: text('validation_status').notNull().default(''),
    /** Kopecks in currency_code; null where Ozon sends no price. */
    priceKopecks: integer('price_kopecks'),
    oldPriceKopecks: integer('old_price_kopecks'),
    minPriceKopecks: integer('min_price_kopecks'),
    currencyCode: text('currency_code').notNull().default(''),
    isArchived: integer('is_archived', { mode: 'boolean' }).notNull().default(false),
    isAutoarchived: integer('is_autoarchived', { mode: 'boolean' }).notNull().default(false),
    descriptionCategoryId: integer('description_category_id'),
    typeId: integer('type_id'),
    /** Ozon's creation and validation errors of the product, [{ code, level, field, attributeId, message }]. */
    errorsJson: text('errors_json').notNull().default('[]')
  },
  (t) => [primaryKey({ columns: [t.accountId, t.externalId] }), index('ozon_product_details_sku').on(t.accountId, t.sku)]
)

export const ozonOrderDetails = sqliteTable(
  'ozon_order_details',
  {
    accountId: accountColumn(),
    /** `${posting_number}:${sku}`, as the neutral order line. */
    externalId: text('external_id').notNull(),
    postingNumber: text('posting_number').notNull(),
    /** The buyer's order the posting was split from. */
    orderId: integer('order_id'),
    orderNumber: text('order_number').notNull().default(''),
    /** Which of Ozon's lists the posting came from. */
    scheme: text('scheme', { enum: ['fbs', 'fbo'] }).notNull(),
    substatus: text('substatus').notNull().default(''),
    /** The packaging deadline (FBS), UTC. */
    shipmentDate: text('shipment_date'),
    deliverySchema: text('delivery_schema').notNull().default(''),
    warehouseId: integer('warehouse_id'),
    cancelReason: text('cancel_reason').notNull().default(''),
    cancellationInitiator: text('cancellation_initiator').notNull().default('')
  },
  (t) => [primaryKey({ columns: [t.accountId, t.externalId] }), index('ozon_order_details_posting').on(t.accountId, t.postingNumber)]
)

/**
 * Every Ozon finance operation (/v3/finance/transaction/list), keyed by operation_id: the charges of a sale or a
 * return beside its neutral sales rows, and the commissions, logistics and services that are no sale at all.
 */
export const ozonSaleDetails = sqliteTable(
  'ozon_sale_details',
  {
    accountId: accountColumn(),
    /** Ozon's operation_id; a sales row is this id, or this id and `:sku` for an operation of several SKUs. */
    externalId: text('external_id').notNull(),
    operationType: text('operation_type').notNull(),
    operationTypeName: text('operation_type_name').notNull().default(''),
    /** orders, returns, services, compensation, transferDelivery, other. */
    transactionType: text('transaction_type').notNull().default(''),
    operatedAt: text('operated_at').notNull(),
    /** Empty for an operation of no posting (promotion, storage, a subscription). */
    postingNumber: text('posting_number').notNull().default(''),
    deliverySchema: text('delivery_schema').notNull().default(''),
    /** Kopecks in currency, with Ozon's signs: a charge is negative. */
    accrualsForSaleKopecks: integer('accruals_for_sale_kopecks').notNull(),
    saleCommissionKopecks: integer('sale_commission_kopecks').notNull(),
    deliveryChargeKopecks: integer('delivery_charge_kopecks').notNull(),
    returnDeliveryChargeKopecks: integer('return_delivery_charge_kopecks').notNull(),
    amountKopecks: integer('amount_kopecks').notNull(),
    currency: text('currency').notNull(),
    /** [{ name, kopecks }]: the services the operation charged. */
    servicesJson: text('services_json').notNull().default('[]')
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.externalId] }),
    index('ozon_sale_details_posting').on(t.accountId, t.postingNumber),
    index('ozon_sale_details_operated_at').on(t.accountId, t.operatedAt)
  ]
)

/**
 * Ozon's analytics (/v1/analytics/data) per SKU and Moscow day: what was ordered, cancelled and returned. Returns
 * and cancellations are Premium metrics: null where the seller's subscription does not give them.
 */
export const ozonAnalyticsDaily = sqliteTable(
  'ozon_analytics_daily',
  {
    accountId: accountColumn(),
    sku: integer('sku').notNull(),
    day: text('day').notNull(),
    /** Ordered amount, kopecks in currency. */
    revenueKopecks: integer('revenue_kopecks').notNull(),
    currency: text('currency').notNull(),
    orderedUnits: integer('ordered_units').notNull(),
    cancelledUnits: integer('cancelled_units'),
    returnedUnits: integer('returned_units'),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.sku, t.day] }), index('ozon_analytics_daily_day').on(t.accountId, t.day)]
)
