import { contentLang } from '../i18n/content-lang';
import { useTranslate } from '../i18n/use-translate';
import type { MessageKey } from '../i18n/ko';
import { appSelectors, appStore, useApp } from '../stores/app';
import type { View } from '../stores/app/ui-slice';
import { HealthBadge } from './HealthBadge';

const items: { view: View; label: MessageKey }[] = [
  { view: 'studio', label: 'nav.studio' },
  { view: 'library', label: 'nav.library' },
  { view: 'models', label: 'nav.models' },
  { view: 'settings', label: 'nav.settings' },
];

export function NavRail() {
  const t = useTranslate();
  const view = useApp(appSelectors.view);
  const shops = useApp(appSelectors.shops) ?? [];
  const shopId = useApp(appSelectors.shopId);
  const shop = shops.find((s) => s.id === shopId);
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true">A</span>
        <div>
          <h1>{t('app.title')}</h1>
          {shop && <p className="muted" lang={contentLang(shop.name)}>{shop.name}</p>}
        </div>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul className="nav">
          {items.map((item) => (
            <li key={item.view}>
              <button type="button" className="nav__item" aria-current={view === item.view ? 'page' : undefined} onClick={() => appStore.getState().showView(item.view)}>
                {t(item.label)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <HealthBadge />
    </header>
  );
}
