-- Full-text search over each generation's request and copy. The trigram tokenizer indexes every
-- three-character run, so a Korean word is found inside a compound ("라떼" in "아이스바닐라라떼");
-- shorter terms fall back to LIKE over the same table. FTS rowids come from an explicit INTEGER
-- key table, because the implicit rowid of a text-keyed table may change on VACUUM.
CREATE TABLE `generation_search_keys` (
	`rowid` integer PRIMARY KEY,
	`generation_id` text NOT NULL UNIQUE REFERENCES `generations`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `generations_fts` USING fts5(`body`, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `generations_search_insert` AFTER INSERT ON `generations` BEGIN
	INSERT INTO `generation_search_keys` (`generation_id`) VALUES (new.`id`);
	INSERT INTO `generations_fts` (`rowid`, `body`) VALUES (last_insert_rowid(), new.`input_text` || char(10) || new.`copy_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `generations_search_update` AFTER UPDATE OF `input_text`, `copy_text` ON `generations` BEGIN
	UPDATE `generations_fts` SET `body` = new.`input_text` || char(10) || new.`copy_text`
	WHERE `rowid` = (SELECT `rowid` FROM `generation_search_keys` WHERE `generation_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `generations_search_delete` BEFORE DELETE ON `generations` BEGIN
	DELETE FROM `generations_fts` WHERE `rowid` = (SELECT `rowid` FROM `generation_search_keys` WHERE `generation_id` = old.`id`);
	DELETE FROM `generation_search_keys` WHERE `generation_id` = old.`id`;
END;
