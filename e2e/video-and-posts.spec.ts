import { statSync } from 'node:fs';
import { fixturePhoto } from '../src/main/core/testing/fixtures';
import { readMp4Info } from '../src/main/core/video/mp4-info';
import { expect, test } from './fixtures';

const photo = fixturePhoto('coffee_cup__skimage.png');

// From an ad in the chat to a promo video and the text for each channel, on the real core (the
// real cut-out, render workers and ffmpeg): the progress seen as it moves, the video played in the
// window's own <video> element, downloaded and read back; a channel's text copied.
test('makes a video from a result, plays it, downloads it, and copies a channel\'s text', async ({ studio }) => {
  test.setTimeout(240_000);
  const { page } = studio;
  await studio.createShop();
  await studio.dropPhoto(photo);
  await studio.composer.fill('아이스 라떼 30% 할인 4,500원 인스타 광고 만들어줘');
  await studio.composer.press('Enter');
  const grid = studio.conversation.getByRole('list', { name: '광고 시안' });
  await expect(grid.getByRole('button')).toHaveCount(4, { timeout: 120_000 });

  await studio.conversation.getByRole('button', { name: '영상 만들기' }).first().click();
  await expect(studio.viewer.getByRole('heading', { name: '영상 만들기' })).toBeVisible();
  await studio.expectAccessible('video-maker');
  await studio.viewer.getByRole('radio', { name: /갤러리/ }).check();
  await studio.viewer.getByLabel(/길이/).fill('8');
  await expect(studio.viewer.getByText('길이 8초')).toBeVisible();
  await studio.shot('20-video-maker');

  // The bar is seen moving before the video is there.
  await studio.viewer.getByRole('button', { name: '영상 만들기' }).click();
  const bar = studio.viewer.getByRole('progressbar', { name: '영상 만드는 중' });
  await expect(bar).toBeVisible();
  const percents = new Set<string>();
  const player = studio.viewer.getByRole('region', { name: '영상 만들기' }).locator('video');
  const failure = studio.viewer.getByRole('alert');
  while ((await player.count()) === 0) {
    // A failed video says why at once instead of leaving the loop to the test's timeout.
    if ((await failure.count()) > 0) throw new Error(`The video failed: ${await failure.first().innerText()}`);
    // Read without waiting: the bar leaves the page the moment the video is there, and a waiting
    // read would then wait for a bar that never comes back.
    for (const now of await bar.evaluateAll((bars) => bars.map((shown) => shown.getAttribute('aria-valuenow')))) if (now) percents.add(now);
    await page.waitForTimeout(100);
  }
  expect(percents.size, [...percents].join(', ')).toBeGreaterThanOrEqual(3);

  // The window's own element reads the length and plays it.
  await expect.poll(() => player.evaluate((video: HTMLVideoElement) => video.readyState), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  const duration = await player.evaluate((video: HTMLVideoElement) => video.duration);
  expect(Math.abs(duration - 8)).toBeLessThanOrEqual(0.1);
  expect(await player.evaluate((video: HTMLVideoElement) => [video.videoWidth, video.videoHeight])).toEqual([1080, 1920]);
  await player.evaluate(async (video: HTMLVideoElement) => {
    video.muted = true;
    await video.play();
  });
  await expect.poll(() => player.evaluate((video: HTMLVideoElement) => video.currentTime), { timeout: 15_000 }).toBeGreaterThan(0.5);
  await player.evaluate((video: HTMLVideoElement) => video.pause());
  await studio.shot('21-video-made');
  await studio.expectAccessible('video-made');

  const [download] = await Promise.all([page.waitForEvent('download'), studio.viewer.getByRole('button', { name: '영상 내려받기 (MP4)' }).click()]);
  expect(download.suggestedFilename()).toBe('adstudio-9x16-8s.mp4');
  const saved = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  expect(statSync(saved).size).toBeGreaterThan(100_000);
  const info = await readMp4Info(saved);
  expect(info.tracks.map((track) => `${track.kind}:${track.codec}`)).toEqual(['video:avc1', 'audio:mp4a']);

  // The posting pack: a tab per channel, the text copied as shown.
  await studio.viewer.getByRole('button', { name: '광고로 돌아가기' }).click();
  await studio.viewer.getByRole('button', { name: '게시글 만들기' }).click();
  await expect(studio.viewer.getByRole('heading', { name: '게시글 만들기' })).toBeVisible();
  await expect(studio.viewer.getByText(/080/).first()).toBeVisible();
  await studio.viewer.getByRole('tab', { name: '문자 (SMS)' }).click();
  const text = studio.viewer.getByRole('textbox', { name: '문자 (SMS)에 올릴 글' });
  await expect(text).toHaveValue(/^\(광고\)달빛카페/);
  await expect(studio.viewer.getByText(/\/ 90바이트/)).toBeVisible();
  await studio.shot('22-posting-sms');
  await studio.viewer.getByRole('tab', { name: '유튜브 쇼츠' }).click();
  await studio.viewer.getByRole('button', { name: '글 복사하기' }).click();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('#Shorts');
  expect(clipboard).toContain('30% 할인');
  await studio.shot('23-posting-youtube');
  await studio.expectAccessible('posting');

  // The video is in the library with its poster, and opens in the player.
  await studio.viewer.getByRole('button', { name: '광고로 돌아가기' }).click();
  await page.keyboard.press('Escape');
  await studio.go('보관함');
  const tile = page.locator('.tile').filter({ hasText: '영상' }).first();
  await expect(tile).toBeVisible();
  await tile.locator('.tile__cover').click();
  await expect(studio.viewer.locator('video')).toBeVisible();
  await studio.shot('24-library-video');
});
