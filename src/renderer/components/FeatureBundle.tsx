import { useEffect } from 'react';
import { formatBytes } from '../../shared/format-bytes';
import { filesBytes, type BundleFeature, type BundlePlan, type DownloadState } from '../../shared/ipc/models';
import { errorText } from '../i18n/core-words';
import { durationText } from '../i18n/durations';
import type { MessageKey } from '../i18n/ko';
import { useTranslate } from '../i18n/use-translate';
import { appSelectors, appStore, useApp } from '../stores/app';
import { downloadTimeText, fitReason, plainName } from './model-words';

const fitWords: Record<BundlePlan['verdict'], MessageKey> = { fits: 'models.fit.fits', tight: 'models.fit.tight', 'wont-fit': 'models.fit.wont' };
// A paused part (after a restart too) is not busy: the button resumes it.
const under = (state: DownloadState | undefined): boolean => state?.status === 'downloading' || state?.status === 'verifying';

/**
 * A feature that needs several models (AI backgrounds: the painter and its fast decoder), offered
 * as one download: what it weighs, whether it fits, how long a picture takes here; then one
 * progress bar for all of it.
 */
export function FeatureBundle({ feature }: { feature: BundleFeature }) {
  const t = useTranslate();
  const language = useApp(appSelectors.language);
  const hardware = useApp(appSelectors.hardware);
  const catalog = useApp(appSelectors.catalog);
  const installed = useApp(appSelectors.installed);
  const downloads = useApp(appSelectors.downloads);
  const speeds = useApp(appSelectors.speeds);
  useEffect(() => {
    if (!appStore.getState().hardware) void appStore.getState().loadModels();
  }, []);
  if (!hardware || !catalog) return <p className="muted">{t('models.speedMeasuring')}</p>;
  const plan = hardware.bundles.find((b) => b.feature === feature);
  if (!plan) return <p className="muted">{t('bundle.none')}</p>;
  const entries = plan.modelIds.flatMap((id) => catalog.entries.filter((e) => e.id === id));
  const have = (id: string) => installed.some((m) => m.id === id);
  if (plan.modelIds.every(have)) return <p className="bundle__ready">{t('bundle.ready')}</p>;
  const states = plan.modelIds.map((id) => downloads[id]);
  const failure = states.find((s) => s?.status === 'failed')?.error;
  const busy = states.some(under);
  const done = plan.modelIds.reduce((sum, id, i) => sum + (have(id) ? (filesBytes(entries[i]?.files ?? []) ?? 0) : (states[i]?.receivedBytes ?? 0)), 0);
  const percent = plan.totalBytes > 0 ? Math.round((done / plan.totalBytes) * 100) : 0;
  const download = plan.modelIds[0] ? downloadTimeText(t, speeds[plan.modelIds[0]], plan.totalBytes - done) : undefined;
  return (
    <div className="bundle" aria-labelledby={`bundle-${feature}`}>
      <strong id={`bundle-${feature}`}>{t(`bundle.${feature}.title`)}</strong>
      <p className="muted">{t(`bundle.${feature}.lead`)}</p>
      <ul className="bundle__models">
        {entries.map((entry) => (
          <li key={entry.id}>
            {plainName(entry.name)} <span className="muted">· {formatBytes(filesBytes(entry.files))} · {entry.licence}</span>
          </li>
        ))}
      </ul>
      <p>
        {t('bundle.summary', { count: entries.length, size: formatBytes(plan.totalBytes), fit: t(fitWords[plan.verdict]) })}
        {plan.secondsPerPicture !== null && <> · {t('bundle.perPicture', { time: durationText(t, plan.secondsPerPicture) })}</>}
      </p>
      {plan.verdict === 'wont-fit' ? (
        <p className="notice__message">
          {t('bundle.wontFit')} {fitReason(t, plan.reason)}
        </p>
      ) : busy ? (
        <>
          <div className="progress" role="progressbar" aria-label={t('bundle.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
            <div className="progress__bar" style={{ width: `${percent}%` }} />
          </div>
          <span className="muted">{t('bundle.progress', { done: formatBytes(done), total: formatBytes(plan.totalBytes) })}</span>
        </>
      ) : (
        <>
          {download && <p className="muted">{download}</p>}
          <button type="button" className="button" onClick={() => void appStore.getState().downloadBundle(feature)}>
            {t('bundle.download', { size: formatBytes(plan.totalBytes - done) })}
          </button>
        </>
      )}
      {failure && !busy && <p className="notice__message">{t('bundle.failed', { reason: errorText(t, language, failure) })}</p>}
    </div>
  );
}
