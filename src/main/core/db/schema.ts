import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { adFormats, generationKinds, generationMethods } from '../../../shared/ipc/generations';
import { industries } from '../../../shared/ipc/shops';
import { typeVoices } from '../../../shared/ad-design';

// Every table of the library in one file. Times are Unix milliseconds; ids are UUIDv7, so
// (created_at, id) is a stable, roughly insertion-ordered key for cursor pagination.

const createdAt = () => integer('created_at').notNull();
const updatedAt = () => integer('updated_at').notNull();

/** One row per distinct file content; the file lives at media/ab/cd/<sha256>.<ext>. */
export const media = sqliteTable('media', {
  sha256: text('sha256').primaryKey(),
  ext: text('ext').notNull(),
  mime: text('mime').notNull(),
  bytes: integer('bytes').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  createdAt: createdAt(),
});

/** A product cut-out made from a photo, by model: the background is removed once per photo. */
export const cutouts = sqliteTable(
  'cutouts',
  {
    sourceSha256: text('source_sha256')
      .notNull()
      .references(() => media.sha256, { onDelete: 'cascade' }),
    model: text('model').notNull(),
    cutoutSha256: text('cutout_sha256')
      .notNull()
      .references(() => media.sha256, { onDelete: 'restrict' }),
    /** JSON of cutoutQualitySchema (src/shared/ad-design.ts); null for cut-outs made before it was measured. */
    quality: text('quality', { mode: 'json' }).$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sourceSha256, t.model] }), index('cutouts_cutout').on(t.cutoutSha256)],
);

export const shops = sqliteTable('shops', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  industry: text('industry', { enum: industries }).notNull(),
  region: text('region').notNull().default(''),
  address: text('address').notNull().default(''),
  phone: text('phone').notNull().default(''),
  /** Opening hours as the owner writes them ("매일 10:00–21:00, 월요일 휴무"). */
  hours: text('hours').notNull().default(''),
  /** The free opt-out number (080) that advertising texts must end with. */
  optOutNumber: text('opt_out_number').notNull().default(''),
  description: text('description').notNull().default(''),
  tone: text('tone').notNull().default(''),
  /** JSON array of '#rrggbb'. */
  brandColors: text('brand_colors', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  logoSha256: text('logo_sha256').references(() => media.sha256, { onDelete: 'restrict' }),
  /** JSON array of hashtags without '#'. */
  defaultHashtags: text('default_hashtags', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  targetCustomers: text('target_customers').notNull().default(''),
  /** The shop's chosen headline typeface (a typeVoices code); null lets the tone choose. */
  typeface: text('typeface', { enum: typeVoices }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: integer('archived_at'),
    /** Soft delete: hidden at once, purged when the undo window has passed. */
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('sessions_updated').on(t.updatedAt, t.id), index('sessions_shop_updated').on(t.shopId, t.updatedAt, t.id)],
);

export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id').references(() => sessions.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    status: text('status', {
      enum: ['pending', 'ingesting', 'analyzing', 'generating', 'persisting', 'done', 'failed', 'cancelled', 'interrupted'],
    }).notNull(),
    percent: real('percent').notNull().default(0),
    stageMessage: text('stage_message').notNull().default(''),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    requestJson: text('request_json', { mode: 'json' }).$type<unknown>().notNull(),
    resultJson: text('result_json', { mode: 'json' }).$type<unknown>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('jobs_status').on(t.status), index('jobs_session').on(t.sessionId, t.createdAt)],
);

export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'assistant', 'system'] }).notNull(),
    text: text('text').notNull(),
    jobId: text('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    /** An assistant reply's lead and writer note as codes; read through its zod schema, never trusted as is. */
    reply: text('reply', { mode: 'json' }).$type<unknown>(),
    createdAt: createdAt(),
  },
  (t) => [index('messages_session_created').on(t.sessionId, t.createdAt, t.id)],
);

export const messageAttachments = sqliteTable(
  'message_attachments',
  {
    messageId: text('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => media.sha256, { onDelete: 'restrict' }),
    role: text('role', { enum: ['input', 'output'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.position] }), index('message_attachments_media').on(t.sha256)],
);

export const generations = sqliteTable(
  'generations',
  {
    id: text('id').primaryKey(),
    sessionId: text('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    shopId: text('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'restrict' }),
    messageId: text('message_id').references(() => messages.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: generationKinds }).notNull(),
    inputText: text('input_text').notNull(),
    /** The copywriter's structured result (headline, sub-copy, CTA, hashtags, …). */
    outputCopy: text('output_copy', { mode: 'json' }).$type<Record<string, unknown>>(),
    /** Flattened copy for search: kept by the repository, indexed by the FTS triggers. */
    copyText: text('copy_text').notNull().default(''),
    imagePrompt: text('image_prompt'),
    method: text('method', { enum: generationMethods }),
    style: text('style'),
    industry: text('industry'),
    seed: integer('seed'),
    aspectRatio: text('aspect_ratio'),
    width: integer('width'),
    height: integer('height'),
    steps: integer('steps'),
    modelIds: text('model_ids', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Milliseconds per pipeline stage. */
    timings: text('timings', { mode: 'json' }).$type<Record<string, number>>().notNull().default(sql`'{}'`),
    score: real('score'),
    parentId: text('parent_id'),
    createdAt: createdAt(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('generations_created').on(t.createdAt, t.id),
    index('generations_shop_created').on(t.shopId, t.createdAt, t.id),
    index('generations_kind_created').on(t.kind, t.createdAt, t.id),
    index('generations_style_created').on(t.style, t.createdAt, t.id),
    index('generations_session_created').on(t.sessionId, t.createdAt, t.id),
    index('generations_parent').on(t.parentId),
  ],
);

export const generationInputs = sqliteTable(
  'generation_inputs',
  {
    generationId: text('generation_id')
      .notNull()
      .references(() => generations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => media.sha256, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.generationId, t.position] }), index('generation_inputs_media').on(t.sha256)],
);

export const generationOutputs = sqliteTable(
  'generation_outputs',
  {
    id: text('id').primaryKey(),
    generationId: text('generation_id')
      .notNull()
      .references(() => generations.id, { onDelete: 'cascade' }),
    variantIndex: integer('variant_index').notNull(),
    /** The ad size this file is for: '1:1', '4:5', '9:16', '16:9' or '4:3'. */
    format: text('format', { enum: adFormats }).notNull(),
    sha256: text('sha256')
      .notNull()
      .references(() => media.sha256, { onDelete: 'restrict' }),
    /** A video's poster frame (a PNG in the media store); null for pictures. */
    posterSha256: text('poster_sha256').references(() => media.sha256, { onDelete: 'restrict' }),
  },
  (t) => [
    uniqueIndex('generation_outputs_variant').on(t.generationId, t.variantIndex, t.format),
    index('generation_outputs_format').on(t.format, t.generationId),
    index('generation_outputs_media').on(t.sha256),
    index('generation_outputs_poster').on(t.posterSha256),
  ],
);

/**
 * The ad sizes a result was saved in besides the ones it was made in (an exported 9:16 story, a
 * platform pack's sizes): the library's size filter finds the result by them too.
 */
export const generationExports = sqliteTable(
  'generation_exports',
  {
    generationId: text('generation_id')
      .notNull()
      .references(() => generations.id, { onDelete: 'cascade' }),
    format: text('format', { enum: adFormats }).notNull(),
    /** When it was last saved in this size. */
    exportedAt: integer('exported_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.generationId, t.format] }), index('generation_exports_format').on(t.format, t.generationId)],
);
