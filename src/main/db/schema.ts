import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

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

/** Wildberries product cards (content-api cards/list), one row per account and nmID. */
export const wbProducts = sqliteTable(
  'wb_products',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    nmId: integer('nm_id').notNull(),
    imtId: integer('imt_id').notNull(),
    subjectId: integer('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    vendorCode: text('vendor_code').notNull(),
    brand: text('brand').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** JSON arrays and objects as WB sends them, validated on the way in. */
    photosJson: text('photos_json').notNull(),
    characteristicsJson: text('characteristics_json').notNull(),
    sizesJson: text('sizes_json').notNull(),
    dimensionsJson: text('dimensions_json'),
    /** Space-separated barcodes of all sizes, for display and search. */
    barcodes: text('barcodes').notNull(),
    /**
     * Title, vendor code, brand, barcodes and nmID folded to lower case in JS: SQLite's lower() only
     * folds ASCII, so Cyrillic search runs against this column.
     */
    searchText: text('search_text').notNull(),
    /** Folded title: sorting by it orders "аб" and "АБ" together. */
    titleKey: text('title_key').notNull(),
    wbCreatedAt: text('wb_created_at').notNull(),
    wbUpdatedAt: text('wb_updated_at').notNull(),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.nmId] }),
    index('wb_products_title_key').on(t.accountId, t.titleKey),
    index('wb_products_vendor_code').on(t.accountId, t.vendorCode),
    index('wb_products_updated').on(t.accountId, t.wbUpdatedAt)
  ]
)

/** Sizes of each card: the chrtIDs that stocks and orders refer to, with their barcodes. */
export const wbProductSizes = sqliteTable(
  'wb_product_sizes',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    chrtId: integer('chrt_id').notNull(),
    nmId: integer('nm_id').notNull(),
    techSize: text('tech_size').notNull(),
    wbSize: text('wb_size').notNull(),
    /** Space-separated. */
    barcodes: text('barcodes').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.chrtId] }), index('wb_product_sizes_nm').on(t.accountId, t.nmId)]
)

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

/** The seller's own warehouses, WB's offices and WB's (FBW) warehouses, per account. */
export const wbWarehouses = sqliteTable(
  'wb_warehouses',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['seller', 'office', 'wb'] }).notNull(),
    warehouseId: integer('warehouse_id').notNull(),
    name: text('name').notNull(),
    city: text('city').notNull().default(''),
    address: text('address').notNull().default(''),
    officeId: integer('office_id'),
    cargoType: integer('cargo_type'),
    deliveryType: integer('delivery_type'),
    isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.kind, t.warehouseId] })]
)

/** FBS stock of one size (chrtID) on one of the seller's warehouses. */
export const wbFbsStocks = sqliteTable(
  'wb_fbs_stocks',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    warehouseId: integer('warehouse_id').notNull(),
    chrtId: integer('chrt_id').notNull(),
    amount: integer('amount').notNull(),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.warehouseId, t.chrtId] }), index('wb_fbs_stocks_chrt').on(t.accountId, t.chrtId)]
)

/** Stock of one size on one WB warehouse (seller-analytics stocks-report). */
export const wbWbStocks = sqliteTable(
  'wb_wb_stocks',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    warehouseId: integer('warehouse_id').notNull(),
    chrtId: integer('chrt_id').notNull(),
    nmId: integer('nm_id').notNull(),
    warehouseName: text('warehouse_name').notNull(),
    regionName: text('region_name').notNull().default(''),
    quantity: integer('quantity').notNull(),
    inWayToClient: integer('in_way_to_client').notNull().default(0),
    inWayFromClient: integer('in_way_from_client').notNull().default(0),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [primaryKey({ columns: [t.accountId, t.warehouseId, t.chrtId] }), index('wb_wb_stocks_chrt').on(t.accountId, t.chrtId)]
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
 * The statistics orders feed (all fulfilment types). Dates are WB's Moscow-time strings without an
 * offset ("2026-11-20T12:34:56"), compared as text; money is integer kopecks.
 */
export const wbOrders = sqliteTable(
  'wb_orders',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    srid: text('srid').notNull(),
    gNumber: text('g_number').notNull().default(''),
    date: text('date').notNull(),
    lastChangeDate: text('last_change_date').notNull(),
    warehouseName: text('warehouse_name').notNull().default(''),
    warehouseType: text('warehouse_type').notNull().default(''),
    regionName: text('region_name').notNull().default(''),
    supplierArticle: text('supplier_article').notNull().default(''),
    nmId: integer('nm_id').notNull(),
    barcode: text('barcode').notNull().default(''),
    category: text('category').notNull().default(''),
    subject: text('subject').notNull().default(''),
    brand: text('brand').notNull().default(''),
    techSize: text('tech_size').notNull().default(''),
    totalPriceKopecks: integer('total_price_kopecks').notNull(),
    discountPercent: integer('discount_percent').notNull().default(0),
    spp: integer('spp').notNull().default(0),
    finishedPriceKopecks: integer('finished_price_kopecks').notNull(),
    priceWithDiscKopecks: integer('price_with_disc_kopecks').notNull(),
    isCancel: integer('is_cancel', { mode: 'boolean' }).notNull(),
    cancelDate: text('cancel_date'),
    sticker: text('sticker').notNull().default(''),
    searchText: text('search_text').notNull(),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.srid] }),
    // Leads with the date so the newest page of a million rows reads in index order, and covers the
    // period totals so they never touch the table.
    index('wb_orders_date').on(t.date, t.accountId, t.isCancel, t.finishedPriceKopecks),
    index('wb_orders_finished_price').on(t.finishedPriceKopecks),
    index('wb_orders_warehouse').on(t.warehouseName, t.date)
  ]
)

/** The statistics sales feed: sales ("S…") and returns ("R…", negative amounts). Money in kopecks. */
export const wbSales = sqliteTable(
  'wb_sales',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    saleId: text('sale_id').notNull(),
    srid: text('srid').notNull(),
    gNumber: text('g_number').notNull().default(''),
    date: text('date').notNull(),
    lastChangeDate: text('last_change_date').notNull(),
    warehouseName: text('warehouse_name').notNull().default(''),
    regionName: text('region_name').notNull().default(''),
    supplierArticle: text('supplier_article').notNull().default(''),
    nmId: integer('nm_id').notNull(),
    barcode: text('barcode').notNull().default(''),
    subject: text('subject').notNull().default(''),
    brand: text('brand').notNull().default(''),
    techSize: text('tech_size').notNull().default(''),
    isReturn: integer('is_return', { mode: 'boolean' }).notNull(),
    totalPriceKopecks: integer('total_price_kopecks').notNull(),
    discountPercent: integer('discount_percent').notNull().default(0),
    spp: integer('spp').notNull().default(0),
    paymentSaleAmountKopecks: integer('payment_sale_amount_kopecks').notNull().default(0),
    forPayKopecks: integer('for_pay_kopecks').notNull(),
    finishedPriceKopecks: integer('finished_price_kopecks').notNull(),
    priceWithDiscKopecks: integer('price_with_disc_kopecks').notNull(),
    searchText: text('search_text').notNull(),
    syncedAt: text('synced_at').notNull()
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.saleId] }),
    index('wb_sales_date').on(t.date, t.accountId, t.isReturn, t.forPayKopecks, t.finishedPriceKopecks),
    index('wb_sales_for_pay').on(t.forPayKopecks),
    index('wb_sales_srid').on(t.accountId, t.srid)
  ]
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
