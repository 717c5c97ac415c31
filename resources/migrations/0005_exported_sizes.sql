CREATE TABLE `generation_exports` (
	`generation_id` text NOT NULL,
	`format` text NOT NULL,
	`exported_at` integer NOT NULL,
	PRIMARY KEY(`generation_id`, `format`),
	FOREIGN KEY (`generation_id`) REFERENCES `generations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `generation_exports_format` ON `generation_exports` (`format`,`generation_id`);