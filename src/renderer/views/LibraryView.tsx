import { contentLang } from '../i18n/content-lang';
import { useEffect, useState } from 'react';
import { adStyles } from '../../shared/ad-design';
import { adFormats, type Generation } from '../../shared/ipc/generations';
import { CopyButtons } from '../components/studio/CopyButtons';
import { copyParts } from '../components/studio/copy-parts';
import { useDates, useTranslate } from '../i18n/use-translate';
import { mediaUrl } from '../media-url';
import { appSelectors, appStore, useApp } from '../stores/app';
import { formatBytes } from '../../shared/format-bytes';
import { periodOf, periodRange, periods, type Period } from './periods';


function Stats() {
  const t = useTranslate();
  const stats = useApp(appSelectors.libraryStats);
  if (!stats) return null;
  const cards = [
    { label: t('library.stat.total'), value: String(stats.totalGenerations) },
    { label: t('library.stat.month'), value: String(stats.thisMonth) },
    { label: t('library.stat.kinds'), value: t('library.stat.kindsValue', { image: stats.byKind.image, copy: stats.byKind.copy }) },
    { label: t('library.stat.storage'), value: formatBytes(stats.storageBytes) },
  ];
  return (
    <ul className="stats" aria-label={t('library.stats')}>
      {cards.map((card) => (
        <li key={card.label} className="stat">
          <span className="stat__label">{card.label}</span>
          <strong className="stat__value">{card.value}</strong>
        </li>
      ))}
    </ul>
  );
}

function Filters() {
  const t = useTranslate();
  const filters = useApp(appSelectors.libraryFilters);
  const shops = useApp(appSelectors.shops) ?? [];
  const [query, setQuery] = useState(filters.query ?? '');
  // Presets cover what owners ask for; the date pickers come only with 'custom'.
  const [period, setPeriod] = useState<Period>(() => periodOf(filters));
  const set = appStore.getState().setLibraryFilters;
  useEffect(() => {
    // Typing settles for a moment before the search runs.
    const timer = setTimeout(() => {
      if (query !== (appStore.getState().libraryFilters.query ?? '')) void set({ query });
    }, 250);
    return () => clearTimeout(timer);
  }, [query, set]);
  return (
    <form className="filters" role="search" aria-label={t('library.filters')} onSubmit={(e) => e.preventDefault()}>
      <label className="field filters__search">
        <span>{t('library.search')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('library.searchPlaceholder')} />
      </label>
      <label className="field">
        <span>{t('library.shop')}</span>
        <select value={filters.shopId ?? ''} onChange={(e) => void set({ shopId: e.target.value || undefined })}>
          <option value="">{t('library.all')}</option>
          {shops.map((shop) => (
            <option key={shop.id} value={shop.id} lang={contentLang(shop.name)}>
              {shop.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('library.kind')}</span>
        <select value={filters.kind ?? ''} onChange={(e) => void set({ kind: (e.target.value || undefined) as Generation['kind'] | undefined })}>
          <option value="">{t('library.all')}</option>
          <option value="image">{t('library.kind.image')}</option>
          <option value="copy">{t('library.kind.copy')}</option>
          <option value="video">{t('library.kind.video')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('library.style')}</span>
        <select value={filters.style ?? ''} onChange={(e) => void set({ style: e.target.value || undefined })}>
          <option value="">{t('library.all')}</option>
          {adStyles.map((style) => (
            <option key={style} value={style}>
              {t(`style.${style}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field filters__format">
        <span>{t('library.format')}</span>
        <select value={filters.format ?? ''} onChange={(e) => void set({ format: (e.target.value || undefined) as (typeof adFormats)[number] | undefined })}>
          <option value="">{t('library.all')}</option>
          {adFormats.map((format) => (
            <option key={format} value={format}>
              {t(`format.${format}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('library.period')}</span>
        <select
          value={period}
          onChange={(e) => {
            const next = e.target.value as Period;
            setPeriod(next);
            if (next !== 'custom') void set(periodRange(next));
          }}
        >
          {periods.map((value) => (
            <option key={value} value={value}>
              {t(`library.period.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {period === 'custom' && (
        <>
          <label className="field">
            <span>{t('library.from')}</span>
            <input type="date" value={filters.from ?? ''} onChange={(e) => void set({ from: e.target.value || undefined })} />
          </label>
          <label className="field">
            <span>{t('library.to')}</span>
            <input type="date" value={filters.to ?? ''} onChange={(e) => void set({ to: e.target.value || undefined })} />
          </label>
        </>
      )}
    </form>
  );
}

function LibraryItem({ generation, selected }: { generation: Generation; selected: boolean }) {
  const t = useTranslate();
  const dates = useDates();
  const cover = generation.outputs[0];
  const parts = copyParts(generation);
  return (
    <li className={`tile${selected ? ' tile--selected' : ''}`}>
      {cover ? (
        // The whole ad at its own shape: a 4:5 or 9:16 ad cropped square would lose its headline or button.
        <button type="button" className="tile__cover" style={{ aspectRatio: `${cover.width} / ${cover.height}` }} onClick={() => appStore.getState().openViewer(generation.id, cover.variantIndex)}>
          <img src={mediaUrl(cover.sha256, 256)} alt={parts.headline || t('library.imageAlt')} lang={contentLang(parts.headline)} loading="lazy" />
          {generation.kind === 'video' && <span className="tile__badge">{t('library.kind.video')}</span>}
        </button>
      ) : (
        <div className="tile__copy" lang={contentLang(parts.headline)}>
          {parts.headline}
        </div>
      )}
      <div className="tile__body">
        <label className="tile__select">
          <input type="checkbox" checked={selected} onChange={() => appStore.getState().toggleSelected(generation.id)} aria-label={t('library.select', { title: parts.headline || generation.inputText })} />
          <strong className="tile__title" lang={contentLang(parts.headline || generation.inputText)}>
            {parts.headline || generation.inputText}
          </strong>
        </label>
        <span className="tile__meta">
          {dates.dateTime(generation.createdAt)} · {t(`library.kind.${generation.kind}`)}
        </span>
        <CopyButtons generation={generation} />
      </div>
    </li>
  );
}

/** Every result: stats, filters, search over copy, bulk export and delete (with undo). */
export function LibraryView() {
  const t = useTranslate();
  const items = useApp(appSelectors.libraryItems);
  const cursor = useApp(appSelectors.libraryCursor);
  const selected = useApp(appSelectors.selected);
  const store = appStore.getState();
  useEffect(() => {
    void appStore.getState().loadLibrary();
  }, []);
  return (
    <div className="page">
      <h2 className="page__title">{t('library.title')}</h2>
      <Stats />
      <Filters />
      <div className="bulk" role="toolbar" aria-label={t('library.bulk')}>
        <span>{t('library.selected', { n: selected.length })}</span>
        <button type="button" className="button button--quiet" disabled={selected.length === 0} onClick={() => void store.exportGenerations(selected)}>
          {t('library.export')}
        </button>
        <button type="button" className="button button--danger" disabled={selected.length === 0} onClick={() => void store.deleteGenerations(selected)}>
          {t('library.delete')}
        </button>
      </div>
      {items.length === 0 ? (
        <p className="muted">{t('library.empty')}</p>
      ) : (
        <ul className="gallery" aria-label={t('library.results')}>
          {items.map((generation) => (
            <LibraryItem key={generation.id} generation={generation} selected={selected.includes(generation.id)} />
          ))}
        </ul>
      )}
      {cursor && (
        <button type="button" className="button button--quiet" onClick={() => void store.loadMoreLibrary()}>
          {t('library.more')}
        </button>
      )}
    </div>
  );
}
