import { useEffect } from 'react';
import { HealthBadge } from './components/HealthBadge';
import { NoticeBanner } from './components/NoticeBanner';
import { SettingsPanel } from './components/SettingsPanel';
import { SystemPanel } from './components/SystemPanel';
import { useTranslate } from './i18n/use-translate';
import { appSelectors, appStore, useApp } from './stores/app';
import { useResolvedTheme } from './use-resolved-theme';

export function App() {
  const t = useTranslate();
  const theme = useResolvedTheme(useApp(appSelectors.theme));
  const language = useApp(appSelectors.language);
  const notice = useApp(appSelectors.notice);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = language;
  }, [theme, language]);

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">A</span>
          <div>
            <h1>{t('app.title')}</h1>
            <p className="muted">{t('app.tagline')}</p>
          </div>
        </div>
        <HealthBadge />
      </header>
      <main className="content">
        {notice && <NoticeBanner notice={notice} onDismiss={appStore.getState().dismissNotice} />}
        <SystemPanel />
        <SettingsPanel />
      </main>
    </div>
  );
}
