import { useTranslate } from '../i18n/use-translate';
import { appSelectors, useApp } from '../stores/app';

export function HealthBadge() {
  const t = useTranslate();
  const health = useApp(appSelectors.health);
  const state = health === undefined ? 'checking' : health.ok ? 'ok' : 'problem';
  const label = t(state === 'checking' ? 'health.checking' : state === 'ok' ? 'health.ok' : 'health.problem');
  const failed = health?.checks.filter((check) => !check.ok) ?? [];
  return (
    <span className={`health health--${state}`} role="status" title={failed.map((check) => check.detail).join('\n')}>
      <span className="health__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
