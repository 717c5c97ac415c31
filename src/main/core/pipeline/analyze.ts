import { randomInt } from 'node:crypto';
import type { AdCopy, CopyIndustry, Platform } from '../../../shared/ipc/copy';
import { platformImages, type Generation } from '../../../shared/ipc/generations';
import type { GenerateRequest, Intent } from '../../../shared/ipc/jobs';
import { classifyIntent, editAspectsOf, type EditAspects } from '../copy/intent';
import { platformLimits, type CopyLimits } from '../copy/platform-limits';
import { copyIndustryFor, readRequest, type RequestReading } from '../copy/request-reading';
import { toneOf, type Tone } from '../copy/templates';
import { pageGenerations } from '../generations/generations-repo';
import type { ChatTurn } from '../../inference/protocol';
import type { AdStyle } from '../image/backdrops/backdrops';
import type { AdFormat } from '../image/formats';
import type { Variant } from '../image/variants';
import { pageMessages } from '../sessions/messages-repo';
import type { Ingested } from './ingest';
import type { PipelineDeps } from './pipeline-types';

/** How many earlier turns are offered to the LLM; the host trims further to fit its context. */
const historyTurns = 12;

export interface Analysis {
  intent: Intent;
  reading: RequestReading;
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
  edit?: { parent: Generation; parentCopy: AdCopy; aspects: EditAspects };
}

interface ImageMeta {
  variants?: Variant[];
  formats?: AdFormat[];
  aiBackground?: boolean;
}

const copyOf = (generation: Generation): AdCopy | undefined => {
  const copy = generation.outputCopy as Partial<AdCopy> | null;
  return copy?.headline ? (copy as AdCopy) : undefined;
};

/** The session's earlier turns, oldest first, without the message just recorded. */
function chatHistory(deps: PipelineDeps, ingested: Ingested): ChatTurn[] {
  const page = pageMessages(deps.db(), { sessionId: ingested.session.id, limit: historyTurns + 1 });
  return page.items
    .filter((message) => message.id !== ingested.userMessage.id && message.role !== 'system')
    .map((message): ChatTurn => ({ role: message.role === 'user' ? 'user' : 'assistant', text: message.text }))
    .reverse();
}

/**
 * Reads the request: generate, edit or consult; product, occasion, season, platform and
 * audience; the shop's industry and tone. An edit starts from its parent: same product,
 * platform and seed, and only the asked-for aspects change.
 */
export function analyze(deps: PipelineDeps, request: GenerateRequest, ingested: Ingested): Analysis {
  const db = deps.db();
  const latest = pageGenerations(db, { sessionId: ingested.session.id, limit: 1 }).items[0];
  const parentCopy = latest && copyOf(latest);
  // A new photo is new material: whatever its words, it is never an edit of the last result.
  const intent = classifyIntent(request.text, parentCopy !== undefined && request.attachments.length === 0);
  const recentTemplates = pageGenerations(db, { shopId: ingested.shop.id, limit: 10 })
    .items.map((g) => (g.outputCopy as { templateId?: unknown } | null)?.templateId)
    .filter((id): id is string => typeof id === 'string');
  const history = chatHistory(deps, ingested);
  const tone = toneOf(ingested.shop.tone);

  if (intent === 'edit' && latest && parentCopy) {
    const reading = readRequest(latest.inputText, deps.now());
    const platform = ((latest.outputCopy as { platform?: Platform }).platform ?? request.platform ?? 'instagram-feed') as Platform;
    const aspects = editAspectsOf(request.text);
    const meta = latest.outputCopy as ImageMeta;
    const source = latest.inputMedia[0];
    return {
      intent,
      reading,
      industry: parentCopy.industry,
      platform,
      limits: platformLimits[platform],
      tone,
      seed: aspects.rewrite ? randomInt(2 ** 31) : (latest.seed ?? randomInt(2 ** 31)),
      history,
      recentTemplates,
      edit: { parent: latest, parentCopy, aspects },
      images: source && meta.variants
        ? { sourceSha256: source, style: (latest.style as AdStyle | null) ?? 'semi-realistic', count: meta.variants.length, formats: request.formats ?? meta.formats ?? [platformImages[platform].format], parentVariants: meta.variants, aiBackground: request.aiBackground || meta.aiBackground === true }
        : undefined,
    };
  }
  const reading = readRequest(request.text, deps.now());
  const platform = request.platform ?? reading.platform ?? 'instagram-feed';
  return {
    intent,
    reading,
    industry: copyIndustryFor(ingested.shop.industry, reading.industry),
    platform,
    limits: platformLimits[platform],
    tone,
    seed: randomInt(2 ** 31),
    history,
    recentTemplates,
    images: ingested.photos[0]
      ? { sourceSha256: ingested.photos[0].sha256, style: request.style ?? 'semi-realistic', count: request.variants, formats: request.formats ?? [platformImages[platform].format], aiBackground: request.aiBackground }
      : undefined,
  };
}
