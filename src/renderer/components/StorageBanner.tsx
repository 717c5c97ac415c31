import { formatBytes } from '../../shared/format-bytes';
import { useTranslate } from '../i18n/use-translate';
import { appSelectors, useApp } from '../stores/app';
import { NoticeBanner } from './NoticeBanner';

/** Stays while the data folder's disk is full; the core lifts it when there is room again. */
export function StorageBanner() {
  const t = useTranslate();
  const storage = useApp(appSelectors.storage);
  if (!storage?.full) return null;
  return <NoticeBanner notice={{ code: 'READ_ONLY', message: 'Data folder disk is full', userMessage: t('storage.full', { free: formatBytes(storage.freeBytes) }), worded: true }} />;
}
