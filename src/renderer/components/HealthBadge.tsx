import { useTranslate } from '../i18n/use-translate';
import { appSelectors, useApp } from '../stores/app';

/**
 * The app's state in one word: the core's checks, and what went wrong since (a full disk, a
 * download that failed or cannot reach its server) — never "all good" beside a failure.
 */
export function HealthBadge() {
  const t = useTranslate();
  const health = useApp(appSelectors.health);
  const storage = useApp(appSelectors.storage);
  const downloads = useApp(appSelectors.downloads);
  const troubled = Object.values(downloads).filter((download) => download.status === 'failed' || download.retry !== null);
  const problems = [
    ...(health?.checks.filter((check) => !check.ok).map((check) => check.detail) ?? []),
    ...(storage?.full ? [t('health.storageFull')] : []),
    ...(troubled.length > 0 ? [t('health.downloadTrouble')] : []),
  ];
  const state = health === undefined ? 'checking' : problems.length > 0 ? 'problem' : 'ok';
  const label = t(state === 'checking' ? 'health.checking' : state === 'ok' ? 'health.ok' : 'health.problem');
  return (
    <span className={`health health--${state}`} role="status" title={problems.join('\n')}>
      <span className="health__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
