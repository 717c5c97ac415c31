import { fixturePhoto } from '../src/main/core/testing/fixtures';
import { expect, test } from './fixtures';

// The window in English after a real generation: every word the app says is English. What the
// owner and the ads say (the request, the shop's name, the copy) is Korean content, marked
// lang="ko" so screen readers and this scan tell it from the interface.
test('in English, no Korean outside the Korean content, on every screen after a generation', async ({ studio }) => {
  test.setTimeout(240_000);
  const { page } = studio;
  await studio.createShop();
  await studio.go('설정');
  await studio.chooseLanguage('English');
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('button', { name: 'Create' }).click();
  await studio.expectNoKoreanInInterface('empty studio');

  await studio.dropPhoto(fixturePhoto('coffee_cup__skimage.png'), page.getByRole('log', { name: 'Conversation' }), 'Attached photos');
  await studio.page.getByRole('textbox', { name: 'Request' }).fill('여름 신메뉴 아이스 라떼 인스타 광고 만들어줘');
  await page.keyboard.press('Enter');
  const grid = page.getByRole('list', { name: 'Ad variants' });
  await expect(grid.getByRole('button')).toHaveCount(4, { timeout: 120_000 });
  await studio.expectNoKoreanInInterface('results');
  await studio.shot('en-results');

  await grid.getByRole('button').first().click();
  await expect(studio.viewer).toBeVisible();
  await studio.expectNoKoreanInInterface('viewer');
  await studio.shot('en-viewer');
  await studio.viewer.getByRole('button', { name: 'Edit the text' }).click();
  await expect(studio.viewer.locator('.live')).toBeVisible({ timeout: 30_000 });
  await studio.expectNoKoreanInInterface('text editor');
  await studio.shot('en-editor');
  await page.keyboard.press('Escape');

  for (const name of ['Library', 'AI models', 'Settings'] as const) {
    await menu.getByRole('button', { name }).click();
    await studio.expectNoKoreanInInterface(name);
    await studio.shot(`en-${name}`);
  }
});
