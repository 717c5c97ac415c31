ALTER TABLE `generation_outputs` ADD `poster_sha256` text REFERENCES media(sha256);--> statement-breakpoint
CREATE INDEX `generation_outputs_poster` ON `generation_outputs` (`poster_sha256`);--> statement-breakpoint
ALTER TABLE `shops` ADD `hours` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `shops` ADD `opt_out_number` text DEFAULT '' NOT NULL;