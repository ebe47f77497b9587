CREATE TABLE `wb_fbs_orders` (
	`account_id` text NOT NULL,
	`order_id` integer NOT NULL,
	`order_uid` text DEFAULT '' NOT NULL,
	`rid` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`warehouse_id` integer NOT NULL,
	`office_id` integer,
	`nm_id` integer NOT NULL,
	`chrt_id` integer NOT NULL,
	`article` text DEFAULT '' NOT NULL,
	`skus` text DEFAULT '' NOT NULL,
	`price_kopecks` integer NOT NULL,
	`converted_price_kopecks` integer NOT NULL,
	`currency_code` integer NOT NULL,
	`converted_currency_code` integer NOT NULL,
	`cargo_type` integer,
	`delivery_type` text DEFAULT 'fbs' NOT NULL,
	`supply_id` text,
	`supplier_status` text,
	`wb_status` text,
	`search_text` text NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `order_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_fbs_orders_created` ON `wb_fbs_orders` (`account_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `wb_fbs_orders_status` ON `wb_fbs_orders` (`account_id`,`supplier_status`);--> statement-breakpoint
CREATE INDEX `wb_fbs_orders_supply` ON `wb_fbs_orders` (`account_id`,`supply_id`);--> statement-breakpoint
CREATE TABLE `wb_fbs_stocks` (
	`account_id` text NOT NULL,
	`warehouse_id` integer NOT NULL,
	`chrt_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `warehouse_id`, `chrt_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_fbs_stocks_chrt` ON `wb_fbs_stocks` (`account_id`,`chrt_id`);--> statement-breakpoint
CREATE TABLE `wb_fbs_supplies` (
	`account_id` text NOT NULL,
	`supply_id` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`closed_at` text,
	`scan_dt` text,
	`done` integer NOT NULL,
	`cargo_type` integer,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `supply_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_fbs_supplies_created` ON `wb_fbs_supplies` (`account_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `wb_fbw_supplies` (
	`account_id` text NOT NULL,
	`supply_key` text NOT NULL,
	`preorder_id` integer,
	`supply_id` integer,
	`status_id` integer NOT NULL,
	`box_type_id` integer,
	`create_date` text NOT NULL,
	`supply_date` text,
	`fact_date` text,
	`updated_date` text,
	`warehouse_id` integer,
	`warehouse_name` text DEFAULT '' NOT NULL,
	`acceptance_cost_kopecks` integer,
	`goods_quantity` integer,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `supply_key`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_fbw_supplies_created` ON `wb_fbw_supplies` (`account_id`,`create_date`);--> statement-breakpoint
CREATE TABLE `wb_orders` (
	`account_id` text NOT NULL,
	`srid` text NOT NULL,
	`g_number` text DEFAULT '' NOT NULL,
	`date` text NOT NULL,
	`last_change_date` text NOT NULL,
	`warehouse_name` text DEFAULT '' NOT NULL,
	`warehouse_type` text DEFAULT '' NOT NULL,
	`region_name` text DEFAULT '' NOT NULL,
	`supplier_article` text DEFAULT '' NOT NULL,
	`nm_id` integer NOT NULL,
	`barcode` text DEFAULT '' NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`brand` text DEFAULT '' NOT NULL,
	`tech_size` text DEFAULT '' NOT NULL,
	`total_price_kopecks` integer NOT NULL,
	`discount_percent` integer DEFAULT 0 NOT NULL,
	`spp` integer DEFAULT 0 NOT NULL,
	`finished_price_kopecks` integer NOT NULL,
	`price_with_disc_kopecks` integer NOT NULL,
	`is_cancel` integer NOT NULL,
	`cancel_date` text,
	`sticker` text DEFAULT '' NOT NULL,
	`search_text` text NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `srid`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_orders_date` ON `wb_orders` (`date`,`account_id`,`is_cancel`,`finished_price_kopecks`);--> statement-breakpoint
CREATE INDEX `wb_orders_finished_price` ON `wb_orders` (`finished_price_kopecks`);--> statement-breakpoint
CREATE INDEX `wb_orders_warehouse` ON `wb_orders` (`warehouse_name`,`date`);--> statement-breakpoint
CREATE TABLE `wb_product_sizes` (
	`account_id` text NOT NULL,
	`chrt_id` integer NOT NULL,
	`nm_id` integer NOT NULL,
	`tech_size` text NOT NULL,
	`wb_size` text NOT NULL,
	`barcodes` text NOT NULL,
	PRIMARY KEY(`account_id`, `chrt_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_product_sizes_nm` ON `wb_product_sizes` (`account_id`,`nm_id`);--> statement-breakpoint
CREATE TABLE `wb_sales` (
	`account_id` text NOT NULL,
	`sale_id` text NOT NULL,
	`srid` text NOT NULL,
	`g_number` text DEFAULT '' NOT NULL,
	`date` text NOT NULL,
	`last_change_date` text NOT NULL,
	`warehouse_name` text DEFAULT '' NOT NULL,
	`region_name` text DEFAULT '' NOT NULL,
	`supplier_article` text DEFAULT '' NOT NULL,
	`nm_id` integer NOT NULL,
	`barcode` text DEFAULT '' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`brand` text DEFAULT '' NOT NULL,
	`tech_size` text DEFAULT '' NOT NULL,
	`is_return` integer NOT NULL,
	`total_price_kopecks` integer NOT NULL,
	`discount_percent` integer DEFAULT 0 NOT NULL,
	`spp` integer DEFAULT 0 NOT NULL,
	`payment_sale_amount_kopecks` integer DEFAULT 0 NOT NULL,
	`for_pay_kopecks` integer NOT NULL,
	`finished_price_kopecks` integer NOT NULL,
	`price_with_disc_kopecks` integer NOT NULL,
	`search_text` text NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `sale_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_sales_date` ON `wb_sales` (`date`,`account_id`,`is_return`,`for_pay_kopecks`,`finished_price_kopecks`);--> statement-breakpoint
CREATE INDEX `wb_sales_for_pay` ON `wb_sales` (`for_pay_kopecks`);--> statement-breakpoint
CREATE INDEX `wb_sales_srid` ON `wb_sales` (`account_id`,`srid`);--> statement-breakpoint
CREATE TABLE `wb_warehouses` (
	`account_id` text NOT NULL,
	`kind` text NOT NULL,
	`warehouse_id` integer NOT NULL,
	`name` text NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`office_id` integer,
	`cargo_type` integer,
	`delivery_type` integer,
	`is_active` integer DEFAULT true NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `kind`, `warehouse_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `wb_wb_stocks` (
	`account_id` text NOT NULL,
	`warehouse_id` integer NOT NULL,
	`chrt_id` integer NOT NULL,
	`nm_id` integer NOT NULL,
	`warehouse_name` text NOT NULL,
	`region_name` text DEFAULT '' NOT NULL,
	`quantity` integer NOT NULL,
	`in_way_to_client` integer DEFAULT 0 NOT NULL,
	`in_way_from_client` integer DEFAULT 0 NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `warehouse_id`, `chrt_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_wb_stocks_chrt` ON `wb_wb_stocks` (`account_id`,`chrt_id`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `token_expires_at` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `token_categories_json` text;--> statement-breakpoint
ALTER TABLE `accounts` ADD `token_kind` text;--> statement-breakpoint
ALTER TABLE `sync_runs` ADD `rate_limited` integer DEFAULT 0 NOT NULL;