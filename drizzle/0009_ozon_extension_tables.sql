CREATE TABLE `ozon_order_details` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`posting_number` text NOT NULL,
	`order_id` integer,
	`order_number` text DEFAULT '' NOT NULL,
	`scheme` text NOT NULL,
	`substatus` text DEFAULT '' NOT NULL,
	`shipment_date` text,
	`delivery_schema` text DEFAULT '' NOT NULL,
	`warehouse_id` integer,
	`cancel_reason` text DEFAULT '' NOT NULL,
	`cancellation_initiator` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ozon_order_details_posting` ON `ozon_order_details` (`account_id`,`posting_number`);--> statement-breakpoint
CREATE TABLE `ozon_product_details` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`sku` integer,
	`status` text DEFAULT '' NOT NULL,
	`status_name` text DEFAULT '' NOT NULL,
	`moderate_status` text DEFAULT '' NOT NULL,
	`validation_status` text DEFAULT '' NOT NULL,
	`price_kopecks` integer,
	`old_price_kopecks` integer,
	`min_price_kopecks` integer,
	`currency_code` text DEFAULT '' NOT NULL,
	`is_archived` integer DEFAULT false NOT NULL,
	`is_autoarchived` integer DEFAULT false NOT NULL,
	`description_category_id` integer,
	`type_id` integer,
	`errors_json` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ozon_product_details_sku` ON `ozon_product_details` (`account_id`,`sku`);