import { useTranslate } from '../../i18n/use-translate';

/** The heading of a panel the viewer opens over an ad (the video maker, the posting pack), with the way back to the ad. */
export function PanelHead({ id, title, onBack }: { id: string; title: string; onBack: () => void }) {
  const t = useTranslate();
  return (
    <header className="viewer__head">
      <h2 id={id}>{title}</h2>
      <button type="button" className="button button--quiet" onClick={onBack}>
        {t('video.back')}
      </button>
    </header>
  );
}
