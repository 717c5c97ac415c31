import { clampTextMove, isEditableTextRole, type TextMoves } from '../../../../shared/ad-design';
import { unionBox } from '../../../../shared/geometry';
import type { Rect } from '../formats';
import type { Decoration, TextBlock } from './layouts';

/** The shape that carries a block, moving with it: the button under the call to action, the badge's disc under its words. */
const carrier: Partial<Record<TextBlock['role'], Decoration['kind']>> = { cta: 'button', badge: 'badge' };

const shifted = (box: Rect, dx: number, dy: number): Rect => ({ ...box, x: box.x + dx, y: box.y + dy });

/**
 * A plan with the blocks the owner dragged moved there, each with the shape that carries it, the
 * whole kept inside the safe area (a move saved for a larger block, or before the type grew, is
 * clamped again rather than drawn off the edge).
 */
export function withTextMoves<P extends { blocks: TextBlock[]; decorations: Decoration[] }>(plan: P, moves: TextMoves | undefined, safe: Rect): P {
  if (!moves) return plan;
  let decorations = plan.decorations;
  const blocks = plan.blocks.map((block) => {
    const move = isEditableTextRole(block.role) ? moves[block.role] : undefined;
    if (!move) return block;
    const kind = carrier[block.role];
    const shape = kind && decorations.find((decoration) => decoration.kind === kind);
    const { dx, dy } = clampTextMove(shape ? unionBox(block.box, shape.box) : block.box, move, safe);
    if (shape) decorations = decorations.map((decoration) => (decoration === shape ? { ...decoration, box: shifted(decoration.box, dx, dy) } : decoration));
    return { ...block, box: shifted(block.box, dx, dy) };
  });
  return { ...plan, blocks, decorations };
}
