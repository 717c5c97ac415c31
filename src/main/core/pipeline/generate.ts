import type { AdCopy, CopyWriter } from '../../../shared/ipc/copy';
import type { AssistantReply } from '../../../shared/ipc/sessions';
import type { EditAspect } from '../../../shared/ipc/jobs';
import type { CopyPromptInput } from '../copy/copy-prompts';
import type { OfferFact } from '../copy/offer-facts';
import { seasonNames } from '../copy/request-reading';
import { makeAdSet, type AdSet, type AdSetProgress } from '../image/ad-set';
import { isSceneRequest } from '../image/photo/scene';
import { shopLogo } from '../image/render/logo-image';
import type { AdTexts } from '../image/render/render-ad';
import { editVariants, planVariants, withoutOwnTexts, type Variant } from '../image/variants';
import { tickingStep } from '../jobs/ticking-step';
import type { Analysis } from './analyze';
import type { Ingested } from './ingest';
import type { JobContext, PipelineDeps } from './pipeline-types';
import { replyLeadKo, writerNoteKo } from './reply-words';

export interface Generated {
  replyText: string;
  reply: AssistantReply;
  writer: CopyWriter;
  /** null for a consultation: it makes nothing to keep in the library. */
  copy: AdCopy | null;
  modelId: string;
  templateId: string | null;
  images?: { set: AdSet; variants: Variant[]; texts: AdTexts; aiBackground: boolean };
}

const industryNames: Record<string, string> = {
  cafe: '카페',
  bakery: '베이커리',
  restaurant: '음식점',
  salon: '미용실',
  pension: '펜션',
  smartstore: '스마트스토어',
  other: '가게',
};

function leadFor(analysis: Analysis, images: number): AssistantReply['lead'] {
  if (analysis.intent === 'edit') return { code: 'edited', params: {} };
  return images > 0 ? { code: 'made-images', params: { images } } : { code: 'made-copy', params: { platform: analysis.platform } };
}

function replyFor(copy: AdCopy, lead: AssistantReply['lead'], writer: CopyWriter, fallbackReason: string | null, imageNotes: string[]): string {
  const tags = copy.hashtags.map((tag) => `#${tag}`).join(' ');
  return [replyLeadKo(lead), '', copy.headline, copy.subcopy, copy.cta, tags, '', writerNoteKo(writer, fallbackReason), ...imageNotes].join('\n');
}

/** The round badge carries the offer itself ("10% 할인", "1+1", else the price "8,000원") when the owner named one short enough to read there. */
function offerBadge(facts: readonly OfferFact[]): string | undefined {
  const short = facts.filter((fact) => [...fact.text].length <= 8);
  return (short.find((fact) => fact.kind === 'discount' || fact.kind === 'bundle' || fact.kind === 'free') ?? short.find((fact) => fact.kind === 'price'))?.text;
}

/** What no line of the ad may break inside: the product's name and each fact, as the owner wrote them. */
const keepTogether = (reading: Analysis['reading']): string[] => [reading.product, ...reading.facts.map((fact) => fact.text)].filter((phrase) => phrase.trim().includes(' '));

/** Edit aspects that rewrite the copy; the rest change only the images. */
const copyAspects = new Set<EditAspect>(['shorter', 'longer', 'rewrite', 'tone-playful', 'tone-premium', 'tone-calm', 'tone-friendly']);

/**
 * An edit keeps the owner's own hashtags that the parent carried, whatever the writer trimmed:
 * they are the shop's, not the copy's. Writer's tags make room from the end.
 */
function withOwnTags(copy: AdCopy, parentTags: readonly string[], shopTags: readonly string[], limit: number): AdCopy {
  const own = new Set(shopTags.map((tag) => tag.replace(/^#+/, '')));
  const missing = parentTags.filter((tag) => own.has(tag) && !copy.hashtags.includes(tag));
  if (missing.length === 0) return copy;
  const hashtags = [...copy.hashtags];
  for (let i = hashtags.length - 1; i >= 0 && hashtags.length + missing.length > limit; i -= 1) if (!own.has(hashtags[i] ?? '')) hashtags.splice(i, 1);
  return { ...copy, hashtags: [...hashtags, ...missing] };
}

/** A rewritten copy is for every variant: a variant's own text from an earlier edit would hide it. */
const rewrittenFor = (variants: Variant[], aspects: readonly EditAspect[]): Variant[] => (aspects.some((aspect) => copyAspects.has(aspect)) ? withoutOwnTexts(variants) : variants);

/**
 * Where the image steps start within the generating stage: a fresh cut-out's model run is most of
 * the wait, so it gets the widest share of the bar (a cached one jumps over it).
 */
const imageShares = { cutout: 0.35, edges: 0.65, drawing: 0.7 } as const;

/** The ad images for the photo: planned variants, or the parent's with only the asked-for change. */
async function makeImages(deps: PipelineDeps, ingested: Ingested, analysis: Analysis, copy: AdCopy, job: JobContext): Promise<Generated['images']> {
  const images = analysis.images;
  if (!images) return undefined;
  const variants = images.parentVariants && analysis.edit
    ? rewrittenFor(editVariants(images.parentVariants, analysis.edit.aspects, analysis.edit.variant, analysis.seed + 1), analysis.edit.aspects)
    : planVariants({ seed: analysis.seed, count: images.count, style: images.style, industry: analysis.industry, season: analysis.reading.season, tone: analysis.tone, wish: analysis.reading.style.backdrop, holiday: analysis.reading.holiday, typeface: ingested.shop.typeface });
  const texts: AdTexts = {
    headline: copy.headline,
    subcopy: copy.subcopy,
    cta: copy.cta,
    badge: offerBadge(analysis.reading.facts) ?? (analysis.reading.concept.split(' ')[0] || `${seasonNames[analysis.reading.season]} 추천`),
    shop: ingested.shop.name,
    keep: keepTogether(analysis.reading),
  };
  job.reporter.report({ fraction: imageShares.cutout, step: { code: 'cutting-out', params: {} } });
  let ticking: { stop(): void } | undefined;
  const stopTicking = (): void => {
    ticking?.stop();
    ticking = undefined;
  };
  const progress: AdSetProgress = {
    cutout: (step) => {
      stopTicking();
      if (step === 'finding-product') ticking = tickingStep(job.reporter, 'finding-product', imageShares.cutout, imageShares.edges);
      else job.reporter.report({ fraction: imageShares.edges, step: { code: 'cleaning-edges', params: {} } });
    },
    preview: (sha256) => job.reporter.report({ previewSha256: sha256 }),
    drawn: (step) => {
      stopTicking();
      job.reporter.report({ fraction: imageShares.drawing + (1 - imageShares.drawing) * (step.done / Math.max(1, step.total)), step: { code: 'drawing', params: { done: step.done, total: step.total } }, previewSha256: step.previewSha256 });
    },
  };
  const set = await makeAdSet(
    deps,
    {
      sourceSha256: images.sourceSha256,
      texts,
      variants,
      formats: images.formats,
      brand: { colors: ingested.shop.brandColors, logo: await shopLogo(deps.media, ingested.shop.logoSha256, deps.logger) },
      ai: images.aiBackground ? await deps.aiBackgrounds({ imagePrompt: copy.imagePromptEn, style: images.style, industry: analysis.industry }) : undefined,
      sceneRequest: isSceneRequest(analysis.reading, analysis.industry),
    },
    job.signal,
    progress,
  ).finally(stopTicking);
  job.timings.cutout = set.timings.cutout;
  job.timings.drawing = set.timings.drawing;
  return { set, variants: set.variants, texts, aiBackground: images.aiBackground };
}

/**
 * Writes what the request asks for: an answer for a consultation; copy, and ad images when
 * there is a photo, for a new ad or an edit. LLM text streams out as copy deltas, and each
 * finished image as a preview.
 */
export async function generate(deps: PipelineDeps, ingested: Ingested, analysis: Analysis, job: JobContext): Promise<Generated> {
  let streamed = 0;
  const onDelta = (text: string): void => {
    streamed += text.length;
    job.reporter.report({ copyDelta: text, fraction: Math.min(0.95, streamed / 400) });
  };
  const shop = { ...ingested.shop, industry: industryNames[ingested.shop.industry] ?? ingested.shop.industry };

  if (analysis.intent === 'consult') {
    job.reporter.report({ step: { code: 'answering', params: {} } });
    const answer = await deps.copywriter.consult(ingested.userMessage.text, { shop, reading: analysis.reading, category: analysis.category }, analysis.history, job.signal, onDelta);
    return { replyText: answer.text, reply: { lead: { code: 'answered', params: {} }, note: null }, writer: answer.writer, copy: null, modelId: '', templateId: null };
  }

  const edit = analysis.edit;
  const copyChange = !edit || edit.aspects.some((aspect) => copyAspects.has(aspect));
  if (edit && !copyChange) {
    // Backdrop, colour, grade and type size belong to the image; the copy is kept exactly.
    const images = await makeImages(deps, ingested, analysis, edit.parentCopy, job);
    const lead: AssistantReply['lead'] = { code: images ? 'image-edited' : 'copy-kept', params: {} };
    return {
      replyText: replyLeadKo(lead),
      reply: { lead, note: null },
      writer: 'template',
      copy: edit.parentCopy,
      modelId: '',
      templateId: edit.parentCopy.templateId,
      images,
    };
  }
  const prompt: CopyPromptInput = {
    shop,
    request: ingested.userMessage.text,
    reading: analysis.reading,
    platform: analysis.platform,
    limits: analysis.limits,
    edit: edit && { parent: edit.parentCopy, aspects: edit.aspects },
  };
  job.reporter.report({ step: { code: 'writing-copy', params: {} } });
  const written = await deps.copywriter.write(
    {
      reading: analysis.reading,
      category: analysis.category,
      industry: analysis.industry,
      limits: analysis.limits,
      tone: analysis.tone,
      shop: { name: ingested.shop.name, region: ingested.shop.region, defaultHashtags: ingested.shop.defaultHashtags },
      seed: analysis.seed,
      recentTemplates: analysis.recentTemplates,
      edit: edit && { shorter: edit.aspects.includes('shorter'), longer: edit.aspects.includes('longer'), rewrite: edit.aspects.includes('rewrite') },
    },
    prompt,
    analysis.history,
    job.signal,
    onDelta,
  );
  // Kept with the timings so a job's copy speed (tokens over its time) can be read back.
  if (written.tokens > 0) job.timings['copy-tokens'] = written.tokens;
  const copy = edit ? withOwnTags(written.copy, edit.parentCopy.hashtags, ingested.shop.defaultHashtags, analysis.limits.hashtags) : written.copy;
  const images = await makeImages(deps, ingested, analysis, copy, job);
  const lead = leadFor(analysis, images?.set.outputs.length ?? 0);
  return {
    replyText: replyFor(copy, lead, written.writer, written.fallbackReason, images?.set.aiNotes ?? []),
    reply: { lead, note: { writer: written.writer, fallback: written.fallbackCode } },
    writer: written.writer,
    copy,
    modelId: written.modelId,
    templateId: written.templateId,
    images,
  };
}
