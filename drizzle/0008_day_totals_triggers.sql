-- The day totals follow every insert, update and delete of an order or a sale, in the same statement's
-- transaction; a re-synced row that changed none of the summed fields leaves them alone.
CREATE TRIGGER `order_day_totals_insert` AFTER INSERT ON `orders` BEGIN
  INSERT INTO `order_day_totals` (`account_id`, `marketplace`, `local_day`, `currency`, `orders`, `cancelled`, `buyer_price_kopecks`)
  VALUES (new.`account_id`, new.`marketplace`, new.`local_day`, new.`currency`, 1, new.`status` = 'cancelled',
    CASE WHEN new.`status` = 'cancelled' THEN 0 ELSE new.`buyer_price_kopecks` END)
  ON CONFLICT (`account_id`, `local_day`, `currency`) DO UPDATE SET
    `orders` = `orders` + 1, `cancelled` = `cancelled` + excluded.`cancelled`,
    `buyer_price_kopecks` = `buyer_price_kopecks` + excluded.`buyer_price_kopecks`;
END;
--> statement-breakpoint
CREATE TRIGGER `order_day_totals_delete` AFTER DELETE ON `orders` BEGIN
  UPDATE `order_day_totals` SET `orders` = `orders` - 1, `cancelled` = `cancelled` - (old.`status` = 'cancelled'),
    `buyer_price_kopecks` = `buyer_price_kopecks` - CASE WHEN old.`status` = 'cancelled' THEN 0 ELSE old.`buyer_price_kopecks` END
  WHERE `account_id` = old.`account_id` AND `local_day` = old.`local_day` AND `currency` = old.`currency`;
END;
--> statement-breakpoint
CREATE TRIGGER `order_day_totals_update` AFTER UPDATE OF `local_day`, `currency`, `status`, `buyer_price_kopecks` ON `orders`
WHEN old.`local_day` IS NOT new.`local_day` OR old.`currency` IS NOT new.`currency` OR old.`status` IS NOT new.`status`
  OR old.`buyer_price_kopecks` IS NOT new.`buyer_price_kopecks` BEGIN
  UPDATE `order_day_totals` SET `orders` = `orders` - 1, `cancelled` = `cancelled` - (old.`status` = 'cancelled'),
    `buyer_price_kopecks` = `buyer_price_kopecks` - CASE WHEN old.`status` = 'cancelled' THEN 0 ELSE old.`buyer_price_kopecks` END
  WHERE `account_id` = old.`account_id` AND `local_day` = old.`local_day` AND `currency` = old.`currency`;
  INSERT INTO `order_day_totals` (`account_id`, `marketplace`, `local_day`, `currency`, `orders`, `cancelled`, `buyer_price_kopecks`)
  VALUES (new.`account_id`, new.`marketplace`, new.`local_day`, new.`currency`, 1, new.`status` = 'cancelled',
    CASE WHEN new.`status` = 'cancelled' THEN 0 ELSE new.`buyer_price_kopecks` END)
  ON CONFLICT (`account_id`, `local_day`, `currency`) DO UPDATE SET
    `orders` = `orders` + 1, `cancelled` = `cancelled` + excluded.`cancelled`,
    `buyer_price_kopecks` = `buyer_price_kopecks` + excluded.`buyer_price_kopecks`;
END;
--> statement-breakpoint
CREATE TRIGGER `sale_day_totals_insert` AFTER INSERT ON `sales` BEGIN
  INSERT INTO `sale_day_totals` (`account_id`, `marketplace`, `local_day`, `currency`, `sales`, `returns`, `payout_kopecks`, `buyer_price_kopecks`)
  VALUES (new.`account_id`, new.`marketplace`, new.`local_day`, new.`currency`, new.`kind` = 'sale', new.`kind` = 'return',
    new.`payout_kopecks`, new.`buyer_price_kopecks`)
  ON CONFLICT (`account_id`, `local_day`, `currency`) DO UPDATE SET
    `sales` = `sales` + excluded.`sales`, `returns` = `returns` + excluded.`returns`,
    `payout_kopecks` = `payout_kopecks` + excluded.`payout_kopecks`,
    `buyer_price_kopecks` = `buyer_price_kopecks` + excluded.`buyer_price_kopecks`;
END;
--> statement-breakpoint
CREATE TRIGGER `sale_day_totals_delete` AFTER DELETE ON `sales` BEGIN
  UPDATE `sale_day_totals` SET `sales` = `sales` - (old.`kind` = 'sale'), `returns` = `returns` - (old.`kind` = 'return'),
    `payout_kopecks` = `payout_kopecks` - old.`payout_kopecks`, `buyer_price_kopecks` = `buyer_price_kopecks` - old.`buyer_price_kopecks`
  WHERE `account_id` = old.`account_id` AND `local_day` = old.`local_day` AND `currency` = old.`currency`;
END;
--> statement-breakpoint
CREATE TRIGGER `sale_day_totals_update` AFTER UPDATE OF `local_day`, `currency`, `kind`, `payout_kopecks`, `buyer_price_kopecks` ON `sales`
WHEN old.`local_day` IS NOT new.`local_day` OR old.`currency` IS NOT new.`currency` OR old.`kind` IS NOT new.`kind`
  OR old.`payout_kopecks` IS NOT new.`payout_kopecks` OR old.`buyer_price_kopecks` IS NOT new.`buyer_price_kopecks` BEGIN
  UPDATE `sale_day_totals` SET `sales` = `sales` - (old.`kind` = 'sale'), `returns` = `returns` - (old.`kind` = 'return'),
    `payout_kopecks` = `payout_kopecks` - old.`payout_kopecks`, `buyer_price_kopecks` = `buyer_price_kopecks` - old.`buyer_price_kopecks`
  WHERE `account_id` = old.`account_id` AND `local_day` = old.`local_day` AND `currency` = old.`currency`;
  INSERT INTO `sale_day_totals` (`account_id`, `marketplace`, `local_day`, `currency`, `sales`, `returns`, `payout_kopecks`, `buyer_price_kopecks`)
  VALUES (new.`account_id`, new.`marketplace`, new.`local_day`, new.`currency`, new.`kind` = 'sale', new.`kind` = 'return',
    new.`payout_kopecks`, new.`buyer_price_kopecks`)
  ON CONFLICT (`account_id`, `local_day`, `currency`) DO UPDATE SET
    `sales` = `sales` + excluded.`sales`, `returns` = `returns` + excluded.`returns`,
    `payout_kopecks` = `payout_kopecks` + excluded.`payout_kopecks`,
    `buyer_price_kopecks` = `buyer_price_kopecks` + excluded.`buyer_price_kopecks`;
END;
--> statement-breakpoint
INSERT INTO `order_day_totals` (`account_id`, `marketplace`, `local_day`, `currency`, `orders`, `cancelled`, `buyer_price_kopecks`)
SELECT `account_id`, MIN(`marketplace`), `local_day`, `currency`, COUNT(*), SUM(`status` = 'cancelled'),
  SUM(CASE WHEN `status` = 'cancelled' THEN 0 ELSE `buyer_price_kopecks` END)
FROM `orders` GROUP BY `account_id`, `local_day`, `currency`;
--> statement-breakpoint
INSERT INTO `sale_day_totals` (`account_id`, `marketplace`, `local_day`, `currency`, `sales`, `returns`, `payout_kopecks`, `buyer_price_kopecks`)
SELECT `account_id`, MIN(`marketplace`), `local_day`, `currency`, SUM(`kind` = 'sale'), SUM(`kind` = 'return'), SUM(`payout_kopecks`), SUM(`buyer_price_kopecks`)
FROM `sales` GROUP BY `account_id`, `local_day`, `currency`;
