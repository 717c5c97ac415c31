import type { Generation } from '../../../shared/ipc/generations';
import { useTranslate } from '../../i18n/use-translate';
import { mediaUrl } from '../../media-url';
import { appStore } from '../../stores/app';
import { CopyButtons } from './CopyButtons';

/** A result in the chat: its variants (open one large), its copy to take away. */
export function ResultCard({ generation }: { generation: Generation }) {
  const t = useTranslate();
  const firstFormat = generation.outputs[0]?.format;
  const variants = generation.outputs.filter((output) => output.format === firstFormat);
  return (
    <div className="result">
      {variants.length > 0 && (
        <ul className="result__grid" aria-label={t('result.variants')}>
          {variants.map((output) => (
            <li key={output.id}>
              <button type="button" className="result__variant" onClick={() => appStore.getState().openViewer(generation.id, output.variantIndex)}>
                <img src={mediaUrl(output.sha256, 1024)} alt={t('result.variantN', { n: output.variantIndex + 1 })} width={output.width} height={output.height} loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <CopyButtons generation={generation} />
    </div>
  );
}
