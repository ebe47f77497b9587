CREATE TABLE `ozon_analytics_daily` (
	`account_id` text NOT NULL,
	`sku` integer NOT NULL,
	`day` text NOT NULL,
	`revenue_kopecks` integer NOT NULL,
	`currency` text NOT NULL,
	`ordered_units` integer NOT NULL,
	`cancelled_units` integer,
	`returned_units` integer,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `sku`, `day`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ozon_analytics_daily_day` ON `ozon_analytics_daily` (`account_id`,`day`);--> statement-breakpoint
CREATE TABLE `ozon_sale_details` (
	`account_id` text NOT NULL,
	`external_id` text NOT NULL,
	`operation_type` text NOT NULL,
	`operation_type_name` text DEFAULT '' NOT NULL,
	`transaction_type` text DEFAULT '' NOT NULL,
	`operated_at` text NOT NULL,
	`posting_number` text DEFAULT '' NOT NULL,
	`delivery_schema` text DEFAULT '' NOT NULL,
	`accruals_for_sale_kopecks` integer NOT NULL,
	`sale_commission_kopecks` integer NOT NULL,
	`delivery_charge_kopecks` integer NOT NULL,
	`return_delivery_charge_kopecks` integer NOT NULL,
	`amount_kopecks` integer NOT NULL,
	`currency` text NOT NULL,
	`services_json` text DEFAULT '[]' NOT NULL,
	PRIMARY KEY(`account_id`, `external_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ozon_sale_details_posting` ON `ozon_sale_details` (`account_id`,`posting_number`);--> statement-breakpoint
CREATE INDEX `ozon_sale_details_operated_at` ON `ozon_sale_details` (`account_id`,`operated_at`);