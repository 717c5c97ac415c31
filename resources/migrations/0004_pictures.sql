ALTER TABLE `cutouts` ADD `quality` text;--> statement-breakpoint
ALTER TABLE `shops` ADD `typeface` text;