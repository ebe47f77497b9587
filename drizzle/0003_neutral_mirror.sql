CREATE TABLE `offers` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`marketplace` text NOT NULL,
	`product_external_id` text NOT NULL,
	`size` text DEFAULT '' NOT NULL,
	`marketplace_size` text DEFAULT '' NOT NULL,
	`barcodes` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `offers_product` ON `offers` (`account_id`,`product_external_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`marketplace` text NOT NULL,
	`order_number` text DEFAULT '' NOT NULL,
	`ordered_at` text NOT NULL,
	`local_day` text NOT NULL,
	`updated_at` text NOT NULL,
	`status` text NOT NULL,
	`marketplace_status` text,
	`cancelled_at` text,
	`fulfilment` text NOT NULL,
	`warehouse_name` text DEFAULT '' NOT NULL,
	`region_name` text DEFAULT '' NOT NULL,
	`product_external_id` text NOT NULL,
	`offer_external_id` text,
	`vendor_code` text DEFAULT '' NOT NULL,
	`barcode` text DEFAULT '' NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`brand` text DEFAULT '' NOT NULL,
	`size` text DEFAULT '' NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`price_kopecks` integer NOT NULL,
	`discount_percent` integer DEFAULT 0 NOT NULL,
	`marketplace_discount_percent` integer DEFAULT 0 NOT NULL,
	`seller_price_kopecks` integer NOT NULL,
	`buyer_price_kopecks` integer NOT NULL,
	`currency` text NOT NULL,
	`search_text` text NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `orders_ordered_at` ON `orders` (`ordered_at`,`account_id`,`status`,`currency`,`buyer_price_kopecks`);--> statement-breakpoint
CREATE INDEX `orders_buyer_price` ON `orders` (`buyer_price_kopecks`);--> statement-breakpoint
CREATE INDEX `orders_warehouse` ON `orders` (`warehouse_name`,`ordered_at`);--> statement-breakpoint
CREATE TABLE `products` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`marketplace` text NOT NULL,
	`title` text NOT NULL,
	`vendor_code` text NOT NULL,
	`brand` text DEFAULT '' NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`photos_json` text DEFAULT '[]' NOT NULL,
	`barcodes` text DEFAULT '' NOT NULL,
	`search_text` text NOT NULL,
	`title_key` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `products_title_key` ON `products` (`account_id`,`title_key`);--> statement-breakpoint
CREATE INDEX `products_vendor_code` ON `products` (`account_id`,`vendor_code`);--> statement-breakpoint
CREATE INDEX `products_updated` ON `products` (`account_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `sales` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`marketplace` text NOT NULL,
	`order_external_id` text NOT NULL,
	`order_number` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`sold_at` text NOT NULL,
	`local_day` text NOT NULL,
	`updated_at` text NOT NULL,
	`warehouse_name` text DEFAULT '' NOT NULL,
	`region_name` text DEFAULT '' NOT NULL,
	`product_external_id` text NOT NULL,
	`vendor_code` text DEFAULT '' NOT NULL,
	`barcode` text DEFAULT '' NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`brand` text DEFAULT '' NOT NULL,
	`size` text DEFAULT '' NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`price_kopecks` integer NOT NULL,
	`discount_percent` integer DEFAULT 0 NOT NULL,
	`marketplace_discount_percent` integer DEFAULT 0 NOT NULL,
	`seller_price_kopecks` integer NOT NULL,
	`buyer_price_kopecks` integer NOT NULL,
	`payout_kopecks` integer NOT NULL,
	`currency` text NOT NULL,
	`search_text` text NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sales_sold_at` ON `sales` (`sold_at`,`account_id`,`kind`,`currency`,`payout_kopecks`,`buyer_price_kopecks`);--> statement-breakpoint
CREATE INDEX `sales_payout` ON `sales` (`payout_kopecks`);--> statement-breakpoint
CREATE INDEX `sales_order` ON `sales` (`account_id`,`order_external_id`);--> statement-breakpoint
CREATE TABLE `stock_levels` (
	`account_id` text NOT NULL,
	`warehouse_external_id` text NOT NULL,
	`offer_external_id` text NOT NULL,
	`marketplace` text NOT NULL,
	`held_by` text NOT NULL,
	`warehouse_name` text DEFAULT '' NOT NULL,
	`available` integer NOT NULL,
	`reserved` integer DEFAULT 0 NOT NULL,
	`in_way_to_client` integer DEFAULT 0 NOT NULL,
	`in_way_from_client` integer DEFAULT 0 NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `warehouse_external_id`, `offer_external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stock_levels_offer` ON `stock_levels` (`account_id`,`offer_external_id`);--> statement-breakpoint
CREATE TABLE `warehouses` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`marketplace` text NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`is_active` integer DEFAULT true NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `warehouses_role` ON `warehouses` (`account_id`,`role`);--> statement-breakpoint
CREATE TABLE `wb_order_details` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`warehouse_type` text DEFAULT '' NOT NULL,
	`sticker` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `wb_product_details` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`imt_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`characteristics_json` text NOT NULL,
	`dimensions_json` text,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `wb_sale_details` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`payment_sale_amount_kopecks` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `wb_warehouse_details` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`kind` text NOT NULL,
	`warehouse_id` integer NOT NULL,
	`office_id` integer,
	`cargo_type` integer,
	`delivery_type` integer,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
