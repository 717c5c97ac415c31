import type { ErrorData } from '../../shared/errors';
import type { JobStep } from '../../shared/ipc/jobs';
import type { AssistantReply } from '../../shared/ipc/sessions';
import type { Settings } from '../../shared/ipc/settings';
import { isMessageKey, type Translate } from './translate';

/** A progress step in the window's language. */
export function stepText(t: Translate, step: JobStep): string {
  return t(`job.step.${step.code}`, step.params);
}

/**
 * An error in the window's language. Korean windows keep the sender's own Korean text, which
 * may say more than the code's general sentence; `worded` marks text the window wrote itself.
 */
export function errorText(t: Translate, language: Settings['language'], error: ErrorData & { worded?: boolean }): string {
  if (language === 'ko' || error.worded) return error.userMessage;
  const key = `error.${error.code}`;
  return isMessageKey(key) ? t(key) : error.userMessage;
}

/**
 * An assistant reply worded in the window's language: the lead and writer note from their
 * codes, around the Korean copy (it is Korean advertising) or the Korean answer, kept apart so
 * the window marks the Korean as Korean.
 */
export interface ReplyParts {
  lead: string;
  /** The Korean copy (or answer), shown as Korean content. */
  korean: readonly string[];
  note: string | null;
}

export function replyParts(t: Translate, reply: AssistantReply, korean: { text: string; copyLines: readonly string[] | null }): ReplyParts {
  const { lead, note } = reply;
  const leadText = lead.code === 'made-copy' ? t('reply.made-copy', { platform: t(`platform.${lead.params.platform}`) }) : t(`reply.${lead.code}`, lead.params);
  if (lead.code === 'answered') return { lead: leadText, korean: [korean.text], note: null };
  if (!note) return { lead: leadText, korean: [], note: null };
  const writer = t(`reply.writer.${note.writer}`);
  const noteText = note.fallback ? t('reply.noteWithReason', { writer, reason: t(`error.${note.fallback}`) }) : t('reply.note', { writer });
  return { lead: leadText, korean: (korean.copyLines ?? [korean.text]).filter(Boolean), note: noteText };
}
