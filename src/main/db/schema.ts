import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** A marketplace cabinet. Every mirrored row belongs to one; removing it removes its rows. */
export const accounts = sqliteTable('accounts', {
  id: text('id').primaryKey(),
  marketplace: text('marketplace', { enum: ['wildberries', 'ozon', 'yandex-market'] }).notNull(),
  name: text('name').notNull(),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
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
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    errorParamsJson: text('error_params_json')
  },
  (t) => [index('sync_runs_account_started').on(t.accountId, t.resource, sql`${t.startedAt} DESC`)]
)
