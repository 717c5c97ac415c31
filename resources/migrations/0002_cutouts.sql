CREATE TABLE `cutouts` (
	`source_sha256` text NOT NULL,
	`model` text NOT NULL,
	`cutout_sha256` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`source_sha256`, `model`),
	FOREIGN KEY (`source_sha256`) REFERENCES `media`(`sha256`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cutout_sha256`) REFERENCES `media`(`sha256`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `cutouts_cutout` ON `cutouts` (`cutout_sha256`);