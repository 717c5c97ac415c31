CREATE TABLE `generation_inputs` (
	`generation_id` text NOT NULL,
	`position` integer NOT NULL,
	`sha256` text NOT NULL,
	PRIMARY KEY(`generation_id`, `position`),
	FOREIGN KEY (`generation_id`) REFERENCES `generations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `media`(`sha256`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `generation_inputs_media` ON `generation_inputs` (`sha256`);--> statement-breakpoint
CREATE TABLE `generation_outputs` (
	`id` text PRIMARY KEY NOT NULL,
	`generation_id` text NOT NULL,
	`variant_index` integer NOT NULL,
	`format` text NOT NULL,
	`sha256` text NOT NULL,
	FOREIGN KEY (`generation_id`) REFERENCES `generations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `media`(`sha256`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `generation_outputs_variant` ON `generation_outputs` (`generation_id`,`variant_index`,`format`);--> statement-breakpoint
CREATE INDEX `generation_outputs_format` ON `generation_outputs` (`format`,`generation_id`);--> statement-breakpoint
CREATE INDEX `generation_outputs_media` ON `generation_outputs` (`sha256`);--> statement-breakpoint
CREATE TABLE `generations` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`shop_id` text NOT NULL,
	`message_id` text,
	`kind` text NOT NULL,
	`input_text` text NOT NULL,
	`output_copy` text,
	`copy_text` text DEFAULT '' NOT NULL,
	`image_prompt` text,
	`method` text,
	`style` text,
	`industry` text,
	`seed` integer,
	`aspect_ratio` text,
	`width` integer,
	`height` integer,
	`steps` integer,
	`model_ids` text DEFAULT '[]' NOT NULL,
	`timings` text DEFAULT '{}' NOT NULL,
	`score` real,
	`parent_id` text,
	`created_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `generations_created` ON `generations` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `generations_shop_created` ON `generations` (`shop_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `generations_kind_created` ON `generations` (`kind`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `generations_style_created` ON `generations` (`style`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `generations_session_created` ON `generations` (`session_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `generations_parent` ON `generations` (`parent_id`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`percent` real DEFAULT 0 NOT NULL,
	`stage_message` text DEFAULT '' NOT NULL,
	`error_code` text,
	`error_message` text,
	`request_json` text NOT NULL,
	`result_json` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `jobs_status` ON `jobs` (`status`);--> statement-breakpoint
CREATE INDEX `jobs_session` ON `jobs` (`session_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `media` (
	`sha256` text PRIMARY KEY NOT NULL,
	`ext` text NOT NULL,
	`mime` text NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `message_attachments` (
	`message_id` text NOT NULL,
	`position` integer NOT NULL,
	`sha256` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`message_id`, `position`),
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `media`(`sha256`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `message_attachments_media` ON `message_attachments` (`sha256`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`role` text NOT NULL,
	`text` text NOT NULL,
	`job_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`job_id`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `messages_session_created` ON `messages` (`session_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`shop_id` text NOT NULL,
	`title` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`archived_at` integer,
	`deleted_at` integer,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `sessions_updated` ON `sessions` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `sessions_shop_updated` ON `sessions` (`shop_id`,`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `shops` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`industry` text NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`tone` text DEFAULT '' NOT NULL,
	`brand_colors` text DEFAULT '[]' NOT NULL,
	`logo_sha256` text,
	`default_hashtags` text DEFAULT '[]' NOT NULL,
	`target_customers` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`logo_sha256`) REFERENCES `media`(`sha256`) ON UPDATE no action ON DELETE restrict
);
