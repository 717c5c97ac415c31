import { filesBytes } from '../../shared/ipc/models';
import { adStyles, backdropNames } from '../../shared/ad-design';
import { formatBytes } from '../../shared/format-bytes';
import type { MessageKey } from '../i18n/ko';
import { useTranslate } from '../i18n/use-translate';
import { appSelectors, useApp } from '../stores/app';
import { FeatureBundle } from './FeatureBundle';
import { downloadTimeText, plainName } from './model-words';

const ready: MessageKey[] = ['models.ready.copy', 'models.ready.cutout', 'models.ready.backdrops', 'models.ready.formats'];

/** The copy model this computer is best served by, with its size, the time it would take now, and why. */
function RecommendedCopyModel() {
  const t = useTranslate();
  const language = useApp(appSelectors.language);
  const catalog = useApp(appSelectors.catalog);
  const hardware = useApp(appSelectors.hardware);
  const installed = useApp(appSelectors.installed);
  const speeds = useApp(appSelectors.speeds);
  const entry = catalog?.entries.find((e) => e.id === hardware?.recommended.llm);
  if (!entry || installed.some((model) => model.role === 'llm')) return null;
  const bytes = filesBytes(entry.files);
  const time = downloadTimeText(t, speeds[entry.id], bytes) ?? t('models.speedMeasuring');
  return (
    <p className="model-check__recommended">
      <strong>{t('models.add.recommended', { name: plainName(entry.name), size: formatBytes(bytes), time })}</strong>
      <span className="muted">{language === 'en' ? (entry.descriptionEn ?? entry.descriptionKo) : entry.descriptionKo}</span>
    </p>
  );
}

/** What works with nothing downloaded, and what an optional model adds. */
export function ModelCheck() {
  const t = useTranslate();
  return (
    <section className="card" aria-labelledby="model-check-title">
      <h2 id="model-check-title">{t('models.check')}</h2>
      <ul className="checklist">
        {ready.map((key) => (
          <li key={key} className="checklist__item checklist__item--ok">
            <span aria-hidden="true">✓</span> {t(key, { scenes: backdropNames.length, styles: adStyles.length })}
          </li>
        ))}
      </ul>
      <h3>{t('models.addTitle')}</h3>
      <ul className="checklist">
        <li className="checklist__item checklist__item--rich">
          <span aria-hidden="true">＋</span>
          <div>
            {t('models.add.llm')}
            <RecommendedCopyModel />
          </div>
        </li>
        <li className="checklist__item checklist__item--rich">
          <span aria-hidden="true">＋</span>
          <div>
            {t('models.add.diffusion')}
            <FeatureBundle feature="ai-background" />
          </div>
        </li>
      </ul>
    </section>
  );
}
