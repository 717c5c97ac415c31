import type { Generation } from '../../../shared/ipc/generations';
import { useTranslate } from '../../i18n/use-translate';
import { mediaUrl } from '../../media-url';
import { appStore } from '../../stores/app';
import { CopyButtons } from './CopyButtons';
import { rankedVariants } from './ranked-variants';

/** A result in the chat: its variants (open one large), its copy to take away. */
export function ResultCard({ generation }: { generation: Generation }) {
  const t = useTranslate();
  const variants = rankedVariants(generation);
  return (
    <div className="result">
      {variants.length > 0 && (
        <ul className="result__grid" aria-label={t('result.variants')}>
          {variants.map(({ output, score, best }) => (
            <li key={output.id} className="result__cell">
              <button
                type="button"
                className="result__variant"
                title={score === undefined ? undefined : t('result.score', { n: Math.round(score * 100) })}
                onClick={() => appStore.getState().openViewer(generation.id, output.variantIndex)}
              >
                <img src={mediaUrl(output.sha256, 1024)} alt={t('result.variantN', { n: output.variantIndex + 1 })} width={output.width} height={output.height} loading="lazy" />
              </button>
              {best && <span className="result__best">{t('result.best')}</span>}
            </li>
          ))}
        </ul>
      )}
      <CopyButtons generation={generation} />
      {variants.length > 0 && (
        <div className="chips">
          <button type="button" className="chip" onClick={() => appStore.getState().openViewer(generation.id, variants[0]?.output.variantIndex ?? 0, 'video')}>
            {t('viewer.makeVideo')}
          </button>
          <button type="button" className="chip" onClick={() => appStore.getState().openViewer(generation.id, variants[0]?.output.variantIndex ?? 0, 'post')}>
            {t('viewer.makePosts')}
          </button>
        </div>
      )}
    </div>
  );
}
