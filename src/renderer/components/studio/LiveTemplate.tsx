import { useLayoutEffect, useRef } from 'react';
import type { AdTextRole } from '../../../shared/ad-design';
import type { AdTemplate } from '../../../shared/ipc/generations';
import { useTranslate } from '../../i18n/use-translate';
import { mediaUrl } from '../../media-url';

type Block = AdTemplate['blocks'][number];

/** CSS stacks for the renderer's font families. */
export const cssFamily: Record<string, string> = {
  Pretendard: "'Pretendard Variable', Pretendard, sans-serif",
  'Nanum Myeongjo': "'Nanum Myeongjo', serif",
  'Nanum Pen Script': "'Nanum Pen Script', cursive",
};

/** One text block in the DOM, shrunk (down to the template's minimum) until it fits its box, as the renderer does. */
function LiveBlock({ block, text, width }: { block: Block; text: string; width: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const unit = 100 / width;
  useLayoutEffect(() => {
    const element = ref.current;
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
      ref={ref}
      className={`live__block live__block--${block.anchor}`}
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
      <span style={block.scrim ? { background: block.scrim, borderRadius: '0.6cqw', padding: '0.4cqw 1cqw' } : undefined}>{text}</span>
    </div>
  );
}

/**
 * The ad as a live DOM preview while its text is edited: the renderer's plate (the picture
 * without text) under text set in the same faces, boxes and colours. What is saved comes from
 * the renderer, never from here.
 */
export function LiveTemplate({ template, texts }: { template: AdTemplate; texts: Partial<Record<AdTextRole, string>> }) {
  const t = useTranslate();
  return (
    <div className="live" style={{ aspectRatio: `${template.width} / ${template.height}` }}>
      <img className="live__plate" src={mediaUrl(template.plateSha256)} alt={t('viewer.plateAlt')} />
      {template.blocks.map((block) => (
        <LiveBlock key={block.role} block={block} text={texts[block.role] ?? block.text} width={template.width} />
      ))}
    </div>
  );
}
