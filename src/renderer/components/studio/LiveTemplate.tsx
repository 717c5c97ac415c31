import { useLayoutEffect, useRef, type FormEvent } from 'react';
import type { AdTextRole } from '../../../shared/ad-design';
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

/** The blocks an owner edits on the design; the shop's name comes from the shop profile. */
export const editableRoles = ['headline', 'subcopy', 'cta', 'badge'] as const satisfies readonly AdTextRole[];
export type EditableRole = (typeof editableRoles)[number];
export const isEditable = (role: AdTextRole): role is EditableRole => (editableRoles as readonly string[]).includes(role);

/** The tallest the design may stand: the viewer's height less its header and the hint under the design. */
const maxHeight = 'calc(94vh - 150px)';

interface LiveBlockProps {
  block: Block;
  text: string;
  width: number;
  label: string | undefined;
  onText: ((text: string) => void) | undefined;
}

/**
 * One text block in the DOM, shrunk (down to the template's minimum) until it fits its box, as the
 * renderer does. An editable block is typed into where it stands; its text is set from outside
 * only while the owner is not typing in it, so the caret never jumps.
 */
function LiveBlock({ block, text, width, label, onText }: LiveBlockProps) {
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
      className={`live__block live__block--${block.anchor}${onText ? ' live__block--editable' : ''}`}
      style={{
        left: `${block.box.x * unit}cqw`,
        top: `${block.box.y * unit}cqw`,
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
  onText?: (role: EditableRole, text: string) => void;
}

/**
 * The ad as a live DOM preview at its true shape: the renderer's plate (the picture without
 * text) under text set in the same faces, boxes and colours, the safe area outlined while
 * editing. What is saved comes from the renderer, never from here.
 */
export function LiveTemplate({ template, texts, onText }: LiveTemplateProps) {
  const t = useTranslate();
  const aspect = template.width / template.height;
  const unit = 100 / template.width;
  const safe = template.safeArea;
  return (
    <div className="live" style={{ aspectRatio: `${template.width} / ${template.height}`, width: `min(100%, calc(${maxHeight} * ${aspect.toFixed(4)}))` }}>
      <img className="live__plate" src={mediaUrl(template.plateSha256)} alt={t('viewer.plateAlt')} />
      {onText && <div className="live__safe" aria-hidden="true" style={{ left: `${safe.x * unit}cqw`, top: `${safe.y * unit}cqw`, width: `${safe.width * unit}cqw`, height: `${safe.height * unit}cqw` }} />}
      {template.blocks.map((block) => {
        const role = block.role;
        const editable = onText && isEditable(role) ? (text: string) => onText(role, text) : undefined;
        return <LiveBlock key={role} block={block} text={texts[role] ?? block.text} width={template.width} label={editable ? t('viewer.onDesign', { role: t(`viewer.role.${role}`) }) : undefined} onText={editable} />;
      })}
    </div>
  );
}
