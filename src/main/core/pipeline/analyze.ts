import { randomInt } from 'node:crypto';
import type { CopyIndustry, Platform } from '../../../shared/ipc/copy';
import { platformImages, type Generation, type ResultRecord } from '../../../shared/ipc/generations';
import { AppError } from '../../../shared/errors';
import type { EditAspect, EditRequest, GenerateRequest } from '../../../shared/ipc/jobs';
import { editAspectsOf, toneAskedBy } from '../copy/intent';
import { platformLimits, type CopyLimits } from '../copy/platform-limits';
import { copyIndustryOf, readRequest } from '../copy/request-reading';
import { toneOf } from '../copy/copy-bank/tone-endings';
import type { Intent, OfferFact, ProductCategory, RequestReading, Tone } from '../../../shared/reading';
import type { Db } from '../db/client';
import { findGeneration, pageGenerations } from '../generations/generations-repo';
import type { ChatTurn } from '../../inference/protocol';
import { type AdStyle } from '../../../shared/ad-design';
import type { AdFormat } from '../image/formats';
import type { Variant } from '../image/variants';
import { pageMessages } from '../sessions/messages-repo';
import type { Ingested } from './ingest';
import type { JobContext, PipelineDeps } from './pipeline-types';

/** How many earlier turns are offered to the LLM; the host trims further to fit its context. */
const historyTurns = 12;

export interface Analysis {
  intent: Intent;
  reading: RequestReading;
  /** The product's category, or the shop's usual one when the request names no product. */
  category: ProductCategory | null;
  industry: CopyIndustry;
  platform: Platform;
  limits: CopyLimits;
  tone: Tone;
  seed: number;
  history: ChatTurn[];
  recentTemplates: string[];
  /** The ad images to make, when there is a photo: the parent's for an edit. */
  images?: { sourceSha256: string; style: AdStyle; count: number; formats: AdFormat[]; parentVariants?: Variant[]; aiBackground: boolean };
  /** For an edit: the result it changes and what to change. */
  edit?: AnalysisEdit;
}

/** An edit's parent, what to change, and which of its image variants (the others stay as they are). */
export interface AnalysisEdit {
  parent: Generation;
  parentCopy: ResultRecord;
  aspects: readonly EditAspect[];
  variant: number | 'all';
}

/** A result that has copy to edit (a consultation or a bare image has none). */
const copyOf = (generation: Generation): ResultRecord | undefined => (generation.outputCopy?.headline ? generation.outputCopy : undefined);

/** The result an addressed edit names: it must exist, be the shop's own, and have the variant asked for. */
function addressedEdit(db: Db, request: EditRequest, shopId: string): AnalysisEdit {
  const parent = findGeneration(db, request.generationId);
  if (!parent || parent.shopId !== shopId) {
    throw new AppError('NOT_FOUND', `Generation ${request.generationId} is no result of shop ${shopId}`, '고칠 광고를 찾을 수 없어요. 이미 지웠거나 다른 가게의 광고일 수 있어요.');
  }
  const parentCopy = copyOf(parent);
  if (!parentCopy) throw new AppError('VALIDATION_FAILED', `Generation ${parent.id} has no copy to edit`, '이 결과물은 고칠 수 있는 광고가 아니에요.');
  const variants = parentCopy.variants ?? [];
  if (request.variant !== 'all' && request.variant >= variants.length) {
    throw new AppError('VALIDATION_FAILED', `Generation ${parent.id} has no variant ${request.variant}`, `이 광고에는 ${request.variant + 1}번째 이미지가 없어요.`);
  }
  return { parent, parentCopy, aspects: request.aspects, variant: request.variant };
}

/** An edit that writes a fact ("가격 5,500원으로 고쳐줘") replaces the parent's facts of that kind and keeps the rest. */
function withNewFacts(parent: RequestReading, facts: readonly OfferFact[]): RequestReading {
  if (facts.length === 0) return parent;
  const kinds = new Set(facts.map((fact) => fact.kind));
  return { ...parent, facts: [...parent.facts.filter((fact) => !kinds.has(fact.kind)), ...facts] };
}

/** "Shorter" is shorter than the parent, even where the platform would allow more. */
function editLimits(limits: CopyLimits, edit: AnalysisEdit): CopyLimits {
  if (!edit.aspects.includes('shorter')) return limits;
  return { ...limits, headline: Math.max(4, Math.min(limits.headline, [...edit.parentCopy.headline].length - 1)) };
}

/** The session's earlier turns, oldest first, without the message just recorded. */
function chatHistory(deps: PipelineDeps, ingested: Ingested): ChatTurn[] {
  const page = pageMessages(deps.db(), { sessionId: ingested.session.id, limit: historyTurns + 1 });
  return page.items
    .filter((message) => message.id !== ingested.userMessage.id && message.role !== 'system')
    .map((message): ChatTurn => ({ role: message.role === 'user' ? 'user' : 'assistant', text: message.text }))
    .reverse();
}


/** The sizes to draw, the platform's own first: it is drawn, and previewed, before the rest. */
export function platformFirst(formats: readonly AdFormat[] | undefined, platform: Analysis['platform']): AdFormat[] {
  const own = platformImages[platform].format;
  if (!formats) return [own];
  return [...formats].sort((a, b) => Number(b === own) - Number(a === own));
}

/**
 * Reads the request: generate, edit or consult; product, occasion, season, platform and
 * audience; the shop's industry and tone. An edit starts from its parent: same product,
 * platform and seed, and only the asked-for aspects change.
 */
export async function analyze(deps: PipelineDeps, request: GenerateRequest, ingested: Ingested, job: JobContext): Promise<Analysis> {
  const db = deps.db();
  const latest = pageGenerations(db, { sessionId: ingested.session.id, limit: 1 }).items[0];
  const parentCopy = latest && copyOf(latest);
  // A new photo is new material: whatever its words, it is never an edit of the last result.
  const builtin = readRequest(request.text, { now: deps.now(), shop: ingested.shop, hasPrevious: parentCopy !== undefined, hasAttachments: request.attachments.length > 0 });
  const reading = request.edit ? builtin : await deps.copywriter.read(request.text, builtin, job.signal);
  const intent = reading.intent;
  const recentTemplates = pageGenerations(db, { shopId: ingested.shop.id, limit: 10 })
    .items.map((g) => g.outputCopy?.templateId)
    .filter((id): id is string => typeof id === 'string');
  const history = chatHistory(deps, ingested);
  const tone = toneOf(ingested.shop.tone);

  // An addressed edit (a quick edit) says what to change; only a free-text edit is read from the words.
  const edit = request.edit
    ? addressedEdit(db, request.edit, ingested.shop.id)
    : intent === 'edit' && latest && parentCopy
      ? { parent: latest, parentCopy, aspects: editAspectsOf(request.text), variant: 'all' as const }
      : undefined;
  if (edit) {
    const { parent } = edit;
    // Results saved before the reading was kept are read again from their request.
    const savedReading = edit.parentCopy.reading ?? readRequest(parent.inputText, { now: deps.now(), shop: ingested.shop, hasPrevious: false, hasAttachments: false });
    const parentReading = withNewFacts(savedReading, reading.facts);
    const platform = edit.parentCopy.platform ?? request.platform ?? 'instagram-feed';
    const meta = edit.parentCopy;
    const source = parent.inputMedia[0];
    return {
      intent: 'edit',
      reading: parentReading,
      category: parentReading.category,
      industry: edit.parentCopy.industry,
      platform,
      limits: editLimits(platformLimits[platform], edit),
      tone: toneAskedBy(edit.aspects) ?? parentReading.style.tone ?? tone,
      seed: edit.aspects.includes('rewrite') ? randomInt(2 ** 31) : (parent.seed ?? randomInt(2 ** 31)),
      history,
      recentTemplates,
      edit,
      images: source && meta.variants
        ? { sourceSha256: source, style: (parent.style as AdStyle | null) ?? 'semi-realistic', count: meta.variants.length, formats: platformFirst(request.formats ?? meta.formats, platform), parentVariants: meta.variants, aiBackground: request.aiBackground || meta.aiBackground === true }
        : undefined,
    };
  }
  const platform = request.platform ?? reading.platform ?? 'instagram-feed';
  return {
    intent,
    reading,
    category: reading.category,
    industry: copyIndustryOf(reading, ingested.shop.industry),
    platform,
    limits: platformLimits[platform],
    tone: reading.style.tone ?? tone,
    seed: randomInt(2 ** 31),
    history,
    recentTemplates,
    images: ingested.photos[0]
      ? { sourceSha256: ingested.photos[0].sha256, style: request.style ?? reading.style.imageStyle ?? 'semi-realistic', count: request.variants, formats: platformFirst(request.formats, platform), aiBackground: request.aiBackground }
      : undefined,
  };
}
