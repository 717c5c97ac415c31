import { useTranslate } from '../../i18n/use-translate';
import { appSelectors, appStore, useApp } from '../../stores/app';

/** Undo offers and short confirmations, announced politely to screen readers. */
export function Toasts() {
  const t = useTranslate();
  const undoToasts = useApp(appSelectors.undoToasts);
  const info = useApp(appSelectors.infoToast);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {undoToasts.map((toast) => (
        <div key={toast.id} className="toast">
          <span>{t(toast.message)}</span>
          <button type="button" className="button button--small" onClick={() => void appStore.getState().runUndo(toast.id)}>
            {t('undo.action')}
          </button>
        </div>
      ))}
      {info && (
        <div className="toast">
          <span>{t(info.message)}</span>
          {info.detail && <span className="toast__detail">{info.detail}</span>}
        </div>
      )}
    </div>
  );
}
