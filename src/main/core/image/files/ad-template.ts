import type { AdTemplate } from '../../../../shared/ipc/generations';
import { safeArea, type AdFormat } from '../formats';
import { renderVariant, type AdFileDeps } from './variant-image';
import type { VariantSource } from './variant-source';

/**
 * The variant split for live editing: its picture without text goes into the media store (the
 * DOM shows it under editable text), and each text block as the renderer fitted and coloured it.
 */
export async function adTemplate(deps: AdFileDeps, source: VariantSource, variantIndex: number, format: AdFormat): Promise<AdTemplate> {
  const rendered = await renderVariant(deps, source, variantIndex, format, { withPlate: true });
  if (!rendered.plate) throw new Error('The renderer returned no plate');
  const plate = await deps.media.importOne({ kind: 'bytes', bytes: rendered.plate });
  return {
    plateSha256: plate.media.sha256,
    width: rendered.width,
    height: rendered.height,
    safeArea: safeArea(format),
    blocks: rendered.blocks.map((set) => ({
      role: set.block.role,
      text: set.text,
      box: set.block.box,
      align: set.block.align,
      anchor: set.block.anchor,
      family: set.block.family,
      weight: set.block.weight,
      size: set.fitted.size,
      minSize: set.block.minSize,
      maxLines: set.block.maxLines,
      lineHeight: set.fitted.lineHeight,
      color: set.color,
      scrim: set.scrim,
    })),
  };
}
