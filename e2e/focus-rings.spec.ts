import { expect, test } from './fixtures';

// Keyboard owners see where they are on every control: Tab through each page and each control
// that takes the focus shows a ring (an outline or a ring-like shadow of at least 2 px).
test('a visible focus ring on every control of every page', async ({ studio }) => {
  test.setTimeout(180_000);
  const { page } = studio;
  await studio.createShop();
  await studio.composer.fill('소금빵 할인 카톡 문구 써줘');
  await studio.composer.press('Enter');
  await expect(studio.conversation.getByRole('button', { name: '전체 복사' })).toBeVisible({ timeout: 60_000 });

  const ringless: string[] = [];
  for (const menu of ['광고 만들기', '보관함', 'AI 모델', '설정'] as const) {
    await studio.go(menu);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const seen = new Set<string>();
    for (let stop = 0; stop < 80; stop += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none';
        const name = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}"`;
        return { name, ringed: outline || shadow };
      });
      if (!focused || seen.has(focused.name)) break;
      seen.add(focused.name);
      if (!focused.ringed) ringless.push(`${menu}: ${focused.name}`);
    }
    expect(seen.size, `Tab reached controls on ${menu}`).toBeGreaterThan(3);
  }
  expect(ringless).toEqual([]);
});
