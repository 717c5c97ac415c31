import sharp from 'sharp';
import type { Locator, Page } from '@playwright/test';
import { fixturePhoto } from '../src/main/core/testing/fixtures';
import { expect, test } from './fixtures';

/** The control and the few pixels around it, where a focus ring (outline with offset) is drawn. */
async function around(page: Page, control: Locator): Promise<{ data: Buffer; width: number; height: number }> {
  const box = await control.boundingBox();
  if (!box) throw new Error('The control is not on screen');
  const margin = 6;
  const png = await page.screenshot({ clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin } });
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Pixels whose colour moved by more than a faint anti-aliasing step between two shots of the same area. */
function changedPixels(a: { data: Buffer }, b: { data: Buffer }, channels = 3): number {
  let changed = 0;
  for (let i = 0; i < Math.min(a.data.length, b.data.length); i += channels) {
    let distance = 0;
    for (let c = 0; c < channels; c += 1) distance += Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0));
    if (distance > 24) changed += 1;
  }
  return changed;
}

// Keyboard owners: the attach button shows where the focus is, opens the photo picker with Enter
// and with Space, and a new chat puts the cursor in the request box, ready to type. Dates read
// as Koreans write them, whatever the browser's own locale.
test('attach button: focus ring, Enter and Space open the picker; 새 대화 focuses the request box; Korean dates', async ({ studio }) => {
  const { page } = studio;
  await studio.createShop();
  await studio.composer.fill('소금빵 할인 카톡 문구 써줘');
  await studio.composer.press('Enter');
  await expect(studio.conversation.getByRole('button', { name: '전체 복사' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.session__date').first()).toHaveText(/^\d{4}\. \d{1,2}\. \d{1,2}\.$/);
  await studio.go('보관함');
  await expect(page.locator('.tile__meta').first()).toContainText(/^\d{4}\. \d{1,2}\. \d{1,2}\. 오[전후] \d{1,2}:\d{2} · /);
  await studio.go('광고 만들기');
  const attach = page.getByRole('button', { name: '사진 첨부' });
  await expect(attach).toBeVisible();
  const before = await around(page, attach);

  await studio.tabTo('사진 첨부');
  await expect(attach).toBeFocused();
  const focused = await around(page, attach);
  await studio.shot('attach-focused');
  // A 3-px ring around a ~90×36 button changes several hundred pixels; a focus that shows nothing changes none.
  expect(changedPixels(before, focused)).toBeGreaterThan(200);

  const [byEnter] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  expect(byEnter.isMultiple()).toBe(true);
  await byEnter.setFiles(fixturePhoto('coffee_cup__skimage.png'));
  await expect(page.getByRole('list', { name: '첨부한 사진' }).getByRole('img')).toHaveCount(1, { timeout: 30_000 });

  await attach.focus();
  const [bySpace] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await bySpace.setFiles([]);

  await studio.tabTo('새 대화');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: '요청 내용' })).toBeFocused();
  await page.keyboard.type('소금빵');
  await expect(page.getByRole('textbox', { name: '요청 내용' })).toHaveValue('소금빵');

  // A page opens at its top: Settings scrolled to its end, then AI 모델.
  await page.setViewportSize({ width: 1024, height: 700 });
  await studio.go('설정');
  const scrolled = await page.locator('main.content').evaluate((main) => {
    main.scrollTop = main.scrollHeight;
    return main.scrollTop;
  });
  expect(scrolled).toBeGreaterThan(0);
  await studio.go('AI 모델');
  await expect.poll(() => page.locator('main.content').evaluate((main) => main.scrollTop)).toBe(0);
});
