/** Every table of the mirror, as the migrations create them (checked by migrations.test.ts). */
export const tableNames = [
  'accounts',
  'products',
  'offers',
  'warehouses',
  'stock_levels',
  'orders',
  'sales',
  'order_day_totals',
  'sale_day_totals',
  'wb_product_details',
  'wb_warehouse_details',
  'wb_order_details',
  'wb_sale_details',
  'wb_fbs_orders',
  'wb_fbs_supplies',
  'wb_fbw_supplies',
  'ozon_product_details',
  'ozon_order_details',
  'ozon_sale_details',
  'ozon_analytics_daily',
  'sync_runs',
  'sync_cursors'
] as const
export type TableName = (typeof tableNames)[number]

/** The FTS5 search indexes over the neutral tables; each keeps its own shadow tables beside it. */
export const searchIndexNames = ['products_search', 'orders_search'] as const
