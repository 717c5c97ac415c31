import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { adFormats, imageEncodings, type AdFormatName, type Generation, type ImageEncoding } from '../../../shared/ipc/generations';
import type { EditAspect, EditRequest } from '../../../shared/ipc/jobs';
import { Toasts } from '../common/Toasts';
import { useTranslate } from '../../i18n/use-translate';
import type { MessageKey } from '../../i18n/ko';
import { mediaUrl } from '../../media-url';
import { appSelectors, appStore, useApp } from '../../stores/app';
import { CopyButtons } from './CopyButtons';
import { rankedVariants } from './ranked-variants';
import { JobCardView } from './JobCardView';
import { TextEditor } from './TextEditor';
import { versionChain } from './versions';
import { TouchUpEditor } from './TouchUpEditor';
import { PostingPackView } from './PostingPackView';
import { MadeVideo, VideoMaker } from './VideoMaker';
import { CodeSelect } from '../common/CodeSelect';
import type { ViewerPanel } from '../../stores/app/ui-slice';
import { Icon } from '../common/Icon';

/**
 * The aspects decide what changes; the text is only what the chat bubble shows. An image edit
 * names the picture it changes ("2번 이미지"); the copy is one for all pictures.
 */
const quickEdits: { label: MessageKey; text: string; aspects: EditAspect[]; perImage: boolean }[] = [
  { label: 'viewer.quick.background', text: '배경 바꿔줘', aspects: ['background'], perImage: true },
  { label: 'viewer.quick.shorter', text: '문구 짧게 해줘', aspects: ['shorter'], perImage: false },
  { label: 'viewer.quick.bigger', text: '글씨 크게 해줘', aspects: ['bigger-text'], perImage: true },
  { label: 'viewer.quick.color', text: '색 바꿔줘', aspects: ['color'], perImage: true },
  { label: 'viewer.quick.warmer', text: '배경 따뜻하게 해줘', aspects: ['warmer'], perImage: true },
  { label: 'viewer.quick.playful', text: '문구 귀엽게 바꿔줘', aspects: ['tone-playful'], perImage: false },
];

function DownloadPanel({ generation, variantIndex }: { generation: Generation; variantIndex: number }) {
  const t = useTranslate();
  const [format, setFormat] = useState<AdFormatName>(generation.outputs[0]?.format ?? '1:1');
  const [type, setType] = useState<ImageEncoding['type']>('png');
  const [quality, setQuality] = useState(90);
  const [busy, setBusy] = useState(false);
  const encoding = { type, quality };
  const run = (work: Promise<void>) => {
    setBusy(true);
    void work.finally(() => setBusy(false));
  };
  return (
    <section className="viewer__section" aria-labelledby="download-title">
      <h3 id="download-title">{t('viewer.download')}</h3>
      <div className="field-row">
        <CodeSelect label={t('viewer.format')} codes={adFormats} value={format} onChange={setFormat} word={(code) => t(`format.${code}`)} />
        <label className="field">
          <span>{t('viewer.fileType')}</span>
          <select value={type} onChange={(e) => setType(e.target.value as ImageEncoding['type'])}>
            {imageEncodings.map((value) => (
              <option key={value} value={value}>
                {value.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        {type !== 'png' && (
          <label className="field">
            <span>{t('viewer.quality', { n: quality })}</span>
            <input type="range" min={60} max={100} value={quality} onChange={(e) => setQuality(Number(e.target.value))} />
          </label>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => run(appStore.getState().download(generation.id, variantIndex, format, encoding))}>
          {t('viewer.downloadButton')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => run(appStore.getState().savePack(generation.id, variantIndex, { type: type === 'png' ? 'jpeg' : type, quality }))}>
          {t('viewer.pack')}
        </button>
      </div>
    </section>
  );
}

/** The picture of one variant in a version (its first format, as the viewer shows it). */
const pictureOf = (generation: Generation, variantIndex: number) => {
  const first = generation.outputs[0]?.format;
  return generation.outputs.find((o) => o.variantIndex === variantIndex && o.format === first) ?? generation.outputs.find((o) => o.variantIndex === variantIndex);
};

/**
 * Every version of the shown variant, oldest first, with undo and redo between them (Ctrl+Z,
 * Ctrl+Shift+Z). At either end the button says so but keeps the focus (a disabled one would drop
 * it to the page, and the shortcuts with it).
 */
function VersionStrip({ chain, at, variantIndex, go }: { chain: Generation[]; at: number; variantIndex: number; go: (step: number) => void }) {
  const t = useTranslate();
  if (chain.length < 2) return null;
  return (
    <nav className="versions" aria-label={t('viewer.versions')}>
      <button type="button" className="button button--quiet button--small" aria-disabled={at === 0} aria-keyshortcuts="Control+Z" onClick={() => go(-1)}>
        {t('viewer.undo')}
      </button>
      <ol className="versions__list">
        {chain.map((version, index) => {
          const picture = pictureOf(version, variantIndex);
          return (
            <li key={version.id}>
              <button type="button" className="versions__item" aria-current={index === at ? 'true' : undefined} onClick={() => go(index - at)}>
                {picture && <img src={mediaUrl(picture.sha256, 256)} alt="" />}
                <span>{index === 0 ? t('viewer.original') : t('viewer.versionN', { n: index })}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--quiet button--small" aria-disabled={at === chain.length - 1} aria-keyshortcuts="Control+Shift+Z" onClick={() => go(1)}>
        {t('viewer.redo')}
      </button>
    </nav>
  );
}

/** The open result: its variants, downloads, copy, text editing and requests for changes. */
function ViewerContent({ generation, variantIndex, panel }: { generation: Generation; variantIndex: number; panel?: ViewerPanel }) {
  const t = useTranslate();
  const messages = useApp(appSelectors.messages);
  const [editing, setEditing] = useState<'text' | 'touch-up' | ViewerPanel | undefined>(panel);
  const store = appStore.getState();
  const close = () => store.closeViewer();
  const ask = (text: string, extra?: { attachments?: string[]; edit?: EditRequest }) => {
    close();
    store.showView('studio');
    void store.request(text, extra);
  };
  // An edit of this result stays here: the viewer shows it at work and then opens the new version.
  const edit = (text: string, request: EditRequest) => {
    setEditing(undefined);
    void store.request(text, { edit: request, inViewer: true });
  };
  const following = useApp((state) => (state.viewer?.followJobId ? state.jobs.find((job) => job.jobId === state.viewer?.followJobId) : undefined));
  const known = useApp(appSelectors.generations);
  const library = useApp(appSelectors.libraryItems);
  const chain = useMemo(() => versionChain(generation, [...known, ...library]), [generation, known, library]);
  const at = chain.findIndex((version) => version.id === generation.id);
  const ranked = rankedVariants(generation);
  const variants = ranked.map((r) => r.output);
  const current = variants.find((o) => o.variantIndex === variantIndex) ?? variants[0];
  const jobId = messages.find((m) => m.id === generation.messageId)?.jobId;
  const photo = generation.inputMedia[0];
  if (!current) return null;
  const goVersion = (step: number) => {
    const version = chain[at + step];
    if (version) store.openViewer(version.id, current.variantIndex);
  };
  // ← and → walk the variants in the order shown; fields keep their arrows (a select changes value with them).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target;
    if (editing || target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return;
    if ((event.ctrlKey || event.metaKey) && (event.key.toLowerCase() === 'z' || event.key.toLowerCase() === 'y')) {
      event.preventDefault();
      goVersion(event.key.toLowerCase() === 'y' || event.shiftKey ? 1 : -1);
      return;
    }
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0 || variants.length < 2) return;
    event.preventDefault();
    const at = variants.findIndex((o) => o.variantIndex === current.variantIndex);
    const next = variants[(at + delta + variants.length) % variants.length];
    if (next) store.openViewer(generation.id, next.variantIndex);
  };

  return (
    <div className="viewer__layout" onKeyDown={onKeyDown}>
      <header className="viewer__head">
        <h2 id="viewer-title">{t('viewer.title', { n: current.variantIndex + 1 })}</h2>
        <button type="button" className="icon-button" aria-label={t('viewer.close')} onClick={close}>
          <Icon name="close" />
        </button>
      </header>
      {editing === 'video' ? (
        <VideoMaker generation={generation} variantIndex={current.variantIndex} onClose={() => setEditing(undefined)} />
      ) : editing === 'post' ? (
        <PostingPackView generation={generation} onClose={() => setEditing(undefined)} />
      ) : editing === 'text' ? (
        <TextEditor generation={generation} variantIndex={current.variantIndex} format={current.format} onDone={() => setEditing(undefined)} />
      ) : editing === 'touch-up' && photo ? (
        <TouchUpEditor
          sourceSha256={photo}
          onCancel={() => setEditing(undefined)}
          onSaved={() => edit('누끼 다듬은 사진으로 다시 그려줘', { generationId: generation.id, variant: 'all', aspects: ['touch-up'] })}
        />
      ) : (
        <div className="viewer__body">
          <div className="viewer__stage">
            <img src={mediaUrl(current.sha256)} alt={t('result.variantN', { n: current.variantIndex + 1 })} />
            <ul className="viewer__thumbs" aria-label={t('result.variants')}>
              {ranked.map(({ output, score, best }) => (
                <li key={output.id} className="result__cell">
                  <button
                    type="button"
                    aria-pressed={output.variantIndex === current.variantIndex}
                    title={score === undefined ? undefined : t('result.score', { n: Math.round(score * 100) })}
                    onClick={() => store.openViewer(generation.id, output.variantIndex)}
                  >
                    <img src={mediaUrl(output.sha256, 256)} alt={t('result.variantN', { n: output.variantIndex + 1 })} />
                  </button>
                  {best && <span className="result__best">{t('result.best')}</span>}
                </li>
              ))}
            </ul>
            <VersionStrip chain={chain} at={at} variantIndex={current.variantIndex} go={goVersion} />
          </div>
          <div className="viewer__panel">
            {following && <JobCardView job={following} />}
            <DownloadPanel generation={generation} variantIndex={current.variantIndex} />
            <section className="viewer__section" aria-labelledby="share-title">
              <h3 id="share-title">{t('viewer.share')}</h3>
              <div className="form-actions">
                <button type="button" className="button" onClick={() => setEditing('video')}>
                  {t('viewer.makeVideo')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => setEditing('post')}>
                  {t('viewer.makePosts')}
                </button>
              </div>
            </section>
            <section className="viewer__section" aria-labelledby="copy-title">
              <h3 id="copy-title">{t('viewer.copy')}</h3>
              <CopyButtons generation={generation} variantIndex={current.variantIndex} />
              <button type="button" className="button button--quiet" onClick={() => setEditing('text')}>
                {t('viewer.editText')}
              </button>
            </section>
            <section className="viewer__section" aria-labelledby="change-title">
              <h3 id="change-title">{t('viewer.change')}</h3>
              <div className="chips">
                {quickEdits.map((quick) => (
                  <button
                    key={quick.label}
                    type="button"
                    className="chip"
                    disabled={following !== undefined && !following.ended}
                    onClick={() =>
                      edit(quick.perImage && variants.length > 1 ? `${current.variantIndex + 1}번 이미지 ${quick.text}` : quick.text, {
                        generationId: generation.id,
                        variant: current.variantIndex,
                        aspects: quick.aspects,
                      })
                    }
                  >
                    {t(quick.label)}
                  </button>
                ))}
              </div>
              <div className="form-actions">
                {photo && (
                  <button type="button" className="button button--quiet" onClick={() => setEditing('touch-up')}>
                    {t('viewer.touchUp')}
                  </button>
                )}
                <button type="button" className="button button--quiet" onClick={() => ask(generation.inputText, { attachments: generation.inputMedia })}>
                  {t('viewer.moreLikeThis')}
                </button>
                {jobId && (
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => {
                      close();
                      void store.retryJob(jobId, generation.inputText);
                    }}
                  >
                    {t('viewer.regenerate')}
                  </button>
                )}
              </div>
            </section>
          </div>
        </div>
      )}
    </div>
  );
}

/** A video result open large: the player, its download and upload folders, and the posts to go with it. */
function VideoResult({ video }: { video: Generation }) {
  const t = useTranslate();
  const [posts, setPosts] = useState(false);
  const close = () => appStore.getState().closeViewer();
  if (posts) return <PostingPackView generation={video} onClose={() => setPosts(false)} />;
  return (
    <div className="viewer__layout">
      <header className="viewer__head">
        <h2 id="viewer-title">{t('video.player')}</h2>
        <button type="button" className="icon-button" aria-label={t('viewer.close')} onClick={close}>
          <Icon name="close" />
        </button>
      </header>
      <MadeVideo video={video} />
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={() => setPosts(true)}>
          {t('viewer.makePosts')}
        </button>
      </div>
    </div>
  );
}

/** A result open large, in a modal dialog (focus kept inside, Esc closes). */
export function ResultViewer() {
  const viewer = useApp(appSelectors.viewer);
  const generations = useApp(appSelectors.generations);
  const libraryItems = useApp(appSelectors.libraryItems);
  const dialog = useRef<HTMLDialogElement>(null);
  const generation = viewer && (generations.find((g) => g.id === viewer.generationId) ?? libraryItems.find((g) => g.id === viewer.generationId));

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (viewer && !element.open) element.showModal();
    if (!viewer && element.open) element.close();
  }, [viewer]);

  return (
    <dialog ref={dialog} className="viewer" aria-labelledby="viewer-title" onClose={() => appStore.getState().closeViewer()}>
      {viewer && generation?.kind === 'video' && <VideoResult video={generation} />}
      {/* Keyed by the chat message, not the version: moving between versions keeps the controls (and the focus) in place. */}
      {viewer && generation && generation.kind !== 'video' && <ViewerContent key={generation.messageId ?? generation.id} generation={generation} variantIndex={viewer.variantIndex} panel={viewer.panel} />}
      {viewer && <Toasts />}
    </dialog>
  );
}
