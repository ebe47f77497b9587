-- Wildberries rows move onto the marketplace-neutral tables in place, so an upgrade keeps every row and cursor
-- and needs no re-sync. WB's statistics dates are Moscow time without an offset (UTC+3 all year); one that
-- carries a zone is read as written; one that does not parse is kept as sent, as the sync does.
INSERT INTO `products` (`account_id`, `external_id`, `marketplace`, `title`, `vendor_code`, `brand`, `category`, `description`, `photos_json`, `barcodes`, `search_text`, `title_key`, `created_at`, `updated_at`, `synced_at`)
SELECT p.`account_id`, CAST(p.`nm_id` AS TEXT), 'wildberries', p.`title`, p.`vendor_code`, p.`brand`, p.`subject_name`, p.`description`,
  (SELECT json_group_array(json_object(
      'big', COALESCE(json_extract(ph.value, '$.big'), ''),
      'small', COALESCE(json_extract(ph.value, '$.tm'), json_extract(ph.value, '$.c246x328'), json_extract(ph.value, '$.big'), '')
    ) ORDER BY ph.key) FROM json_each(p.`photos_json`) ph),
  p.`barcodes`, p.`search_text`, p.`title_key`, p.`wb_created_at`, p.`wb_updated_at`, p.`synced_at`
FROM `wb_products` p;
--> statement-breakpoint
INSERT INTO `wb_product_details` (`account_id`, `external_id`, `imt_id`, `subject_id`, `characteristics_json`, `dimensions_json`)
SELECT `account_id`, CAST(`nm_id` AS TEXT), `imt_id`, `subject_id`, `characteristics_json`, `dimensions_json` FROM `wb_products`;
--> statement-breakpoint
INSERT INTO `offers` (`account_id`, `external_id`, `marketplace`, `product_external_id`, `size`, `marketplace_size`, `barcodes`)
SELECT `account_id`, CAST(`chrt_id` AS TEXT), 'wildberries', CAST(`nm_id` AS TEXT), `tech_size`, `wb_size`, `barcodes` FROM `wb_product_sizes`;
--> statement-breakpoint
INSERT INTO `warehouses` (`account_id`, `external_id`, `marketplace`, `role`, `name`, `city`, `address`, `is_active`, `synced_at`)
SELECT `account_id`, `kind` || ':' || `warehouse_id`, 'wildberries',
  CASE `kind` WHEN 'seller' THEN 'seller' WHEN 'office' THEN 'pickup' ELSE 'marketplace' END,
  `name`, `city`, `address`, `is_active`, `synced_at`
FROM `wb_warehouses`;
--> statement-breakpoint
INSERT INTO `wb_warehouse_details` (`account_id`, `external_id`, `kind`, `warehouse_id`, `office_id`, `cargo_type`, `delivery_type`)
SELECT `account_id`, `kind` || ':' || `warehouse_id`, `kind`, `warehouse_id`, `office_id`, `cargo_type`, `delivery_type` FROM `wb_warehouses`;
--> statement-breakpoint
INSERT INTO `stock_levels` (`account_id`, `warehouse_external_id`, `offer_external_id`, `marketplace`, `held_by`, `warehouse_name`, `available`, `reserved`, `in_way_to_client`, `in_way_from_client`, `synced_at`)
SELECT `account_id`, 'seller:' || `warehouse_id`, CAST(`chrt_id` AS TEXT), 'wildberries', 'seller', '', `amount`, 0, 0, 0, `synced_at` FROM `wb_fbs_stocks`;
--> statement-breakpoint
INSERT INTO `stock_levels` (`account_id`, `warehouse_external_id`, `offer_external_id`, `marketplace`, `held_by`, `warehouse_name`, `available`, `reserved`, `in_way_to_client`, `in_way_from_client`, `synced_at`)
SELECT `account_id`, 'wb:' || `warehouse_id`, CAST(`chrt_id` AS TEXT), 'wildberries', 'marketplace', `warehouse_name`, `quantity`, 0, `in_way_to_client`, `in_way_from_client`, `synced_at` FROM `wb_wb_stocks`;
--> statement-breakpoint
WITH o AS (
  SELECT *, COALESCE(CASE WHEN `date` GLOB '*Z' OR `date` GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN strftime('%Y-%m-%dT%H:%M:%fZ', `date`) ELSE strftime('%Y-%m-%dT%H:%M:%fZ', `date`, '-3 hours') END, `date`) AS ordered_at, COALESCE(CASE WHEN `last_change_date` GLOB '*Z' OR `last_change_date` GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN strftime('%Y-%m-%dT%H:%M:%fZ', `last_change_date`) ELSE strftime('%Y-%m-%dT%H:%M:%fZ', `last_change_date`, '-3 hours') END, `last_change_date`) AS updated_at, COALESCE(CASE WHEN `cancel_date` GLOB '*Z' OR `cancel_date` GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN strftime('%Y-%m-%dT%H:%M:%fZ', `cancel_date`) ELSE strftime('%Y-%m-%dT%H:%M:%fZ', `cancel_date`, '-3 hours') END, `cancel_date`) AS cancelled_at
  FROM `wb_orders`
)
INSERT INTO `orders` (`account_id`, `external_id`, `marketplace`, `order_number`, `ordered_at`, `local_day`, `updated_at`, `status`, `cancelled_at`, `fulfilment`, `warehouse_name`, `region_name`, `product_external_id`, `offer_external_id`, `vendor_code`, `barcode`, `category`, `brand`, `size`, `quantity`, `price_kopecks`, `discount_percent`, `marketplace_discount_percent`, `seller_price_kopecks`, `buyer_price_kopecks`, `currency`, `search_text`, `synced_at`)
SELECT o.`account_id`, o.`srid`, 'wildberries', o.`g_number`, o.ordered_at,
  COALESCE(date(o.ordered_at, '+3 hours'), substr(o.`date`, 1, 10)), o.updated_at,
  CASE WHEN o.`is_cancel` THEN 'cancelled' ELSE 'placed' END, o.cancelled_at,
  CASE WHEN o.`warehouse_type` = 'Склад продавца' THEN 'seller' ELSE 'marketplace' END,
  o.`warehouse_name`, o.`region_name`, CAST(o.`nm_id` AS TEXT), NULL, o.`supplier_article`, o.`barcode`, o.`subject`, o.`brand`,
  o.`tech_size`, 1, o.`total_price_kopecks`, o.`discount_percent`, o.`spp`, o.`price_with_disc_kopecks`, o.`finished_price_kopecks`,
  'RUB', o.`search_text`, o.`synced_at`
FROM o;
--> statement-breakpoint
INSERT INTO `wb_order_details` (`account_id`, `external_id`, `category`, `warehouse_type`, `sticker`)
SELECT `account_id`, `srid`, `category`, `warehouse_type`, `sticker` FROM `wb_orders`;
--> statement-breakpoint
WITH s AS (
  SELECT *, COALESCE(CASE WHEN `date` GLOB '*Z' OR `date` GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN strftime('%Y-%m-%dT%H:%M:%fZ', `date`) ELSE strftime('%Y-%m-%dT%H:%M:%fZ', `date`, '-3 hours') END, `date`) AS sold_at, COALESCE(CASE WHEN `last_change_date` GLOB '*Z' OR `last_change_date` GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN strftime('%Y-%m-%dT%H:%M:%fZ', `last_change_date`) ELSE strftime('%Y-%m-%dT%H:%M:%fZ', `last_change_date`, '-3 hours') END, `last_change_date`) AS updated_at FROM `wb_sales`
)
INSERT INTO `sales` (`account_id`, `external_id`, `marketplace`, `order_external_id`, `order_number`, `kind`, `sold_at`, `local_day`, `updated_at`, `warehouse_name`, `region_name`, `product_external_id`, `vendor_code`, `barcode`, `category`, `brand`, `size`, `quantity`, `price_kopecks`, `discount_percent`, `marketplace_discount_percent`, `seller_price_kopecks`, `buyer_price_kopecks`, `payout_kopecks`, `currency`, `search_text`, `synced_at`)
SELECT s.`account_id`, s.`sale_id`, 'wildberries', s.`srid`, s.`g_number`, CASE WHEN s.`is_return` THEN 'return' ELSE 'sale' END,
  s.sold_at, COALESCE(date(s.sold_at, '+3 hours'), substr(s.`date`, 1, 10)), s.updated_at,
  s.`warehouse_name`, s.`region_name`, CAST(s.`nm_id` AS TEXT), s.`supplier_article`, s.`barcode`, s.`subject`, s.`brand`, s.`tech_size`, 1,
  s.`total_price_kopecks`, s.`discount_percent`, s.`spp`, s.`price_with_disc_kopecks`, s.`finished_price_kopecks`, s.`for_pay_kopecks`,
  'RUB', s.`search_text`, s.`synced_at`
FROM s;
--> statement-breakpoint
INSERT INTO `wb_sale_details` (`account_id`, `external_id`, `payment_sale_amount_kopecks`)
SELECT `account_id`, `sale_id`, `payment_sale_amount_kopecks` FROM `wb_sales`;
