import type { AdFormatName } from '../../../shared/ad-design';
import { useTranslate } from '../../i18n/use-translate';

/** An ad size picked from the given ones, each named with its pixels ("스토리 9:16 (1080×1920)"). */
export function FormatSelect<F extends AdFormatName>({ label, formats, value, onChange }: { label: string; formats: readonly F[]; value: F; onChange: (format: F) => void }) {
  const t = useTranslate();
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(formats.find((format) => format === e.target.value) ?? value)}>
        {formats.map((format) => (
          <option key={format} value={format}>
            {t(`format.${format}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
