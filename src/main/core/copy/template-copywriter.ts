import type { AdCopy, CopyIndustry } from '../../../shared/ipc/copy';
import type { ProductCategory, RequestReading, Tone } from '../../../shared/reading';
import { seededRandom } from '../random/seeded-random';
import { bankFor } from './copy-bank/banks';
import { placeholder } from './copy-bank/category-bank';
import { toneEndings, toneNames } from './copy-bank/tone-endings';
import { buildHashtags, shortRegion } from './hashtags';
import { imagePromptFor } from './image-prompt';
import { isParticlePair, josa } from './korean';
import { fitLength, type CopyLimits } from './platform-limits';
import { seasonNames } from './request-reading';

/** Everything a copywriter needs to know about one ad. */
export interface CopyBrief {
  reading: RequestReading;
  /** The product's category, or the shop's usual one when the product says nothing; null when neither is known. */
  category: ProductCategory | null;
  /** The image and hashtag family (cafe, beauty, retail…). */
  industry: CopyIndustry;
  limits: CopyLimits;
  tone: Tone;
  shop: { name: string; region: string; defaultHashtags: string[] };
  seed: number;
  /** Headline templates this shop used lately; avoided so consecutive ads read differently. */
  recentTemplates: string[];
  /** For an edit: what to change about the parent's copy. */
  edit?: { shorter: boolean; longer: boolean; rewrite: boolean };
}

export interface TemplateCopy {
  copy: AdCopy;
  templateId: string;
}

/** Fills {key} and {key:을/를}; the particle is chosen for the word it follows. */
export function render(template: string, values: Record<string, string>): string {
  return template
    .replace(placeholder, (_, key: string, pair: string | undefined) => {
      const value = values[key] ?? '';
      if (pair === undefined) return value;
      return value && isParticlePair(pair) ? josa(value, pair) : '';
    })
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

/** The owner's offer facts, verbatim and in the order written: "4,500원 · 10% 할인". */
export const offerLine = (reading: RequestReading): string => reading.facts.map((fact) => fact.text).join(' · ');

/**
 * The offer leads and is never cut (a shortened price would be a different promise); the
 * category's line and the tone's ending follow as far as the limit allows.
 */
function subcopyWithOffer(offer: string, lines: string[], limit: number): string {
  for (let count = lines.length; count > 0; count -= 1) {
    const text = [offer, ...lines.slice(0, count)].filter(Boolean).map(closed).join(' ');
    if ([...text].length <= limit) return text;
  }
  return offer || fitLength(lines[0] ?? '', limit);
}

/** A sentence ends in a mark, so joined lines never run together. */
const closed = (sentence: string): string => (/[.!?~)]$/.test(sentence) ? sentence : `${sentence}.`);

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** A line needs every value it names: no {concept} line without an occasion, no {region} line without a region. */
const hasValues = (template: string, values: Record<string, string>): boolean =>
  [...template.matchAll(placeholder)].every((m) => Boolean(values[m[1] ?? '']));

/** The built-in Korean copywriter: no model; lines by the product's category and the tone, varied by seed and shop history. */
export function writeTemplateCopy(brief: CopyBrief): TemplateCopy {
  const { reading, limits, tone, shop } = brief;
  const random = seededRandom(brief.seed);
  const { id: bankId, bank } = bankFor(brief.category);
  const values: Record<string, string> = {
    product: reading.product,
    season: seasonNames[reading.season],
    shop: shop.name,
    region: shortRegion(shop.region),
    concept: reading.concept,
  };
  const headlineLimit = brief.edit?.shorter ? Math.min(limits.headline, 12) : limits.headline;
  const [field, lines] = reading.product ? (['h', bank.headlines] as const) : (['p', bank.productless] as const);
  const candidates = lines
    .map((template, index) => ({ id: `${bankId}:${field}${index}`, template, text: render(template, values) }))
    .filter((c) => hasValues(c.template, values) && [...c.text].length <= headlineLimit);
  const fresh = candidates.filter((c) => !brief.recentTemplates.includes(c.id));
  const pool = fresh.length > 0 ? fresh : candidates;
  const chosen = pool.length > 0 ? pick(pool, random) : { id: `${bankId}:fit`, text: fitLength(reading.product || shop.name, headlineLimit) };

  const bodies = (tone === 'premium' ? bank.bodiesFormal : bank.bodiesHaeyo).filter((line) => hasValues(line, values));
  const line = render(pick(bodies, random), values);
  const ending = pick(toneEndings[tone], random);
  const subcopyLimit = brief.edit?.shorter ? Math.min(limits.subcopy, 30) : limits.subcopy;
  const subcopy = subcopyWithOffer(offerLine(reading), brief.edit?.shorter ? [line] : [line, ending], subcopyLimit);

  const hashtags = buildHashtags({
    product: reading.product,
    concept: reading.concept,
    placeNoun: bank.placeNoun,
    categoryTags: bank.hashtags,
    region: shop.region,
    season: reading.season,
    shopName: shop.name,
    shopHashtags: shop.defaultHashtags,
    count: brief.edit?.shorter ? Math.min(limits.hashtags, Math.max(5, shop.defaultHashtags.length)) : limits.hashtags,
    maxLength: limits.hashtagLength,
  });
  const ctas = bank.ctas.filter((cta) => [...cta].length <= limits.cta);

  return {
    templateId: chosen.id,
    copy: {
      headline: chosen.text,
      subcopy,
      cta: ctas.length > 0 ? pick(ctas, random) : fitLength(bank.ctas[0] ?? '', limits.cta),
      hashtags,
      industry: brief.industry,
      tone: toneNames[tone],
      imagePromptEn: imagePromptFor(reading.product, brief.industry, reading.season),
    },
  };
}
