import { formatBytes } from '../../shared/format-bytes';
import type { DownloadSpeed, ModelFit } from '../../shared/ipc/models';
import { durationText } from '../i18n/durations';
import type { Translate } from '../i18n/translate';

/** The name an owner reads: without the file's quantisation tag, which "자세히" still shows. */
export const plainName = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');

/** How long the download would take on the connection as measured now, or why it cannot be said. */
export function downloadTimeText(t: Translate, speed: DownloadSpeed | 'measuring' | undefined, bytes: number): string | undefined {
  if (speed === undefined) return undefined;
  if (speed === 'measuring') return t('models.speedMeasuring');
  if (speed.status === 'unreachable') return t(speed.reason === 'network' ? 'models.speedUnreachable.network' : 'models.speedUnreachable.server');
  return t('models.downloadTime', { time: durationText(t, bytes / speed.bytesPerSecond), speed: `${formatBytes(speed.bytesPerSecond)}/s` });
}


/** Why a model (or a feature's models) fits or not, in the window's language. */
export const fitReason = (t: Translate, reason: ModelFit['reason']): string =>
  t(`models.fitReason.${reason.code}`, { need: formatBytes(reason.params.need ?? 0), have: formatBytes(reason.params.have ?? 0) });
