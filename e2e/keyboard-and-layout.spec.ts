import { fixturePhoto } from '../src/main/core/testing/fixtures';
import { expect, test } from './fixtures';

// Send, cancel, open a result and download with the keyboard alone; then every screen at
// 1280×800 and 1024×700, light and dark, without horizontal scrolling.
test('keyboard only, two window sizes, light and dark', async ({ studio }) => {
  test.setTimeout(240_000);
  const { page } = studio;
  await studio.createShop();
  await studio.dropPhoto(fixturePhoto('sneaker__dreambooth.jpg'));

  await studio.tabTo('요청 내용');
  await page.keyboard.type('가을 신상 운동화 광고 만들어줘');
  await page.keyboard.press('Enter');
  const card = page.getByRole('region', { name: '만드는 중인 광고' });
  await expect(card).toBeVisible();
  await studio.tabTo('취소');
  await page.keyboard.press('Enter');
  await expect(card.getByText('취소했어요', { exact: true })).toBeVisible({ timeout: 30_000 });
  await studio.shot('k1-cancelled');

  await studio.tabTo('다시 시도');
  await page.keyboard.press('Enter');
  const grid = studio.conversation.getByRole('list', { name: '광고 시안' });
  await expect(grid.getByRole('button')).toHaveCount(4, { timeout: 120_000 });
  await studio.tabTo('광고 시안 1');
  await page.keyboard.press('Enter');
  await expect(studio.viewer).toBeVisible();
  const title = studio.viewer.getByRole('heading', { level: 2 });
  await expect(title).toHaveText('광고 시안 1');
  await page.keyboard.press('ArrowRight');
  await expect(title).not.toHaveText('광고 시안 1');
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText('광고 시안 1');
  await studio.tabTo('이미지 내려받기');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  await page.keyboard.press('Escape');
  await expect(studio.viewer).toBeHidden();

  for (const theme of ['밝게', '어둡게'] as const) {
    await studio.go('설정');
    await studio.settingsPanel.getByLabel('화면 테마').selectOption({ label: theme });
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(viewport);
      for (const menu of ['광고 만들기', '보관함', 'AI 모델', '설정'] as const) {
        await studio.go(menu);
        await studio.expectNoHorizontalScroll();
        await studio.expectOneScrollContainer();
        await studio.shot(`${theme === '밝게' ? 'light' : 'dark'}-${viewport.width}-${menu}`);
      }
      await studio.go('광고 만들기');
      await grid.getByRole('button', { name: '광고 시안 2' }).click();
      await studio.expectNoHorizontalScroll();
      // Side by side and whole: the dialog itself never scrolls, the main controls are in view.
      await studio.expectViewerFits(['이미지 내려받기', '문구 직접 고치기', '배경 바꾸기']);
      await studio.expectAccessible(`viewer ${theme} ${viewport.width}`);
      await studio.shot(`${theme === '밝게' ? 'light' : 'dark'}-${viewport.width}-viewer`);
      await studio.viewer.getByRole('button', { name: '문구 직접 고치기' }).click();
      await studio.expectEditorTrue();
      await studio.expectViewerFits(['이 문구로 저장']);
      await studio.expectAccessible(`editor ${theme} ${viewport.width}`);
      await studio.shot(`${theme === '밝게' ? 'light' : 'dark'}-${viewport.width}-editor`);
      await studio.viewer.getByRole('button', { name: '그만두기' }).click();
      await studio.viewer.getByRole('button', { name: '누끼 다듬기' }).click();
      await expect(studio.viewer.getByLabel(/누끼를 다듬는 곳/)).toBeVisible({ timeout: 60_000 });
      await studio.expectViewerFits(['저장하고 다시 그리기', '지우기', '되살리기']);
      await studio.expectAccessible(`touch-up ${theme} ${viewport.width}`);
      await studio.shot(`${theme === '밝게' ? 'light' : 'dark'}-${viewport.width}-touch-up`);
      await studio.viewer.getByRole('button', { name: '그만두기' }).click();
      await page.keyboard.press('Escape');
    }
    await studio.expectAccessible(`studio ${theme}`);
  }
});
