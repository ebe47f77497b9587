DROP TABLE `wb_fbs_stocks`;--> statement-breakpoint
DROP TABLE `wb_orders`;--> statement-breakpoint
DROP TABLE `wb_product_sizes`;--> statement-breakpoint
DROP TABLE `wb_products`;--> statement-breakpoint
DROP TABLE `wb_sales`;--> statement-breakpoint
DROP TABLE `wb_warehouses`;--> statement-breakpoint
DROP TABLE `wb_wb_stocks`;