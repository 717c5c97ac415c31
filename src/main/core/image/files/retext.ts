import type { AdTextsInput, Generation } from '../../../../shared/ipc/generations';
import type { Db } from '../../db/client';
import { insertGeneration } from '../../generations/generations-repo';
import { renderVariant, type AdFileDeps } from './variant-image';
import type { VariantSource } from './variant-source';

/**
 * New text on every variant of a result, drawn by the renderer (what was typed into the live
 * template is only a preview), kept as a new result pointing back to the one it changes.
 */
export async function retext(deps: AdFileDeps, db: () => Db, source: VariantSource, edited: AdTextsInput): Promise<Generation> {
  const texts = { ...source.texts, ...edited };
  const jobs = source.variants.flatMap((_, variantIndex) => source.formats.map((format) => ({ variantIndex, format })));
  const outputs = await Promise.all(
    jobs.map(async ({ variantIndex, format }) => {
      const rendered = await renderVariant(deps, source, variantIndex, format, { texts });
      const stored = await deps.media.storeDrawn(rendered);
      return { variantIndex, format, sha256: stored.media.sha256 };
    }),
  );
  const parent = source.generation;
  // A result with images always has its record: loadVariantSource refused it otherwise.
  const copy = parent.outputCopy && { ...parent.outputCopy, headline: texts.headline ?? '', subcopy: texts.subcopy ?? '', cta: texts.cta ?? '', texts };
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
