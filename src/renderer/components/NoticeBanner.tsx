import { useTranslate } from '../i18n/use-translate';
import type { Notice } from '../stores/app/notice';

interface NoticeBannerProps {
  notice: Notice;
  onDismiss?: () => void;
}

/** Shows a typed error the way the owner needs it: the Korean message first, the code for support. */
export function NoticeBanner({ notice, onDismiss }: NoticeBannerProps) {
  const t = useTranslate();
  return (
    <div className="notice" role="alert" data-error-code={notice.code}>
      <p className="notice__message">{notice.userMessage}</p>
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
