import type { AdCopy, CopyIndustry } from '../../../shared/ipc/copy';
import { shortRegion, buildHashtags } from './hashtags';
import { imagePromptFor } from './image-prompt';
import { josa } from './korean';
import { seededRandom } from '../random/seeded-random';
import { fitLength, type CopyLimits } from './platform-limits';
import { seasonNames, type RequestReading } from './request-reading';
import { ctas, headlines, productlessHeadlines, subcopies, toneEndings, toneNames, type Tone } from './templates';

/** Everything a copywriter needs to know about one ad. */
export interface CopyBrief {
  reading: RequestReading;
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

function render(template: string, values: Record<string, string>): string {
  return template
    .replace(/\{(\w+):([^}]+)\}/g, (_, key: string, pair: string) => josa(values[key] ?? '', pair as Parameters<typeof josa>[1]))
    .replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The owner's offer facts, verbatim and in the order written: "4,500원 · 10% 할인". */
export const offerLine = (reading: RequestReading): string => reading.facts.map((fact) => fact.text).join(' · ');

/**
 * The offer leads and is never cut (a shortened price would be a different promise); the
 * industry line and the tone's ending follow as far as the limit allows.
 */
function subcopyWithOffer(offer: string, lines: string[], limit: number): string {
  for (let count = lines.length; count > 0; count -= 1) {
    const text = [offer, ...lines.slice(0, count)].filter(Boolean).join('. ');
    if ([...text].length <= limit) return text;
  }
  return offer || fitLength(lines[0] ?? '', limit);
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** The built-in Korean copywriter: no model, fixed limits, varied by seed, product and shop history. */
export function writeTemplateCopy(brief: CopyBrief): TemplateCopy {
  const { reading, industry, limits, tone, shop } = brief;
  const random = seededRandom(brief.seed);
  const values = {
    product: reading.product,
    season: seasonNames[reading.season],
    shop: shop.name,
    region: shortRegion(shop.region),
    concept: reading.concept,
  };
  const headlineLimit = brief.edit?.shorter ? Math.min(limits.headline, 14) : limits.headline;
  const bank = reading.product ? headlines[industry].map((template, index) => ({ id: `${industry}:${index}`, template })) : productlessHeadlines.map((template, index) => ({ id: `shop:${index}`, template }));
  const candidates = bank
    .map(({ id, template }) => ({ id, template, text: render(template, values) }))
    .filter((c) => (!c.template.includes('{concept}') || values.concept) && (!c.template.includes('{region}') || values.region))
    .filter((c) => [...c.text].length <= headlineLimit);
  const fresh = candidates.filter((c) => !brief.recentTemplates.includes(c.id));
  const pool = fresh.length > 0 ? fresh : candidates;
  const chosen = pool.length > 0 ? pick(pool, random) : { id: `${industry}:fit`, text: fitLength(reading.product || shop.name, headlineLimit) };

  const line = render(pick(subcopies[industry], random), values);
  const ending = pick(toneEndings[tone], random);
  const subcopyLimit = brief.edit?.shorter ? Math.min(limits.subcopy, 24) : limits.subcopy;
  const subcopy = subcopyWithOffer(offerLine(reading), brief.edit?.shorter ? [line] : [line, ending], subcopyLimit);

  const hashtags = buildHashtags({
    product: reading.product,
    concept: reading.concept,
    industry,
    region: shop.region,
    season: reading.season,
    shopName: shop.name,
    shopHashtags: shop.defaultHashtags,
    count: brief.edit?.shorter ? Math.min(limits.hashtags, 5) : limits.hashtags,
    maxLength: limits.hashtagLength,
  });

  return {
    templateId: chosen.id,
    copy: {
      headline: chosen.text,
      subcopy,
      cta: fitLength(pick(ctas[industry], random), limits.cta),
      hashtags,
      industry,
      tone: toneNames[tone],
      imagePromptEn: imagePromptFor(reading.product, industry, reading.season),
    },
  };
}
