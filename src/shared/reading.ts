import { z } from 'zod';
import { platformSchema } from './ipc/copy';
import { adStyles } from './ad-design';

/** Make an ad, change the last one, or answer a question. */
export const intentSchema = z.enum(['generate', 'edit', 'consult']);
export type Intent = z.infer<typeof intentSchema>;

/**
 * What kind of thing the owner advertises, read from the product itself ("운동화" is fashion even
 * in a cafe's request); the shop's industry is only a prior when the product says nothing.
 */
export const productCategories = [
  'drink',
  'dessert',
  'bread',
  'meal',
  'hair',
  'nail',
  'skin',
  'cosmetics',
  'fashion',
  'living',
  'flowers',
  'food-gift',
  'electronics',
  'stay',
  'toys',
  'pet',
  'class',
] as const;
export const productCategorySchema = z.enum(productCategories);
export type ProductCategory = z.infer<typeof productCategorySchema>;

export const seasons = ['spring', 'summer', 'autumn', 'winter'] as const;
export const seasonSchema = z.enum(seasons);
export type Season = z.infer<typeof seasonSchema>;

/** A holiday the owner names, each with its own backdrop scene; the season still says winter or autumn. */
export const holidays = ['christmas', 'chuseok', 'seollal'] as const;
export const holidaySchema = z.enum(holidays);
export type Holiday = z.infer<typeof holidaySchema>;

/** The voice of the copy; each has one speech level (premium speaks 합니다체, the others 해요체). */
export const tones = ['friendly', 'premium', 'playful', 'calm'] as const;
export const toneSchema = z.enum(tones);
export type Tone = z.infer<typeof toneSchema>;

/** What the owner asks of the backdrop in words: "흰 배경" is white, "어둡게" dark. */
export const backdropWishes = ['white', 'bright', 'dark', 'warm', 'cool', 'pastel', 'natural'] as const;
export const backdropWishSchema = z.enum(backdropWishes);
export type BackdropWish = z.infer<typeof backdropWishSchema>;

/** Why the owner is posting: each is a code the copy and the badge word in Korean or English. */
export const occasions = ['new', 'sale', 'event', 'opening', 'reservation', 'limited', 'restock', 'gift', 'holiday'] as const;
export const occasionSchema = z.enum(occasions);
export type Occasion = z.infer<typeof occasionSchema>;

export const offerFactKinds = ['phone', 'time', 'date', 'discount', 'price', 'bundle', 'free', 'quantity'] as const;
/** A fact of the owner's offer: `text` is exactly the substring the owner wrote, at `index`. */
export const offerFactSchema = z.object({
  kind: z.enum(offerFactKinds),
  text: z.string().min(1).max(60),
  index: z.number().int().min(0),
});
export type OfferFact = z.infer<typeof offerFactSchema>;

const confidence = z.number().min(0).max(1);

/**
 * One typed reading of the owner's sentence, by the built-in reader or checked from the LLM's.
 * Each field carries a confidence: 1 for what the owner wrote outright, lower for a guess
 * (a season from the calendar, a category from the shop's industry).
 */
export const requestReadingSchema = z.object({
  intent: intentSchema,
  /** The thing advertised, a clean noun phrase ("아이스 바닐라 라떼"); '' when the request names none. */
  product: z.string().max(60),
  category: productCategorySchema.nullable(),
  /** Prices, discounts, dates, times, quantities and phone numbers, each exactly as written. */
  facts: z.array(offerFactSchema).max(20),
  occasions: z.array(occasionSchema).max(occasions.length),
  /** The owner's occasion words as written ("여름 신메뉴", "사전예약"), for the copy's {concept}. */
  concept: z.string().max(60),
  season: seasonSchema,
  /** Readings saved before holidays were read have none. */
  holiday: holidaySchema.nullable().default(null),
  platform: platformSchema.nullable(),
  /** Who it is for, as written ("20대 여성", "아이들"). */
  audience: z.string().max(40).nullable(),
  style: z.object({
    imageStyle: z.enum(adStyles).nullable(),
    backdrop: backdropWishSchema.nullable(),
    tone: toneSchema.nullable(),
    /** The owner's own style words ("흰 배경", "깔끔하게"), as written. */
    words: z.array(z.string().max(20)).max(10),
  }),
  confidence: z.object({
    intent: confidence,
    product: confidence,
    category: confidence,
    season: confidence,
    platform: confidence,
    audience: confidence,
    style: confidence,
  }),
  source: z.enum(['builtin', 'llm']),
});
export type RequestReading = z.infer<typeof requestReadingSchema>;
