/** Every table of the mirror, as the migrations create them (checked by migrations.test.ts). */
export const tableNames = [
  'accounts',
  'wb_products',
  'wb_product_sizes',
  'wb_warehouses',
  'wb_fbs_stocks',
  'wb_wb_stocks',
  'wb_fbs_orders',
  'wb_fbs_supplies',
  'wb_orders',
  'wb_sales',
  'wb_fbw_supplies',
  'sync_runs',
  'sync_cursors'
] as const
export type TableName = (typeof tableNames)[number]
