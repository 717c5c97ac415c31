import { useLayoutEffect, useRef, type FormEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { clampTextMove, isEditableTextRole, type AdTextRole, type EditableTextRole, type TextMove, type TextMoves } from '../../../shared/ad-design';
import type { AdTemplate } from '../../../shared/ipc/generations';
import { contentLang } from '../../i18n/content-lang';
import { useTranslate } from '../../i18n/use-translate';
import { mediaUrl } from '../../media-url';

type Block = AdTemplate['blocks'][number];

/** CSS stacks for the renderer's font families. */
export const cssFamily: Record<string, string> = {
  Pretendard: "'Pretendard Variable', Pretendard, sans-serif",
  'Nanum Myeongjo': "'Nanum Myeongjo', serif",
  'Nanum Pen Script': "'Nanum Pen Script', cursive",
};

const still: TextMove = { dx: 0, dy: 0 };
/** A keyboard step on a move handle, in the format's pixels; with Shift, five. */
const keyStep = 10;
const arrowSteps: Record<string, TextMove> = { ArrowLeft: { dx: -1, dy: 0 }, ArrowRight: { dx: 1, dy: 0 }, ArrowUp: { dx: 0, dy: -1 }, ArrowDown: { dx: 0, dy: 1 } };

/** The tallest the design may stand: the viewer's height less its header and the hint (up to three lines) under the design. */
const maxHeight = 'calc(94vh - 180px)';

interface Mover {
  /** Where the block stands now, from where the layout set it. */
  move: TextMove;
  /** The block's top-left corner on the design, in cqw: the handle stands just left of it, off the letters. */
  at: { left: number; top: number };
  label: string;
  /** Design pixels per screen pixel, read when a drag starts (the design scales with the window). */
  scale: () => number;
  onMove: (move: TextMove) => void;
}

interface LiveBlockProps {
  block: Block;
  text: string;
  width: number;
  label: string | undefined;
  onText: ((text: string) => void) | undefined;
  /** Drawn this far from where the template has it (a drag the renderer has not drawn yet). */
  offset: TextMove;
}

/** A block's move handle: dragged with the pointer, or stepped with the arrow keys. */
function MoveHandle({ move, at, label, scale, onMove }: Mover) {
  const drag = useRef<{ x: number; y: number; from: TextMove; scale: number } | undefined>(undefined);
  return (
    <button
      type="button"
      className="live__handle"
      style={{ left: `${at.left}cqw`, top: `${at.top}cqw` }}
      aria-label={label}
      title={label}
      onPointerDown={(event: PointerEvent<HTMLButtonElement>) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, y: event.clientY, from: move, scale: scale() };
      }}
      onPointerMove={(event: PointerEvent<HTMLButtonElement>) => {
        const start = drag.current;
        if (start) onMove({ dx: Math.round(start.from.dx + (event.clientX - start.x) * start.scale), dy: Math.round(start.from.dy + (event.clientY - start.y) * start.scale) });
      }}
      onPointerUp={() => (drag.current = undefined)}
      onPointerCancel={() => (drag.current = undefined)}
      onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
        const step = arrowSteps[event.key];
        if (!step) return;
        event.preventDefault();
        const size = event.shiftKey ? keyStep * 5 : keyStep;
        onMove({ dx: move.dx + step.dx * size, dy: move.dy + step.dy * size });
      }}
    >
      <span aria-hidden="true">✥</span>
    </button>
  );
}

/**
 * One text block in the DOM, shrunk (down to the template's minimum) until it fits its box, as the
 * renderer does. An editable block is typed into where it stands; its text is set from outside
 * only while the owner is not typing in it, so the caret never jumps.
 */
function LiveBlock({ block, text, width, label, onText, offset }: LiveBlockProps) {
  const box = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLSpanElement>(null);
  const unit = 100 / width;
  useLayoutEffect(() => {
    const span = field.current;
    if (span && document.activeElement !== span && span.textContent !== text) span.textContent = text;
    const element = box.current;
    if (!element) return;
    let size = block.size;
    element.style.fontSize = `${size * unit}cqw`;
    while (size > block.minSize && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) {
      size -= 1;
      element.style.fontSize = `${size * unit}cqw`;
    }
  }, [block, text, unit]);
  return (
    <div
      ref={box}
      lang={contentLang(text)}
      data-role={block.role}
      className={`live__block live__block--${block.anchor}${onText ? ' live__block--editable' : ''}`}
      style={{
        left: `${(block.box.x + offset.dx) * unit}cqw`,
        top: `${(block.box.y + offset.dy) * unit}cqw`,
        width: `${block.box.width * unit}cqw`,
        height: `${block.box.height * unit}cqw`,
        justifyContent: { left: 'flex-start', center: 'center', right: 'flex-end' }[block.align],
        textAlign: block.align,
        fontFamily: cssFamily[block.family] ?? block.family,
        fontWeight: block.weight,
        lineHeight: block.lineHeight / block.size,
        color: block.color,
      }}
    >
      <span
        ref={field}
        style={block.scrim ? { background: block.scrim, borderRadius: '0.6cqw', padding: '0.4cqw 1cqw' } : undefined}
        {...(onText
          ? {
              role: 'textbox',
              'aria-label': label,
              'aria-multiline': block.maxLines > 1,
              tabIndex: 0,
              contentEditable: 'plaintext-only' as const,
              suppressContentEditableWarning: true,
              onInput: (event: FormEvent<HTMLSpanElement>) => onText(event.currentTarget.textContent ?? ''),
            }
          : {})}
      />
    </div>
  );
}

interface LiveTemplateProps {
  template: AdTemplate;
  texts: Partial<Record<AdTextRole, string>>;
  /** Given, the editable blocks are typed into on the design. */
  onText?: (role: EditableTextRole, text: string) => void;
  /** Given, the editable blocks can be moved inside the safe area: `moves` is where they stand, `drawnMoves` where the template has them. */
  moving?: { moves: TextMoves; drawnMoves: TextMoves; onMove: (role: EditableTextRole, move: TextMove) => void };
}

/**
 * The ad as a live DOM preview at its true shape: the renderer's plate (the picture without
 * text) under text set in the same faces, boxes and colours, the safe area outlined while
 * editing. What is saved comes from the renderer, never from here.
 */
export function LiveTemplate({ template, texts, onText, moving }: LiveTemplateProps) {
  const t = useTranslate();
  const frame = useRef<HTMLDivElement>(null);
  const aspect = template.width / template.height;
  const unit = 100 / template.width;
  const safe = template.safeArea;
  const scale = () => template.width / (frame.current?.clientWidth || template.width);
  const offsetOf = (role: AdTextRole): TextMove => {
    if (!moving || !isEditableTextRole(role)) return still;
    const wanted = moving.moves[role] ?? still;
    const drawn = moving.drawnMoves[role] ?? still;
    return { dx: wanted.dx - drawn.dx, dy: wanted.dy - drawn.dy };
  };
  return (
    <div ref={frame} className="live" style={{ aspectRatio: `${template.width} / ${template.height}`, width: `min(100%, calc(${maxHeight} * ${aspect.toFixed(4)}))` }}>
      <img className="live__plate" src={mediaUrl(template.plateSha256)} alt={t('viewer.plateAlt')} />
      {onText && <div className="live__safe" aria-hidden="true" style={{ left: `${safe.x * unit}cqw`, top: `${safe.y * unit}cqw`, width: `${safe.width * unit}cqw`, height: `${safe.height * unit}cqw` }} />}
      {template.blocks.map((block) => {
        const role = block.role;
        const editable = onText && isEditableTextRole(role) ? (text: string) => onText(role, text) : undefined;
        return (
          <LiveBlock
            key={role}
            block={block}
            text={texts[role] ?? block.text}
            width={template.width}
            label={editable ? t('viewer.onDesign', { role: t(`viewer.role.${role}`) }) : undefined}
            onText={editable}
            offset={offsetOf(role)}
          />
        );
      })}
      {moving &&
        template.blocks.map(({ role, box }) => {
          if (!isEditableTextRole(role)) return null;
          // The template is drawn with `drawnMoves`; a drag not drawn yet shows as an offset from it.
          const drawn = moving.drawnMoves[role] ?? still;
          const designed = { ...box, x: box.x - drawn.dx, y: box.y - drawn.dy };
          const offset = offsetOf(role);
          const at = { left: (box.x + offset.dx) * unit, top: (box.y + offset.dy) * unit };
          const onMove = (move: TextMove) => moving.onMove(role, clampTextMove(designed, move, safe));
          return <MoveHandle key={role} move={moving.moves[role] ?? still} at={at} label={t('viewer.moveBlock', { role: t(`viewer.role.${role}`) })} scale={scale} onMove={onMove} />;
        })}
    </div>
  );
}
