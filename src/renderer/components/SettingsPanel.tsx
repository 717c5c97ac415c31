import { useState, type FormEvent } from 'react';
import type { Settings, SettingsPatch } from '../../shared/ipc/settings';
import { useTranslate } from '../i18n/use-translate';
import { appSelectors, appStore, useApp } from '../stores/app';
import { NoticeBanner } from './NoticeBanner';

const save = (patch: SettingsPatch): Promise<boolean> => appStore.getState().saveSettings(patch);

export function SettingsPanel() {
  const t = useTranslate();
  const settings = useApp(appSelectors.settings);
  const error = useApp(appSelectors.settingsError);
  // Lives here, not in the form: a successful save remounts the form with the new values.
  const [saved, setSaved] = useState(false);
  if (!settings) return null;

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      <div className="field-row">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select value={settings.language} onChange={(e) => void save({ language: e.target.value as Settings['language'] })}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.theme')}</span>
          <select value={settings.theme} onChange={(e) => void save({ theme: e.target.value as Settings['theme'] })}>
            <option value="system">{t('settings.theme.system')}</option>
            <option value="light">{t('settings.theme.light')}</option>
            <option value="dark">{t('settings.theme.dark')}</option>
          </select>
        </label>
        <label className="field field--switch">
          <input type="checkbox" checked={settings.gpuEnabled} onChange={(e) => void save({ gpuEnabled: e.target.checked })} />
          <span>{t('settings.gpu')}</span>
        </label>
      </div>
      {/* Keyed by the stored values so the draft restarts whenever the core's settings change. */}
      <PerformanceForm key={`${settings.idleUnloadMinutes}:${settings.cpuThreads}`} settings={settings} saved={saved} onSaved={setSaved} />
      {error && <NoticeBanner notice={error} />}
    </section>
  );
}

interface PerformanceFormProps {
  settings: Settings;
  saved: boolean;
  onSaved: (saved: boolean) => void;
}

function PerformanceForm({ settings, saved, onSaved }: PerformanceFormProps) {
  const t = useTranslate();
  const [idleUnloadMinutes, setIdleUnloadMinutes] = useState(String(settings.idleUnloadMinutes));
  const [cpuThreads, setCpuThreads] = useState(String(settings.cpuThreads));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Numbers go to the core exactly as typed; the core validates and explains in Korean.
    onSaved(await save({ idleUnloadMinutes: Number(idleUnloadMinutes), cpuThreads: Number(cpuThreads) }));
  };

  const field = (label: string, hint: string, value: string, onChange: (value: string) => void) => (
    <label className="field">
      <span>{label}</span>
      <input
        inputMode="numeric"
        value={value}
        onChange={(e) => {
          onSaved(false);
          onChange(e.target.value);
        }}
      />
      <small className="muted">{hint}</small>
    </label>
  );

  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      {field(t('settings.idleUnload'), t('settings.idleUnloadHint'), idleUnloadMinutes, setIdleUnloadMinutes)}
      {field(t('settings.cpuThreads'), t('settings.cpuThreadsHint'), cpuThreads, setCpuThreads)}
      <div className="form-actions">
        <button type="submit" className="button">
          {t('settings.save')}
        </button>
        {saved && <span className="saved">{t('settings.saved')}</span>}
      </div>
    </form>
  );
}
