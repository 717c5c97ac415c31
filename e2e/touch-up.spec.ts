import type { Locator } from '@playwright/test';
import { fixturePhoto } from '../src/main/core/testing/fixtures';
import { expect, test } from './fixtures';

const photo = fixturePhoto('coffee_cup__skimage.png');

/** How strongly the shade marks the mask at a point of the canvas (0: kept, about 158: dropped). */
const tintAt = (canvas: Locator, fx: number, fy: number): Promise<number> =>
  canvas.evaluate(
    (element, [x, y]) => {
      const canvasElement = element as HTMLCanvasElement;
      const pixel = canvasElement.getContext('2d')?.getImageData(Math.floor(canvasElement.width * x), Math.floor(canvasElement.height * y), 1, 1).data;
      return pixel?.[3] ?? -1;
    },
    [fx, fy] as const,
  );

// The owner's way on the real core (the real cut-out model): open a result, erase a stroke
// across the product, save: the viewer opens on the new version, and the chat shows it beside the first.
test('touches up the cut-out of a result and sees the new version', async ({ studio }) => {
  test.setTimeout(600_000);
  const { page } = studio;
  await studio.createShop();
  await studio.dropPhoto(photo);
  await studio.composer.fill('아이스 라떼 인스타 광고 만들어줘');
  await studio.composer.press('Enter');
  const grids = studio.conversation.getByRole('list', { name: '광고 시안' });
  await expect(grids.first().getByRole('button')).toHaveCount(4, { timeout: 240_000 });
  const sources = (grid: Locator) => grid.getByRole('img').evaluateAll((images) => images.map((image) => image.getAttribute('src')));
  const firstSet = await sources(grids.first());

  await grids.first().getByRole('button', { name: '광고 시안 1' }).click();
  await studio.viewer.getByRole('button', { name: '누끼 다듬기' }).click();
  const canvas = studio.viewer.getByLabel(/누끼를 다듬는 곳/);
  await expect(canvas).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => tintAt(canvas, 0.02, 0.02)).toBeGreaterThan(120);
  await studio.shot('touch-up-01-open');
  await studio.expectAccessible('touch-up');
  await studio.expectNoHorizontalScroll();
  const kept = await tintAt(canvas, 0.5, 0.5);
  expect(kept, 'the middle of the cup is kept by the model').toBeLessThan(40);

  const box = await canvas.boundingBox();
  if (!box) throw new Error('The touch-up canvas has no box');
  await studio.viewer.getByLabel(/브러시 크기/).fill('60');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 16 });
  await page.mouse.up();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.2);
  expect(await tintAt(canvas, 0.5, 0.5), 'the stroke dropped the middle').toBeGreaterThan(140);
  await studio.shot('touch-up-02-erased');

  // Undo brings the middle back; the stroke again takes it out for the saved version.
  await studio.viewer.getByRole('button', { name: '한 단계 되돌리기' }).click();
  expect(await tintAt(canvas, 0.5, 0.5)).toBe(kept);
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 16 });
  await page.mouse.up();

  await studio.viewer.getByRole('button', { name: '저장하고 다시 그리기' }).click();
  // The viewer stays open through the redraw and then shows the new version, the first a step back.
  const versions = studio.viewer.getByRole('navigation', { name: '버전' });
  await expect(versions.getByRole('button', { name: '수정 1' })).toHaveAttribute('aria-current', 'true', { timeout: 240_000 });
  await expect(versions.getByRole('button', { name: '처음' })).toBeVisible();
  await studio.shot('touch-up-03-new-version-in-viewer');
  await studio.viewer.getByRole('button', { name: '닫기' }).click();
  await expect(studio.viewer).toBeHidden();
  await expect(grids).toHaveCount(2, { timeout: 30_000 });
  await expect(grids.nth(1).getByRole('button')).toHaveCount(4);
  // Composites show the corrected cut-out, so they are new pictures; a photo layout shows the photo itself and may stay.
  const redrawn = (await sources(grids.nth(1))).filter((src) => !firstSet.includes(src));
  expect(redrawn.length).toBeGreaterThanOrEqual(1);
  await grids.nth(1).scrollIntoViewIfNeeded();
  await expect.poll(() => grids.nth(1).getByRole('img').evaluateAll((images) => images.every((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0))).toBe(true);
  await studio.shot('touch-up-04-redrawn');

  // The next touch-up starts from the saved correction: the middle is dropped already.
  await grids.nth(1).getByRole('button', { name: '광고 시안 1' }).click();
  await expect.poll(() => studio.viewer.locator('.viewer__stage > img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await studio.shot('touch-up-05-new-version');
  await studio.viewer.getByRole('button', { name: '누끼 다듬기' }).click();
  await expect(canvas).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => tintAt(canvas, 0.5, 0.5)).toBeGreaterThan(140);
  await studio.viewer.getByRole('button', { name: '이것만 남기기' }).click();
  await studio.shot('touch-up-05-keep-only');
});
