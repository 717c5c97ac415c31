import { sampleRequest } from '../src/renderer/components/studio/example-requests';
import { expect, test } from './fixtures';

// The window in English after a real generation (from the app's own sample photo): every word the app says is English. What the
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

  // No photo at hand: the app's own sample photo is attached and its request put in the box, ready to send.
  await page.getByRole('button', { name: 'Try it with a sample photo' }).click();
  await expect(page.getByRole('list', { name: 'Attached photos' }).getByRole('img')).toHaveCount(1, { timeout: 30_000 });
  const request = page.getByRole('textbox', { name: 'Request' });
  await expect(request).toHaveValue(sampleRequest);
  await expect(request).toBeFocused();
  await page.keyboard.press('Enter');
  const grid = page.getByRole('list', { name: 'Ad variants' });
  await expect(grid.getByRole('button')).toHaveCount(4, { timeout: 120_000 });
  await studio.expectNoKoreanInInterface('results');
  await studio.shot('en-results');

  await grid.getByRole('button').first().click();
  await expect(studio.viewer).toBeVisible();
  await studio.expectNoKoreanInInterface('viewer');
  await studio.shot('en-viewer');
  await studio.viewer.getByRole('button', { name: 'Make a video' }).click();
  await expect(studio.viewer.getByRole('heading', { name: 'Make a video' })).toBeVisible();
  await studio.expectNoKoreanInInterface('video maker');
  await studio.shot('en-video-maker');
  await studio.viewer.getByRole('button', { name: 'Back to the ad' }).click();
  await studio.viewer.getByRole('button', { name: 'Write the posts' }).click();
  await expect(studio.viewer.getByRole('tab').first()).toBeVisible({ timeout: 30_000 });
  await studio.expectNoKoreanInInterface('posting pack');
  await studio.shot('en-posts');
  await studio.viewer.getByRole('button', { name: 'Back to the ad' }).click();
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
