import { useEffect, useState } from 'react';
import type { DesktopBridge } from '../../shared/ipc/desktop-bridge';
import { filesBytes, modelRoles, type CatalogEntry, type DownloadState, type InstalledModel, type ModelFit, type ModelRole } from '../../shared/ipc/models';
import { DropZone } from '../components/common/DropZone';
import { ModelCheck } from '../components/ModelCheck';
import { SystemPanel } from '../components/SystemPanel';
import { errorText } from '../i18n/core-words';
import type { MessageKey } from '../i18n/ko';
import { downloadTimeText, fitReason, plainName } from '../components/model-words';
import { durationText } from '../i18n/durations';
import { useTranslate } from '../i18n/use-translate';
import { appSelectors, appStore, useApp } from '../stores/app';
import { formatBytes } from '../../shared/format-bytes';

const roleTitle: Record<ModelRole, MessageKey> = { llm: 'models.role.llm', diffusion: 'models.role.diffusion', vae: 'models.role.vae', cutout: 'models.role.cutout', scorer: 'models.role.scorer' };
const builtinChoice: Record<ModelRole, MessageKey> = { llm: 'models.builtin.llm', diffusion: 'models.builtin.diffusion', vae: 'models.builtin.vae', cutout: 'models.builtin.cutout', scorer: 'models.builtin.scorer' };
const fitLabel: Record<ModelFit['verdict'], MessageKey> = { fits: 'models.fit.fits', tight: 'models.fit.tight', 'wont-fit': 'models.fit.wont' };

function DownloadControls({ entry, state, fits }: { entry: CatalogEntry; state: DownloadState | undefined; fits: boolean }) {
  const t = useTranslate();
  const language = useApp(appSelectors.language);
  const store = appStore.getState();
  const active = state?.status === 'downloading' || state?.status === 'verifying';
  if (!state || state.status === 'cancelled' || state.status === 'done') {
    return (
      // A model that cannot run here is not offered for download; the reason is shown beside it.
      <button type="button" className="button" disabled={!fits} onClick={() => void store.downloadModel(entry.id)}>
        {t('models.download', { size: formatBytes(filesBytes(entry.files)) })}
      </button>
    );
  }
  const percent = state.totalBytes > 0 ? Math.round((state.receivedBytes / state.totalBytes) * 100) : 0;
  return (
    <div className="model__download">
      <div className="progress" role="progressbar" aria-label={t('models.progress', { name: entry.name })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <span className={state.retry ? 'notice__message' : 'muted'} role={state.retry ? 'alert' : undefined}>
        {state.retry
          ? t(state.retry.reason === 'network' ? 'models.retry.network' : 'models.retry.server', { seconds: state.retry.inSeconds, attempt: state.retry.attempt, attempts: state.retry.attempts })
          : state.status === 'verifying'
          ? t('models.verifying')
          : t('models.progressText', { done: formatBytes(state.receivedBytes), total: formatBytes(state.totalBytes), speed: state.bytesPerSecond > 0 ? `${formatBytes(state.bytesPerSecond)}/s` : '—', eta: state.etaSeconds !== null ? durationText(t, state.etaSeconds) : '—' })}
      </span>
      {state.error && <span className="notice__message">{errorText(t, language, state.error)}</span>}
      <div className="form-actions">
        {active ? (
          <button type="button" className="button button--quiet" onClick={() => void store.pauseModel(entry.id)}>
            {t('models.pause')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void store.downloadModel(entry.id)}>
            {t('models.resume')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => void store.cancelModel(entry.id)}>
          {t('models.cancel')}
        </button>
      </div>
    </div>
  );
}


function DownloadTime({ modelId, bytes }: { modelId: string; bytes: number }) {
  const t = useTranslate();
  const text = downloadTimeText(t, useApp(appSelectors.speeds)[modelId], bytes);
  return text ? <p className="muted model__time">{text}</p> : null;
}

function CatalogCard({ entry, installed }: { entry: CatalogEntry; installed: InstalledModel | undefined }) {
  const t = useTranslate();
  const language = useApp(appSelectors.language);
  const hardware = useApp(appSelectors.hardware);
  const downloads = useApp(appSelectors.downloads);
  const fit = hardware?.fits.find((f) => f.modelId === entry.id);
  const recommended = hardware?.recommended[entry.role] === entry.id;
  const why = recommended ? (hardware?.recommendedWhy[entry.role] ?? []) : [];
  const downloadBytes = filesBytes(entry.files);
  // While it downloads, its own progress says the time left.
  const state = downloads[entry.id];
  const downloading = state !== undefined && state.status !== 'cancelled' && state.status !== 'done';
  return (
    <li className="model">
      <div className="model__head">
        <strong>{plainName(entry.name)}</strong>
        {recommended && <span className="badge badge--accent">{t('models.recommended')}</span>}
        {fit && <span className={`badge badge--${fit.verdict}`}>{t(fitLabel[fit.verdict])}</span>}
      </div>
      <p>{language === 'en' ? (entry.descriptionEn ?? entry.descriptionKo) : entry.descriptionKo}</p>
      <p className="muted model__meta">
        {[downloadBytes > 0 ? t('models.downloadSize', { size: formatBytes(downloadBytes) }) : '', fit ? fitReason(t, fit.reason) : '', entry.commercialUse ? '' : t('models.nonCommercial')].filter(Boolean).join(' · ')}
      </p>
      {why.length > 0 && <p className="model__why">{t('models.why', { reasons: why.map((reason) => t(`models.why.${reason}`)).join(' · ') })}</p>}
      {!entry.bundled && !installed && !downloading && <DownloadTime modelId={entry.id} bytes={downloadBytes} />}
      {entry.notice && <p className="model__notice">{entry.notice}</p>}
      <details className="model__details">
        <summary>{t('models.details')}</summary>
        <dl>
          <dt>{t('models.detail.name')}</dt>
          <dd>{entry.name}</dd>
          <dt>{t('models.detail.publisher')}</dt>
          <dd>{entry.publisher}</dd>
          <dt>{t('models.detail.licence')}</dt>
          <dd>
            <a href={entry.licenceUrl} target="_blank" rel="noreferrer">
              {entry.licence}
            </a>
          </dd>
          <dt>{t('models.detail.terms')}</dt>
          <dd>{language === 'en' ? (entry.licenceTermsEn ?? entry.licenceTermsKo) : entry.licenceTermsKo}</dd>
          <dt>{t('models.detail.format')}</dt>
          <dd>{entry.format.toUpperCase()}</dd>
        </dl>
      </details>
      {entry.bundled ? <span className="muted">{t('models.bundled')}</span> : installed ? <span className="muted">{t('models.installedAlready')}</span> : <DownloadControls entry={entry} state={state} fits={fit?.verdict !== 'wont-fit'} />}
    </li>
  );
}

function ActiveChoice({ role }: { role: ModelRole }) {
  const t = useTranslate();
  const installed = useApp(appSelectors.installed).filter((m) => m.role === role);
  const active = installed.find((m) => m.active)?.id ?? '';
  // The cut-out, decoder and scorer roles have nothing to choose until one is installed.
  if (installed.length === 0 && role !== 'llm' && role !== 'diffusion') return null;
  return (
    <fieldset className="active-choice">
      <legend>{t('models.active')}</legend>
      <label className="radio">
        <input type="radio" name={`active-${role}`} checked={active === ''} onChange={() => void appStore.getState().setActiveModel(role, null)} />
        {t(builtinChoice[role])}
      </label>
      {installed.map((model) => (
        <span key={model.id} className="radio-row">
          <label className="radio">
            <input type="radio" name={`active-${role}`} checked={active === model.id} onChange={() => void appStore.getState().setActiveModel(role, model.id)} />
            {model.name} <span className="muted">({[formatBytes(model.sizeBytes), model.linked ? t('models.linked') : '', model.hub ? `${t('models.detail.commit')} ${model.hub.commit.slice(0, 7)}` : ''].filter(Boolean).join(', ')})</span>
          </label>
          <button type="button" className="button button--quiet button--small" onClick={() => void appStore.getState().removeModel(model.id)}>
            {t('models.remove', { name: model.name })}
          </button>
        </span>
      ))}
    </fieldset>
  );
}

/** Which execution providers onnxruntime offers here; a run that cannot use one says so in its reply. */
function Accelerators() {
  const t = useTranslate();
  const hardware = useApp(appSelectors.hardware);
  const settings = useApp(appSelectors.settings);
  if (!hardware) return null;
  const names: Record<string, string> = { cuda: 'CUDA', dml: 'DirectML', coreml: 'CoreML', cpu: 'CPU' };
  const list = settings?.gpuEnabled === false ? ['CPU'] : hardware.gpu.onnxProviders.filter((p) => p in names).map((p) => names[p] ?? p);
  return <p className="muted">{t('models.accelerators', { list: list.join(', ') || 'CPU' })}</p>;
}

/**
 * In the desktop window a typed path would be refused (a window may only use paths its owner
 * dropped or picked), so the owner picks the file or folder in a native dialog instead.
 */
function PickedPathImport({ bridge }: { bridge: DesktopBridge }) {
  const t = useTranslate();
  const pick = async (kind: 'file' | 'folder') => {
    const path = await bridge.choosePath({ kind, title: t('models.importPickTitle') });
    if (path) await appStore.getState().importModel(path);
  };
  return (
    <div className="import-path">
      <button type="button" className="button" onClick={() => void pick('file')}>
        {t('models.importPickFile')}
      </button>
      <button type="button" className="button" onClick={() => void pick('folder')}>
        {t('models.importPickFolder')}
      </button>
    </div>
  );
}

/** In the browser (the headless host) a page cannot learn a file's location, so the owner types it. */
function TypedPathImport() {
  const t = useTranslate();
  const [path, setPath] = useState('');
  return (
    <form
      className="import-path"
      onSubmit={(e) => {
        e.preventDefault();
        if (path.trim()) void appStore.getState().importModel(path.trim()).then((ok) => ok && setPath(''));
      }}
    >
      <label className="field">
        <span>{t('models.importPath')}</span>
        <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('models.importPathPlaceholder')} />
      </label>
      <button type="submit" className="button" disabled={!path.trim()}>
        {t('models.importButton')}
      </button>
    </form>
  );
}

function ImportPanel() {
  const t = useTranslate();
  const bridge = window.adstudio;
  const dropped = (files: File[]) => {
    const file = files[0];
    const droppedPath = file && bridge ? bridge.pathForFile(file) : '';
    if (droppedPath) void appStore.getState().importModel(droppedPath);
    else if (file) appStore.getState().inform('models.dropNeedsPath');
  };
  return (
    <section className="card" aria-labelledby="import-title">
      <h3 id="import-title">{t('models.importTitle')}</h3>
      <p className="muted">{t('models.importLead')}</p>
      <DropZone label={t('models.importDrop')} accept=".gguf,application/octet-stream" onFiles={dropped} />
      {bridge ? <PickedPathImport bridge={bridge} /> : <TypedPathImport />}
    </section>
  );
}

/** What runs here now, the catalog with what fits this computer, downloads, import, the active model per role. */
export function ModelsView() {
  const t = useTranslate();
  const catalog = useApp(appSelectors.catalog);
  const installed = useApp(appSelectors.installed);
  useEffect(() => {
    void appStore.getState().loadModels();
  }, []);
  return (
    <div className="page">
      <h2 className="page__title">{t('models.title')}</h2>
      <ModelCheck />
      {modelRoles.map((role) => {
        const entries = catalog?.entries.filter((e) => e.role === role) ?? [];
        return (
          <section key={role} className="card" aria-labelledby={`role-${role}`}>
            <h3 id={`role-${role}`}>{t(roleTitle[role])}</h3>
            {role === 'diffusion' && <Accelerators />}
            <ActiveChoice role={role} />
            {entries.length === 0 ? (
              <p className="muted">{t('models.noneInCatalog')}</p>
            ) : (
              <ul className="models">
                {entries.map((entry) => (
                  <CatalogCard key={entry.id} entry={entry} installed={installed.find((m) => m.id === entry.id)} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <ImportPanel />
      <SystemPanel />
    </div>
  );
}
