import { contentLang } from '../../i18n/content-lang';
import type { JobCard } from '../../stores/app/chat-slice';
import { stepText } from '../../i18n/core-words';
import { useTranslate } from '../../i18n/use-translate';
import { mediaUrl } from '../../media-url';
import { appStore } from '../../stores/app';
import { NoticeBanner } from '../NoticeBanner';

/** A running (or failed) request: its stage and step in the window's language, the bar, copy as it is written, previews. */
export function JobCardView({ job }: { job: JobCard }) {
  const t = useTranslate();
  const store = appStore.getState();
  const stageLabel = job.queuePosition ? t('job.queued', { n: job.queuePosition }) : t(`job.stage.${job.stage}`);
  return (
    // Outside the log's announcements: a screen reader hears the stage, not every percent.
    <section className="job-card" aria-label={t('job.title')} aria-busy={!job.ended} aria-live="off">
      <p className="bubble bubble--user bubble__text" lang={contentLang(job.text)}>
        {job.text}
      </p>
      <div className="job-card__body">
        <div className="job-card__head">
          <strong className="job-card__stage">{job.ended ? t(job.ended.status === 'cancelled' ? 'job.cancelled' : 'job.failed') : stageLabel}</strong>
          <span className="job-card__percent">{Math.round(job.percent)}%</span>
        </div>
        <div className="progress" role="progressbar" aria-label={t('job.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(job.percent)}>
          <div className="progress__bar" style={{ width: `${job.percent}%` }} />
        </div>
        {job.step && !job.ended && <p className="job-card__message">{stepText(t, job.step)}</p>}
        {job.copyText && (
          <pre className="job-card__copy" lang="ko">
            {job.copyText}
          </pre>
        )}
        {job.previews.length > 0 && (
          <div className="job-card__previews">
            {job.previews.map((sha) => (
              <img key={sha} src={mediaUrl(sha, 256)} alt={t('job.preview')} width={120} height={150} />
            ))}
          </div>
        )}
        {job.ended?.error && <NoticeBanner notice={job.ended.error} />}
        <div className="job-card__actions">
          {job.ended ? (
            <>
              <button type="button" className="button" onClick={() => void store.retryJob(job.jobId)}>
                {t('job.retry')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => store.dismissJob(job.jobId)}>
                {t('job.dismiss')}
              </button>
            </>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => void store.cancelJob(job.jobId)}>
              {t('job.cancel')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
