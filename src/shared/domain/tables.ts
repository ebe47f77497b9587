/** Mirror tables the renderer may read through queries; a write names the ones it changed. */
export const tableNames = ['accounts', 'wb_products', 'sync_runs', 'sync_cursors'] as const
export type TableName = (typeof tableNames)[number]
