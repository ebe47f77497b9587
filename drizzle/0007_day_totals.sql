CREATE TABLE `order_day_totals` (
	`account_id` text NOT NULL,
	`marketplace` text NOT NULL,
	`local_day` text NOT NULL,
	`currency` text NOT NULL,
	`orders` integer NOT NULL,
	`cancelled` integer NOT NULL,
	`buyer_price_kopecks` integer NOT NULL,
	PRIMARY KEY(`account_id`, `local_day`, `currency`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sale_day_totals` (
	`account_id` text NOT NULL,
	`marketplace` text NOT NULL,
	`local_day` text NOT NULL,
	`currency` text NOT NULL,
	`sales` integer NOT NULL,
	`returns` integer NOT NULL,
	`payout_kopecks` integer NOT NULL,
	`buyer_price_kopecks` integer NOT NULL,
	PRIMARY KEY(`account_id`, `local_day`, `currency`),
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
