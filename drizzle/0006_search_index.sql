-- Search: FTS5 trigram indexes over the folded search_text (title, vendor code, barcodes, marketplace ids), so any
-- part of a word of three characters or more is found through the index instead of a scan of every row. They
-- index the tables' own text (external content): nothing is stored twice.
CREATE VIRTUAL TABLE `products_search` USING fts5(`search_text`, content='products', content_rowid='rowid', tokenize='trigram', detail='none');
--> statement-breakpoint
CREATE TRIGGER `products_search_insert` AFTER INSERT ON `products` BEGIN
  INSERT INTO `products_search` (rowid, `search_text`) VALUES (new.rowid, new.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `products_search_delete` AFTER DELETE ON `products` BEGIN
  INSERT INTO `products_search` (`products_search`, rowid, `search_text`) VALUES ('delete', old.rowid, old.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `products_search_update` AFTER UPDATE OF `search_text` ON `products` WHEN old.`search_text` <> new.`search_text` BEGIN
  INSERT INTO `products_search` (`products_search`, rowid, `search_text`) VALUES ('delete', old.rowid, old.`search_text`);
  INSERT INTO `products_search` (rowid, `search_text`) VALUES (new.rowid, new.`search_text`);
END;
--> statement-breakpoint
INSERT INTO `products_search` (`products_search`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `orders_search` USING fts5(`search_text`, content='orders', content_rowid='rowid', tokenize='trigram', detail='none');
--> statement-breakpoint
CREATE TRIGGER `orders_search_insert` AFTER INSERT ON `orders` BEGIN
  INSERT INTO `orders_search` (rowid, `search_text`) VALUES (new.rowid, new.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `orders_search_delete` AFTER DELETE ON `orders` BEGIN
  INSERT INTO `orders_search` (`orders_search`, rowid, `search_text`) VALUES ('delete', old.rowid, old.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `orders_search_update` AFTER UPDATE OF `search_text` ON `orders` WHEN old.`search_text` <> new.`search_text` BEGIN
  INSERT INTO `orders_search` (`orders_search`, rowid, `search_text`) VALUES ('delete', old.rowid, old.`search_text`);
  INSERT INTO `orders_search` (rowid, `search_text`) VALUES (new.rowid, new.`search_text`);
END;
--> statement-breakpoint
INSERT INTO `orders_search` (`orders_search`) VALUES ('rebuild');
