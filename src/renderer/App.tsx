import { useEffect } from 'react';
import { NavRail } from './components/NavRail';
import { NoticeBanner } from './components/NoticeBanner';
import { StorageBanner } from './components/StorageBanner';
import { Toasts } from './components/common/Toasts';
import { ResultViewer } from './components/studio/ResultViewer';
import { useTranslate } from './i18n/use-translate';
import { appSelectors, appStore, useApp } from './stores/app';
import { useResolvedTheme } from './use-resolved-theme';
import { LibraryView } from './views/LibraryView';
import { ModelsView } from './views/ModelsView';
import { Onboarding } from './views/Onboarding';
import { SettingsView } from './views/SettingsView';
import { StudioView } from './views/StudioView';

const views = { studio: StudioView, library: LibraryView, models: ModelsView, settings: SettingsView };

export function App() {
  const t = useTranslate();
  const theme = useResolvedTheme(useApp(appSelectors.theme));
  const language = useApp(appSelectors.language);
  const notice = useApp(appSelectors.notice);
  const shops = useApp(appSelectors.shops);
  const shopId = useApp(appSelectors.shopId);
  const view = useApp(appSelectors.view);
  const viewerOpen = useApp(appSelectors.viewer) !== undefined;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = language;
  }, [theme, language]);
  useEffect(() => {
    if (shopId) void appStore.getState().loadSessions();
  }, [shopId]);

  const banner = (
    <>
      <StorageBanner />
      {notice && <NoticeBanner notice={notice} onDismiss={appStore.getState().dismissNotice} />}
    </>
  );
  if (!shops) return <p className="splash">{t('app.loading')}</p>;
  if (shops.length === 0) {
    return (
      <>
        {banner}
        <Onboarding />
      </>
    );
  }
  const Current = views[view];
  return (
    <div className="shell">
      <NavRail />
      {/* One element per page: a page opens at its top, not where the last one was scrolled. */}
      <main key={view} className={`content content--${view}`} tabIndex={0}>
        {banner}
        <Current />
      </main>
      <ResultViewer />
      {/* While the viewer is open its modal dialog holds the toasts: outside it they would sit behind it, inert. */}
      {!viewerOpen && <Toasts />}
    </div>
  );
}
