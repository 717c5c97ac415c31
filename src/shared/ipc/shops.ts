import { z } from 'zod';
import { typeVoices } from '../ad-design';
import { idSchema, noInput, sha256Schema, timestampSchema } from './common';
import type { EventSpecs, MethodSpecs } from './spec';

export const industries = ['cafe', 'bakery', 'restaurant', 'salon', 'pension', 'smartstore', 'other'] as const;
export const industrySchema = z.enum(industries);

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be #rrggbb');
/** Stored without the leading '#'. */
export const hashtagSchema = z
  .string()
  .trim()
  .transform((tag) => tag.replace(/^#+/, ''))
  .pipe(z.string().min(1).max(40).regex(/^[^\s#]+$/, 'one word, no spaces'));

/** Every editable field of a shop. Only name and industry are required to create one. */
export const shopFieldsSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    industry: industrySchema,
    region: z.string().trim().max(60),
    address: z.string().trim().max(200),
    phone: z.string().trim().max(40),
    /** Opening hours as the owner writes them ("매일 10:00–21:00, 월요일 휴무"); the video's end card shows them. */
    hours: z.string().trim().max(80),
    /** The free opt-out number (080-…) the law requires at the end of advertising SMS; '' when the shop has none yet. */
    optOutNumber: z.string().trim().max(20).regex(/^(|080-?\d{3,4}-?\d{4})$/, 'an 080 number'),
    description: z.string().trim().max(500),
    /** How the copy should sound, in the owner's words ("친근하게", "고급스럽게"). */
    tone: z.string().trim().max(100),
    brandColors: z.array(hexColor).max(6),
    logoSha256: sha256Schema.nullable(),
    defaultHashtags: z.array(hashtagSchema).max(30),
    targetCustomers: z.string().trim().max(200),
    /** The headline typeface the shop chose (its brand's type); null lets each ad's tone choose. */
    typeface: z.enum(typeVoices).nullable(),
  })
  .strict();

export const shopCreateSchema = shopFieldsSchema.partial().required({ name: true, industry: true }).strict();
export const shopSchema = shopFieldsSchema.extend({ id: idSchema, createdAt: timestampSchema, updatedAt: timestampSchema });
export type Shop = z.infer<typeof shopSchema>;
export type ShopCreate = z.infer<typeof shopCreateSchema>;
export type ShopPatch = Partial<z.infer<typeof shopFieldsSchema>>;

export const shopsMethods = {
  /** All shops, oldest first (there are a handful). */
  'shops.list': { input: noInput, output: z.object({ items: z.array(shopSchema) }) },
  'shops.get': { input: z.object({ id: idSchema }).strict(), output: shopSchema },
  'shops.create': { input: shopCreateSchema, output: shopSchema },
  /** Fields not named keep their value. */
  'shops.update': { input: z.object({ id: idSchema, patch: shopFieldsSchema.partial().strict() }).strict(), output: shopSchema },
  /** Refused with CONFLICT while the shop still has sessions or generations. */
  'shops.delete': { input: z.object({ id: idSchema }).strict(), output: z.object({ id: idSchema }) },
} satisfies MethodSpecs;

export const shopsEvents = {} satisfies EventSpecs;
