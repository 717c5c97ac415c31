import { describe, expect, it } from 'vitest';
import { clampTextMove, editableTextRoles, layoutNames, photoLayoutNames } from '../../../../shared/ad-design';
import { unionBox } from '../../../../shared/geometry';
import { seededRandom } from '../../random/seeded-random';
import { formatSizes, rectInside, safeArea, type AdFormat, type Rect } from '../formats';
import { planPhotoLayout } from '../photo/photo-layouts';
import { planLayout, type Decoration, type TextBlock } from './layouts';
import { withTextMoves } from './text-moves';

const formats = Object.keys(formatSizes) as AdFormat[];
const plans = formats.flatMap((format) => [
  ...layoutNames.map((layout) => ({ name: `${layout} ${format}`, format, plan: planLayout(layout, format, 'sans', 1, { offerBadge: true }) })),
  ...photoLayoutNames.map((layout) => ({ name: `${layout} ${format}`, format, plan: planPhotoLayout(layout, format, 'sans', 1, seededRandom(7)) })),
]);
const carrierOf = (decorations: Decoration[], role: TextBlock['role']) => decorations.find((d) => d.kind === (role === 'cta' ? 'button' : role === 'badge' ? 'badge' : 'none'));

describe('text moves', () => {
  it('move a block by exactly the drag while it stays in the safe area, its button or badge disc with it, and nothing else', () => {
    for (const { name, format, plan } of plans) {
      const safe = safeArea(format);
      for (const block of plan.blocks) {
        if (!(editableTextRoles as readonly string[]).includes(block.role)) continue;
        const role = block.role as (typeof editableTextRoles)[number];
        const shape = carrierOf(plan.decorations, role);
        const outline = shape ? unionBox(block.box, shape.box) : block.box;
        // A small step towards the middle of the safe area always has room.
        const move = { dx: Math.sign(safe.x + safe.width / 2 - (outline.x + outline.width / 2)) * 12, dy: Math.sign(safe.y + safe.height / 2 - (outline.y + outline.height / 2)) * 12 };
        const expected = clampTextMove(outline, move, safe);
        const moved = withTextMoves(plan, { [role]: move }, safe);
        const after = moved.blocks.find((b) => b.role === role)?.box;
        expect(after, name).toEqual({ ...block.box, x: block.box.x + expected.dx, y: block.box.y + expected.dy });
        if (rectInside(outline, safe)) expect(expected, `${name} ${role}`).toEqual(move);
        if (shape) expect(carrierOf(moved.decorations, role)?.box, `${name} ${role}`).toEqual({ ...shape.box, x: shape.box.x + expected.dx, y: shape.box.y + expected.dy });
        expect(moved.blocks.filter((b) => b.role !== role)).toEqual(plan.blocks.filter((b) => b.role !== role));
        expect(moved.decorations.filter((d) => d !== carrierOf(moved.decorations, role))).toEqual(plan.decorations.filter((d) => d !== shape));
      }
    }
  });

  it('stop a block dragged far off at the safe area\'s edge, with its carrier inside too', () => {
    for (const { name, format, plan } of plans) {
      const safe = safeArea(format);
      for (const far of [{ dx: 1920, dy: 1920 }, { dx: -1920, dy: -1920 }]) {
        const moved = withTextMoves(plan, { headline: far, cta: far, badge: far, subcopy: far }, safe);
        moved.blocks.forEach((block, i) => {
          const before = plan.blocks[i] as TextBlock;
          if (rectInside(before.box, safe)) expect(rectInside(block.box, safe), `${name} ${block.role} ${far.dx}`).toBe(true);
        });
        moved.decorations.forEach((shape, i) => {
          const before = plan.decorations[i] as Decoration;
          if (shape.kind !== 'band' && rectInside(before.box, safe)) expect(rectInside(shape.box, safe), `${name} ${shape.kind} ${far.dx}`).toBe(true);
        });
      }
    }
  });

  it('never push a block that stands past a safe edge further out, and leave a plan without moves as it is', () => {
    const safe: Rect = { x: 60, y: 60, width: 960, height: 960 };
    expect(clampTextMove({ x: 20, y: 100, width: 200, height: 50 }, { dx: -30, dy: 0 }, safe)).toEqual({ dx: 0, dy: 0 });
    expect(clampTextMove({ x: 20, y: 100, width: 200, height: 50 }, { dx: 30, dy: -100 }, safe)).toEqual({ dx: 30, dy: -40 });
    const plan = planLayout('hero-top', '4:5', 'sans', 1);
    expect(withTextMoves(plan, undefined, safeArea('4:5'))).toBe(plan);
  });
});
