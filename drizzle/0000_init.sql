CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`marketplace` text NOT NULL,
	`name` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_cursors` (
	`account_id` text NOT NULL,
	`resource` text NOT NULL,
	`cursor_json` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `resource`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` text NOT NULL,
	`resource` text NOT NULL,
	`status` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`rows` integer DEFAULT 0 NOT NULL,
	`pages` integer DEFAULT 0 NOT NULL,
	`requests` integer DEFAULT 0 NOT NULL,
	`error_code` text,
	`error_message` text,
	`error_params_json` text,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sync_runs_account_started` ON `sync_runs` (`account_id`,`resource`,"started_at" DESC);--> statement-breakpoint
CREATE TABLE `wb_products` (
	`account_id` text NOT NULL,
	`nm_id` integer NOT NULL,
	`imt_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`subject_name` text NOT NULL,
	`vendor_code` text NOT NULL,
	`brand` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`photos_json` text NOT NULL,
	`characteristics_json` text NOT NULL,
	`sizes_json` text NOT NULL,
	`dimensions_json` text,
	`barcodes` text NOT NULL,
	`search_text` text NOT NULL,
	`title_key` text NOT NULL,
	`wb_created_at` text NOT NULL,
	`wb_updated_at` text NOT NULL,
	`synced_at` text NOT NULL,
	PRIMARY KEY(`account_id`, `nm_id`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wb_products_title_key` ON `wb_products` (`account_id`,`title_key`);--> statement-breakpoint
CREATE INDEX `wb_products_vendor_code` ON `wb_products` (`account_id`,`vendor_code`);--> statement-breakpoint
CREATE INDEX `wb_products_updated` ON `wb_products` (`account_id`,`wb_updated_at`);