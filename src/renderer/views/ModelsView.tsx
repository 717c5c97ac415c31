import { ModelCheck } from '../components/ModelCheck';
import { SystemPanel } from '../components/SystemPanel';
import { useTranslate } from '../i18n/use-translate';

/** What runs here now, on what hardware. */
export function ModelsView() {
  const t = useTranslate();
  return (
    <div className="page">
      <h2 className="page__title">{t('models.title')}</h2>
      <ModelCheck />
      <SystemPanel />
    </div>
  );
}
