import type { CopyWriter } from '../../../shared/ipc/copy';
import type { AssistantReply } from '../../../shared/ipc/sessions';
import { platformNames } from '../copy/platform-limits';

/**
 * The one Korean wording of a reply's lead, for the chat text the model reads back and the
 * export keeps. A consultation's answer is its own lead.
 */
export function replyLeadKo(lead: AssistantReply['lead']): string {
  switch (lead.code) {
    case 'made-images':
      return `광고 이미지 ${lead.params.images}장과 문구를 만들었어요.`;
    case 'made-copy':
      return `${platformNames[lead.params.platform]}용 광고 문구를 만들었어요.`;
    case 'edited':
      return '요청하신 부분만 고쳤어요.';
    case 'image-edited':
      return '문구는 그대로 두고 요청하신 부분만 이미지에서 바꿨어요.';
    case 'copy-kept':
      return '문구는 그대로 두었어요. 배경, 색, 밝기, 글씨 크기는 사진으로 만든 광고 이미지에서 바꿀 수 있어요.';
    case 'answered':
      return '';
  }
}

const writerNotesKo: Record<CopyWriter, string> = { llm: '로컬 AI 모델이 썼어요', template: '기본 문구 작성기가 썼어요' };

/** "(who wrote it — why the model could not)", with the thrower's own Korean reason. */
export function writerNoteKo(writer: CopyWriter, fallbackReason: string | null): string {
  return `(${writerNotesKo[writer]}${fallbackReason ? ` — ${fallbackReason}` : ''})`;
}
