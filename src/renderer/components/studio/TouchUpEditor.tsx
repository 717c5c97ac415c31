import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { CutoutView } from '../../../shared/ipc/cutouts';
import { fileToBase64 } from '../../file-base64';
import type { MessageKey } from '../../i18n/ko';
import { useTranslate } from '../../i18n/use-translate';
import { mediaUrl } from '../../media-url';
import { appStore } from '../../stores/app';
import { keepConnected, stroke, type BrushMode, type DirtyRect, type Mask } from './mask-brush';

type Tool = BrushMode | 'keep';

const tools: { tool: Tool; label: MessageKey }[] = [
  { tool: 'erase', label: 'touchUp.erase' },
  { tool: 'restore', label: 'touchUp.restore' },
  { tool: 'keep', label: 'touchUp.keep' },
];

/** Snapshots kept for undo: a 3072-pixel mask is 9 MB, so the history stays short. */
const undoDepth = 12;
/**
 * What the cut-out drops is shaded a deep blue, so what stays reads at a glance over the photo:
 * product photos are mostly warm (food, wood, skin), and a red tint vanished on a red table.
 */
const tint = [18, 26, 78] as const;
const tintOpacity = 0.62;

const bytesOf = (base64: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

async function decodeMask(view: CutoutView): Promise<Mask> {
  const bitmap = await createImageBitmap(new Blob([bytesOf(view.maskBase64)], { type: 'image/png' }), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  const context = new OffscreenCanvas(view.width, view.height).getContext('2d');
  if (!context) throw new Error('No 2D canvas for the mask');
  context.drawImage(bitmap, 0, 0);
  const rgba = context.getImageData(0, 0, view.width, view.height).data;
  const alpha = new Uint8Array(view.width * view.height);
  for (let i = 0; i < alpha.length; i += 1) alpha[i] = rgba[i * 4] ?? 0;
  return { width: view.width, height: view.height, alpha };
}

/** The mask as the core takes it: an opaque greyscale PNG, the level in every colour channel. */
async function encodeMask(mask: Mask): Promise<string> {
  const canvas = new OffscreenCanvas(mask.width, mask.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas for the mask');
  const image = context.createImageData(mask.width, mask.height);
  mask.alpha.forEach((level, i) => image.data.set([level, level, level, 255], i * 4));
  context.putImageData(image, 0, 0);
  return fileToBase64(await canvas.convertToBlob({ type: 'image/png' }));
}

function paintOverlay(canvas: HTMLCanvasElement, mask: Mask, rect: DirtyRect = { x: 0, y: 0, width: mask.width, height: mask.height }): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(rect.width, rect.height);
  for (let y = 0; y < rect.height; y += 1) {
    for (let x = 0; x < rect.width; x += 1) {
      const dropped = 255 - (mask.alpha[(rect.y + y) * mask.width + rect.x + x] ?? 0);
      image.data.set([...tint, Math.round(dropped * tintOpacity)], (y * rect.width + x) * 4);
    }
  }
  context.putImageData(image, rect.x, rect.y);
}

/**
 * Touch-up of the photo's cut-out, as Photoroom offers it: erase and restore brushes and
 * "keep only this" on the photo, the dropped part tinted; the saved mask becomes the photo's
 * cut-out and the result is drawn again with it.
 */
export function TouchUpEditor({ sourceSha256, onSaved, onCancel }: { sourceSha256: string; onSaved: () => void; onCancel: () => void }) {
  const t = useTranslate();
  const canvas = useRef<HTMLCanvasElement>(null);
  const mask = useRef<Mask | undefined>(undefined);
  const history = useRef<Uint8Array[]>([]);
  const last = useRef<{ x: number; y: number } | undefined>(undefined);
  const [view, setView] = useState<CutoutView | undefined>();
  const [tool, setTool] = useState<Tool>('erase');
  const [size, setSize] = useState(40);
  const [cursor, setCursor] = useState<{ x: number; y: number } | undefined>();
  const [undoable, setUndoable] = useState(0);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    void appStore
      .getState()
      .loadCutout(sourceSha256)
      .then(async (loaded) => {
        if (!live || !loaded) return;
        mask.current = await decodeMask(loaded);
        if (live) setView(loaded);
      });
    return () => {
      live = false;
    };
  }, [sourceSha256]);

  useEffect(() => {
    if (view && canvas.current && mask.current) paintOverlay(canvas.current, mask.current);
  }, [view]);

  /** The pointer in mask pixels, and how many mask pixels one screen pixel covers. */
  const locate = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const scale = (mask.current?.width ?? box.width) / box.width;
    setCursor({ x: event.clientX - box.left, y: event.clientY - box.top });
    return { x: (event.clientX - box.left) * scale, y: (event.clientY - box.top) * scale, scale };
  };

  const remember = (current: Mask) => {
    history.current = [...history.current.slice(1 - undoDepth), Uint8Array.from(current.alpha)];
    setUndoable(history.current.length);
  };

  const onDown = (event: PointerEvent<HTMLCanvasElement>) => {
    const current = mask.current;
    if (!current || !canvas.current) return;
    const at = locate(event);
    remember(current);
    if (tool === 'keep') {
      if (keepConnected(current, at.x, at.y)) paintOverlay(canvas.current, current);
      else history.current.pop();
      setUndoable(history.current.length);
      return;
    }
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = at;
    const dirty = stroke(current, at, at, (size / 2) * at.scale, tool);
    if (dirty) paintOverlay(canvas.current, current, dirty);
  };

  const onMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const at = locate(event);
    const current = mask.current;
    if (!last.current || !current || !canvas.current || tool === 'keep') return;
    const dirty = stroke(current, last.current, at, (size / 2) * at.scale, tool);
    last.current = at;
    if (dirty) paintOverlay(canvas.current, current, dirty);
  };

  const undo = () => {
    const previous = history.current.pop();
    if (!previous || !mask.current || !canvas.current) return;
    mask.current.alpha.set(previous);
    paintOverlay(canvas.current, mask.current);
    setUndoable(history.current.length);
  };

  const save = async () => {
    if (!mask.current) return;
    setSaving(true);
    const kept = await appStore.getState().saveTouchUp(sourceSha256, await encodeMask(mask.current));
    setSaving(false);
    if (kept) onSaved();
  };

  return (
    <div className="viewer__edit">
      <div className="viewer__stage">
        {view ? (
          <div className="touchup__stage">
            <img src={mediaUrl(sourceSha256)} alt={t('touchUp.photoAlt')} />
            <canvas
              ref={canvas}
              width={view.width}
              height={view.height}
              className={tool === 'keep' ? 'touchup__canvas touchup__canvas--keep' : 'touchup__canvas'}
              aria-label={t('touchUp.canvas')}
              onPointerDown={onDown}
              onPointerMove={onMove}
              onPointerUp={() => (last.current = undefined)}
              onPointerLeave={() => setCursor(undefined)}
            />
            {cursor && tool !== 'keep' && <span className="touchup__cursor" style={{ left: cursor.x - size / 2, top: cursor.y - size / 2, width: size, height: size }} />}
          </div>
        ) : (
          <p className="muted">{t('touchUp.loading')}</p>
        )}
      </div>
      <div className="viewer__panel">
        <h3>{t('touchUp.title')}</h3>
        <p className="muted">{t('touchUp.hint')}</p>
        <div className="chips" role="group" aria-label={t('touchUp.tools')}>
          {tools.map(({ tool: value, label }) => (
            <button key={value} type="button" className="chip" aria-pressed={tool === value} onClick={() => setTool(value)}>
              {t(label)}
            </button>
          ))}
        </div>
        <label className="field">
          <span>{t('touchUp.size', { n: size })}</span>
          <input type="range" min={6} max={160} value={size} disabled={tool === 'keep'} onChange={(e) => setSize(Number(e.target.value))} />
        </label>
        <div className="form-actions">
          <button type="button" className="button" disabled={!view || saving} onClick={() => void save()}>
            {t(saving ? 'viewer.saving' : 'touchUp.save')}
          </button>
          <button type="button" className="button button--quiet" disabled={undoable === 0} onClick={undo}>
            {t('touchUp.undo')}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('viewer.cancelEdit')}
          </button>
        </div>
      </div>
    </div>
  );
}
