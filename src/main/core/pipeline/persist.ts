import type { JobResult } from '../../../shared/ipc/jobs';
import { insertGeneration } from '../generations/generations-repo';
import { formatSizes } from '../image/formats';
import { insertMessage } from '../sessions/messages-repo';
import type { Analysis } from './analyze';
import type { Generated } from './generate';
import type { Ingested } from './ingest';
import type { JobContext, PipelineDeps } from './pipeline-types';

/** The generated scene behind each AI-background output, for drawing it again later. */
const aiScenes = (generated: Generated) =>
  (generated.images?.set.outputs ?? []).flatMap((o) => (o.sceneSha256 ? [{ variantIndex: o.variantIndex, format: o.format, sha256: o.sceneSha256 }] : []));

/** The assistant's message and the generation row, in one transaction: both or neither. */
export function persist(deps: PipelineDeps, ingested: Ingested, analysis: Analysis, generated: Generated, job: JobContext): JobResult {
  job.signal.throwIfAborted();
  const { assistantMessageId, generationIds } = deps.db().transaction((tx) => {
    const outputs = generated.images?.set.outputs ?? [];
    const firstFormat = outputs[0]?.format;
    const message = insertMessage(tx, {
      sessionId: ingested.session.id,
      role: 'assistant',
      text: generated.replyText,
      reply: generated.reply,
      jobId: job.jobId,
      attachments: outputs.filter((o) => o.format === firstFormat).map((o) => ({ sha256: o.sha256, role: 'output' as const })),
    });
    if (!generated.copy) return { assistantMessageId: message.id, generationIds: [] };
    const generation = insertGeneration(tx, {
      sessionId: ingested.session.id,
      shopId: ingested.shop.id,
      messageId: message.id,
      kind: outputs.length > 0 ? 'image' : 'copy',
      inputText: analysis.edit ? analysis.edit.parent.inputText : ingested.userMessage.text,
      // Generated scenes are inputs of the result too: kept while it lives, collected after.
      inputMedia: analysis.images ? [analysis.images.sourceSha256, ...aiScenes(generated).map((s) => s.sha256)] : ingested.photos.map((photo) => photo.sha256),
      outputCopy: {
        ...generated.copy,
        platform: analysis.platform,
        writer: generated.writer,
        templateId: generated.templateId,
        reading: analysis.reading,
        ...(generated.images ? { variants: generated.images.variants, texts: generated.images.texts, formats: analysis.images?.formats, cutoutSha256: generated.images.set.cutoutSha256, aiBackground: generated.images.aiBackground, aiScenes: aiScenes(generated), ranking: generated.images.set.ranking } : {}),
      },
      imagePrompt: generated.copy.imagePromptEn,
      method: outputs.length > 0 ? 'template' : null,
      style: outputs.length > 0 ? (analysis.images?.style ?? null) : null,
      industry: analysis.industry,
      seed: analysis.seed,
      aspectRatio: firstFormat ?? null,
      width: firstFormat ? formatSizes[firstFormat].width : null,
      height: firstFormat ? formatSizes[firstFormat].height : null,
      steps: null,
      // The best variant's: what the set offers at its best.
      score: generated.images?.set.ranking[0]?.score ?? null,
      parentId: analysis.edit?.parent.id ?? null,
      modelIds: generated.modelId ? [generated.modelId] : [],
      timings: job.timings,
      outputs: outputs.map(({ variantIndex, format, sha256 }) => ({ variantIndex, format, sha256 })),
    });
    return { assistantMessageId: message.id, generationIds: [generation.id] };
  });
  return {
    sessionId: ingested.session.id,
    intent: analysis.intent,
    userMessageId: ingested.userMessage.id,
    assistantMessageId,
    generationIds,
    replyText: generated.replyText,
    reply: generated.reply,
    copy: generated.copy,
    writer: generated.writer,
  };
}
