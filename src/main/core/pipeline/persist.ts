import type { JobResult } from '../../../shared/ipc/jobs';
import { insertGeneration } from '../generations/generations-repo';
import { insertMessage } from '../sessions/messages-repo';
import type { Analysis } from './analyze';
import type { Generated } from './generate';
import type { Ingested } from './ingest';
import type { JobContext, PipelineDeps } from './pipeline-types';

/** The assistant's message and the generation row, in one transaction: both or neither. */
export function persist(deps: PipelineDeps, ingested: Ingested, analysis: Analysis, generated: Generated, job: JobContext): JobResult {
  job.signal.throwIfAborted();
  const { assistantMessageId, generationIds } = deps.db().transaction((tx) => {
    const message = insertMessage(tx, { sessionId: ingested.session.id, role: 'assistant', text: generated.replyText, jobId: job.jobId });
    if (!generated.copy) return { assistantMessageId: message.id, generationIds: [] };
    const generation = insertGeneration(tx, {
      sessionId: ingested.session.id,
      shopId: ingested.shop.id,
      messageId: message.id,
      kind: 'copy',
      inputText: analysis.edit ? analysis.edit.parent.inputText : ingested.userMessage.text,
      inputMedia: ingested.photos.map((photo) => photo.sha256),
      outputCopy: { ...generated.copy, platform: analysis.platform, writer: generated.writer, templateId: generated.templateId },
      imagePrompt: generated.copy.imagePromptEn,
      method: null,
      style: null,
      industry: analysis.industry,
      seed: analysis.seed,
      aspectRatio: null,
      width: null,
      height: null,
      steps: null,
      score: null,
      parentId: analysis.edit?.parent.id ?? null,
      modelIds: generated.modelId ? [generated.modelId] : [],
      timings: job.timings,
      outputs: [],
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
    copy: generated.copy,
    writer: generated.writer,
  };
}
