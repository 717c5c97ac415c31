import type { AdCopy, CopyWriter } from '../../../shared/ipc/copy';
import type { CopyPromptInput } from '../copy/copy-prompts';
import { platformNames } from '../copy/platform-limits';
import type { Analysis } from './analyze';
import type { Ingested } from './ingest';
import type { JobContext, PipelineDeps } from './pipeline-types';

export interface Generated {
  replyText: string;
  writer: CopyWriter;
  /** null for a consultation: it makes nothing to keep in the library. */
  copy: AdCopy | null;
  modelId: string;
  templateId: string | null;
}

const writerNote: Record<CopyWriter, string> = { llm: '로컬 AI 모델이 썼어요', template: '기본 문구 작성기가 썼어요' };

const industryNames: Record<string, string> = {
  cafe: '카페',
  bakery: '베이커리',
  restaurant: '음식점',
  salon: '미용실',
  pension: '펜션',
  smartstore: '스마트스토어',
  other: '가게',
};

function replyFor(copy: AdCopy, analysis: Analysis, writer: CopyWriter, fallbackReason: string | null): string {
  const lead = analysis.intent === 'edit' ? '요청하신 대로 고쳤어요.' : `${platformNames[analysis.platform]}용 광고 문구를 만들었어요.`;
  const tags = copy.hashtags.map((tag) => `#${tag}`).join(' ');
  return [lead, '', copy.headline, copy.subcopy, copy.cta, tags, '', `(${writerNote[writer]}${fallbackReason ? ` — ${fallbackReason}` : ''})`].join('\n');
}

/**
 * Writes what the request asks for: an answer for a consultation, copy for a new ad or an
 * edit (images join here when the image engine exists). LLM text streams out as copy deltas.
 */
export async function generate(deps: PipelineDeps, ingested: Ingested, analysis: Analysis, job: JobContext): Promise<Generated> {
  let streamed = 0;
  const onDelta = (text: string): void => {
    streamed += text.length;
    job.reporter.report({ copyDelta: text, fraction: Math.min(0.95, streamed / 400) });
  };
  const shop = { ...ingested.shop, industry: industryNames[ingested.shop.industry] ?? ingested.shop.industry };

  if (analysis.intent === 'consult') {
    const answer = await deps.copywriter.consult(ingested.userMessage.text, { shop, reading: analysis.reading, industry: analysis.industry }, analysis.history, job.signal, onDelta);
    return { replyText: answer.text, writer: answer.writer, copy: null, modelId: '', templateId: null };
  }

  const edit = analysis.edit;
  const copyChange = !edit || edit.aspects.shorter || edit.aspects.longer || edit.aspects.rewrite;
  if (edit && !copyChange) {
    // Background, colour and type size belong to the image; the copy is kept exactly.
    return {
      replyText: '문구는 그대로 두었어요. 배경, 색, 글씨 크기 수정은 광고 이미지에 적용돼요.',
      writer: 'template',
      copy: edit.parentCopy,
      modelId: '',
      templateId: (edit.parent.outputCopy as { templateId?: string } | null)?.templateId ?? null,
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
  const written = await deps.copywriter.write(
    {
      reading: analysis.reading,
      industry: analysis.industry,
      limits: analysis.limits,
      tone: analysis.tone,
      shop: { name: ingested.shop.name, region: ingested.shop.region, defaultHashtags: ingested.shop.defaultHashtags },
      seed: analysis.seed,
      recentTemplates: analysis.recentTemplates,
      edit: edit && { shorter: edit.aspects.shorter, longer: edit.aspects.longer, rewrite: edit.aspects.rewrite },
    },
    prompt,
    analysis.history,
    job.signal,
    onDelta,
  );
  return {
    replyText: replyFor(written.copy, analysis, written.writer, written.fallbackReason),
    writer: written.writer,
    copy: written.copy,
    modelId: written.modelId,
    templateId: written.templateId,
  };
}
