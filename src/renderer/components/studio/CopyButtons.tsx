import type { Generation } from '../../../shared/ipc/generations';
import { useTranslate } from '../../i18n/use-translate';
import { appStore } from '../../stores/app';
import { allCopy, copyParts } from './copy-parts';

/** Headline, sub-copy, hashtags, or all of it, to the clipboard in one click each (as one variant shows it, when given). */
export function CopyButtons({ generation, variantIndex }: { generation: Generation; variantIndex?: number }) {
  const t = useTranslate();
  const parts = copyParts(generation, variantIndex);
  const copy = (text: string) => void appStore.getState().copyText(text);
  return (
    <div className="copy-buttons" role="group" aria-label={t('result.copyGroup')}>
      <button type="button" className="chip" onClick={() => copy(parts.headline)} disabled={!parts.headline}>
        {t('result.copyHeadline')}
      </button>
      <button type="button" className="chip" onClick={() => copy(parts.subcopy)} disabled={!parts.subcopy}>
        {t('result.copySubcopy')}
      </button>
      <button type="button" className="chip" onClick={() => copy(parts.hashtags)} disabled={!parts.hashtags}>
        {t('result.copyHashtags')}
      </button>
      <button type="button" className="chip chip--strong" onClick={() => copy(allCopy(parts))}>
        {t('result.copyAll')}
      </button>
    </div>
  );
}
