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
 * codes, around the Korean copy (it is Korean advertising) or the Korean answer.
 */
export function replyText(t: Translate, reply: AssistantReply, korean: { text: string; copyLines: readonly string[] | null }): string {
  const { lead, note } = reply;
  const leadText = lead.code === 'made-copy' ? t('reply.made-copy', { platform: t(`platform.${lead.params.platform}`) }) : t(`reply.${lead.code}`, lead.params);
  if (lead.code === 'answered') return [leadText, '', korean.text].join('\n');
  if (!note) return leadText;
  const writer = t(`reply.writer.${note.writer}`);
  const noteText = note.fallback ? t('reply.noteWithReason', { writer, reason: t(`error.${note.fallback}`) }) : t('reply.note', { writer });
  return [leadText, '', ...(korean.copyLines ?? [korean.text]), '', noteText].join('\n');
}
