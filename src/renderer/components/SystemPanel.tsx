import { useTranslate } from '../i18n/use-translate';
import { appSelectors, useApp } from '../stores/app';
import { formatBytes } from '../../shared/format-bytes';


export function SystemPanel() {
  const t = useTranslate();
  const info = useApp(appSelectors.info);
  if (!info) {
    return (
      <section className="card" aria-labelledby="system-title">
        <h2 id="system-title">{t('system.title')}</h2>
        <p className="muted">{t('system.loading')}</p>
      </section>
    );
  }
  const gpu = info.gpu;
  const rows: [string, string, string][] = [
    ['version', t('system.version'), info.version],
    ['dataDir', t('system.dataDir'), info.dataDir],
    ['platform', t('system.platform'), `${info.platform} · ${info.arch}`],
    ['cpu', t('system.cpu'), `${info.cpuModel} · ${t('system.cores', { n: info.cpuCores })}`],
    ['memory', t('system.memory'), t('system.memoryValue', { free: formatBytes(info.freeMemoryBytes), total: formatBytes(info.totalMemoryBytes) })],
    [
      'gpu',
      t('system.gpu'),
      gpu.llamaBackend === false
        ? t('system.gpuNone')
        : `${gpu.devices.join(', ')} · ${gpu.llamaBackend} · ${formatBytes(gpu.vramTotalBytes)}`,
    ],
    ['onnx', t('system.onnx'), gpu.onnxProviders.join(', ')],
    [
      'appMemory',
      t('system.appMemory'),
      info.memory.inferenceBytes === null
        ? t('system.appMemoryIdle', { app: formatBytes(info.memory.appBytes) })
        : t('system.appMemoryValue', { app: formatBytes(info.memory.appBytes), inference: formatBytes(info.memory.inferenceBytes) }),
    ],
    ['warmStart', t('system.warmStart'), t(`system.warm.${info.memory.warmStart}`)],
  ];
  return (
    <section className="card" aria-labelledby="system-title">
      <h2 id="system-title">{t('system.title')}</h2>
      <dl className="facts">
        {rows.map(([id, label, value]) => (
          <div className="facts__row" key={id}>
            <dt>{label}</dt>
            <dd data-fact={id}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
