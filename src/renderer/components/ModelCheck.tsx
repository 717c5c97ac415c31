import { useTranslate } from '../i18n/use-translate';
import type { MessageKey } from '../i18n/ko';

const ready: MessageKey[] = ['models.ready.copy', 'models.ready.cutout', 'models.ready.backdrops', 'models.ready.formats'];
const downloads: MessageKey[] = ['models.add.llm', 'models.add.diffusion'];

/** What works with nothing downloaded, and what an optional model adds. */
export function ModelCheck() {
  const t = useTranslate();
  return (
    <section className="card" aria-labelledby="model-check-title">
      <h2 id="model-check-title">{t('models.check')}</h2>
      <ul className="checklist">
        {ready.map((key) => (
          <li key={key} className="checklist__item checklist__item--ok">
            <span aria-hidden="true">✓</span> {t(key)}
          </li>
        ))}
      </ul>
      <h3>{t('models.addTitle')}</h3>
      <ul className="checklist">
        {downloads.map((key) => (
          <li key={key} className="checklist__item">
            <span aria-hidden="true">＋</span> {t(key)}
          </li>
        ))}
      </ul>
    </section>
  );
}
