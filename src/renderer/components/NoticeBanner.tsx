import { errorText } from '../i18n/core-words';
import { useTranslate } from '../i18n/use-translate';
import { appSelectors, useApp } from '../stores/app';
import type { Notice } from '../stores/app/notice';

interface NoticeBannerProps {
  notice: Notice;
  onDismiss?: () => void;
}

/** Shows a typed error the way the owner needs it: the message in the window's language first, the code for support. */
export function NoticeBanner({ notice, onDismiss }: NoticeBannerProps) {
  const t = useTranslate();
  const language = useApp(appSelectors.language);
  return (
    <div className="notice" role="alert" data-error-code={notice.code}>
      <p className="notice__message">{errorText(t, language, notice)}</p>
      <p className="notice__code">
        {t('notice.code')}: {notice.code}
      </p>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}
