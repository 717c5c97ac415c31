import { useState, type FormEvent } from 'react';
import type { Settings, SettingsPatch } from '../../shared/ipc/settings';
import { contentLang } from '../i18n/content-lang';
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
        <Choice label={t('settings.language')} value={settings.language} options={[['ko', '한국어'], ['en', 'English']]} onChange={(language) => void save({ language })} />
        <Choice
          label={t('settings.theme')}
          value={settings.theme}
          options={[['system', t('settings.theme.system')], ['light', t('settings.theme.light')], ['dark', t('settings.theme.dark')]]}
          onChange={(theme) => void save({ theme })}
        />
        <Choice
          label={t('settings.diffusionPerformance')}
          value={settings.diffusionPerformance}
          options={[['quality', t('settings.performance.quality')], ['balanced', t('settings.performance.balanced')], ['fast', t('settings.performance.fast')]]}
          onChange={(diffusionPerformance) => void save({ diffusionPerformance })}
        />
        <Choice
          label={t('settings.modelImport')}
          value={settings.modelImport}
          options={[['copy', t('settings.modelImport.copy')], ['link', t('settings.modelImport.link')]]}
          onChange={(modelImport) => void save({ modelImport })}
        />
        <label className="field field--switch">
          <input type="checkbox" checked={settings.gpuEnabled} onChange={(e) => void save({ gpuEnabled: e.target.checked })} />
          <span>{t('settings.gpu')}</span>
        </label>
        <label className="field field--switch">
          <input type="checkbox" checked={settings.warmStart} aria-describedby="warm-start-hint" onChange={(e) => void save({ warmStart: e.target.checked })} />
          <span>{t('settings.warmStart')}</span>
          <small id="warm-start-hint" className="muted">
            {t('settings.warmStartHint')}
          </small>
        </label>
      </div>
      {/* Keyed by the stored values so the draft restarts whenever the core's settings change. */}
      <PerformanceForm key={`${settings.idleUnloadMinutes}:${settings.cpuThreads}`} settings={settings} saved={saved} onSaved={setSaved} />
      {error && <NoticeBanner notice={error} />}
    </section>
  );
}

/** One labelled select over a fixed set of values. */
function Choice<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: [V, string][]; onChange: (value: V) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map(([option, text]) => (
          <option key={option} value={option} lang={contentLang(text)}>
            {text}
          </option>
        ))}
      </select>
    </label>
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
