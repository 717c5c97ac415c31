import { useEffect } from 'react';
import { ShopForm } from '../components/ShopForm';
import { useTranslate } from '../i18n/use-translate';
import { appStore } from '../stores/app';
import { ModelCheck } from '../components/ModelCheck';

/** First run: the shop, then what works right now and what a download would add. */
export function Onboarding() {
  const t = useTranslate();
  // The recommended copy model, its size and the time it would take now, beside the shop form.
  useEffect(() => {
    void appStore.getState().loadModels();
  }, []);
  return (
    <main className="onboarding">
      <header className="onboarding__head">
        <span className="brand__mark" aria-hidden="true">A</span>
        <h1>{t('onboarding.title')}</h1>
        <ul className="onboarding__promises">
          <li>{t('onboarding.offline')}</li>
          <li>{t('onboarding.private')}</li>
          <li>{t('onboarding.ready')}</li>
        </ul>
        <p className="muted">{t('onboarding.lead')}</p>
      </header>
      <section className="card" aria-labelledby="shop-form-title">
        <h2 id="shop-form-title">{t('onboarding.shop')}</h2>
        <ShopForm submitLabel={t('onboarding.start')} onSubmit={(input) => appStore.getState().createShop(input)} />
      </section>
      <ModelCheck />
    </main>
  );
}
