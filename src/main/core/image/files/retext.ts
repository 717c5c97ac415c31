import type { AdTextsInput, TextMoves } from '../../../../shared/ad-design';
import { AppError } from '../../../../shared/errors';
import type { Generation } from '../../../../shared/ipc/generations';
import type { Db } from '../../db/client';
import { insertGeneration } from '../../generations/generations-repo';
import { renderVariant, type AdFileDeps } from './variant-image';
import type { AdFormat } from '../formats';
import { editedVariant, variantAt, type VariantSource } from './variant-source';
import { withoutOwnTexts, type Variant } from '../variants';

/** What an owner's text edit changes: the blocks' text, on one variant or all, and the hashtags posted with it. */
export interface TextEdit {
  texts: AdTextsInput;
  /** One variant keeps the text as its own; 'all' sets the result's text and clears the variants' own. */
  variant: number | 'all';
  hashtags?: string[];
  /** The type's size against the design (the editor's slider), on the same variants as the text. */
  textScale?: number;
  /** Blocks dragged on one variant in one format: that variant's moves there (it must be among the variants the edit draws). */
  moved?: { variantIndex: number; format: AdFormat; moves: TextMoves };
}

/**
 * New text drawn by the renderer (what was typed into the live template is only a preview), kept
 * as a new result pointing back to the one it changes, so each edit is a version. Variants the
 * edit does not touch keep their stored files.
 */
export async function retext(deps: AdFileDeps, db: () => Db, source: VariantSource, edit: TextEdit): Promise<Generation> {
  const one = edit.variant === 'all' ? undefined : edit.variant;
  if (one !== undefined) variantAt(source, one);
  const { moved } = edit;
  if (moved) {
    variantAt(source, moved.variantIndex);
    if (one !== undefined && moved.variantIndex !== one) throw new AppError('VALIDATION_FAILED', `Blocks moved on variant ${moved.variantIndex} in an edit of variant ${one}`, '옮긴 글자는 그 시안을 고칠 때만 저장할 수 있어요.');
  }
  const texts = one === undefined ? { ...source.texts, ...edit.texts } : source.texts;
  const changed = (variant: Variant, index: number): Variant =>
    editedVariant(variant, { textScale: edit.textScale, moves: moved?.variantIndex === index ? { format: moved.format, moves: moved.moves } : undefined });
  const variants = one === undefined ? withoutOwnTexts(source.variants).map(changed) : source.variants.map((variant, index) => (index === one ? changed({ ...variant, texts: { ...variant.texts, ...edit.texts } }, index) : variant));
  const drawn: VariantSource = { ...source, texts, variants };
  const jobs = variants.flatMap((_, variantIndex) => source.formats.map((format) => ({ variantIndex, format })));
  const outputs = await Promise.all(
    jobs.map(async ({ variantIndex, format }) => {
      const kept = variantIndex !== one && one !== undefined && source.generation.outputs.find((o) => o.variantIndex === variantIndex && o.format === format);
      if (kept) return { variantIndex, format, sha256: kept.sha256 };
      const rendered = await renderVariant(deps, drawn, variantIndex, format);
      const stored = await deps.media.storeDrawn(rendered);
      return { variantIndex, format, sha256: stored.media.sha256 };
    }),
  );
  const parent = source.generation;
  // A result with images always has its record: loadVariantSource refused it otherwise.
  const record = parent.outputCopy && { ...parent.outputCopy, variants, texts, hashtags: edit.hashtags ?? parent.outputCopy.hashtags };
  // The copy's lines follow an edit of every variant; one variant's own text stays with that variant.
  const copy = record && (one === undefined ? { ...record, headline: texts.headline ?? '', subcopy: texts.subcopy ?? '', cta: texts.cta ?? '' } : record);
  return insertGeneration(db(), {
    sessionId: parent.sessionId,
    shopId: parent.shopId,
    // The same chat message: the conversation shows the newest text of its result.
    messageId: parent.messageId,
    kind: 'image',
    inputText: parent.inputText,
    inputMedia: parent.inputMedia,
    outputCopy: copy,
    imagePrompt: parent.imagePrompt,
    method: parent.method,
    style: parent.style,
    industry: parent.industry,
    seed: parent.seed,
    aspectRatio: parent.aspectRatio,
    width: parent.width,
    height: parent.height,
    steps: parent.steps,
    score: null,
    parentId: parent.id,
    modelIds: parent.modelIds,
    outputs,
  });
}
