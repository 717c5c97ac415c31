import { expect, test } from './fixtures';

test("the shop's typeface is chosen in its own face, saved, and shown again after a reload", async ({ studio }) => {
  const page = studio.page;
  const choice = page.getByRole('radiogroup').getByLabel('고급스러운 명조');
  await expect(page.getByRole('radiogroup').getByLabel('자동(말투에 맞게)')).toBeChecked();
  // Each choice is written in the face it stands for.
  await expect(page.getByRole('radiogroup').locator('label').filter({ hasText: '고급스러운 명조' })).toHaveCSS('font-family', /Nanum Myeongjo/);
  await studio.shot('shop-typeface');
  await choice.check();
  await studio.createShop();

  await studio.go('설정');
  const saved = page.getByRole('radiogroup').getByLabel('고급스러운 명조');
  await expect(saved).toBeChecked();
  await page.getByRole('radiogroup').getByLabel('정겨운 손글씨').check();
  await page.getByRole('region', { name: '가게 정보' }).getByRole('button', { name: '저장' }).click();
  
  // The form is drawn again from the saved shop once the update lands, then once more after a reload.
  await expect(page.getByRole('radiogroup').getByLabel('정겨운 손글씨')).toBeChecked();
  await page.reload();
  await studio.go('설정');
  await expect(page.getByRole('radiogroup').getByLabel('정겨운 손글씨')).toBeChecked();
});
