import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test.describe('app shell', () => {
  test('first run asks for the shop, then shows the real version, data folder and a healthy core', async ({ studio, dataDir }) => {
    await expect(studio.page.getByRole('heading', { name: 'AdStudio에 오신 걸 환영해요' })).toBeVisible();
    await expect(studio.page.getByRole('region', { name: '지금 바로 되는 것' })).toContainText('누끼');
    await expect(studio.page.getByText('사진과 만든 광고는 이 컴퓨터 밖으로 나가지 않아요.')).toBeVisible();
    // The first screen at both window sizes, in the system's light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await studio.page.emulateMedia({ colorScheme });
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 1024, height: 700 },
      ]) {
        await studio.page.setViewportSize(viewport);
        await studio.expectNoHorizontalScroll();
        await expect(studio.page.getByRole('button', { name: '가게 만들고 시작하기' })).toBeInViewport();
        await studio.shot(`onboarding-${colorScheme}-${viewport.width}`);
      }
      await studio.expectAccessible(`onboarding ${colorScheme}`);
    }
    await studio.page.emulateMedia({ colorScheme: 'light' });

    // At 1024×700 the button stays in view; an empty name is said beside the field, with the cursor in it.
    await studio.page.setViewportSize({ width: 1024, height: 700 });
    const start = studio.page.getByRole('button', { name: '가게 만들고 시작하기' });
    await expect(start).toBeInViewport();
    await studio.page.getByLabel('가게 이름').fill('   ');
    await start.click();
    const name = studio.page.getByLabel('가게 이름');
    await expect(name).toBeFocused();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription('가게 이름을 적어 주세요. 광고에 들어가요.');
    await expect(studio.alert).toHaveCount(0);
    await studio.page.getByLabel('기본 해시태그').fill('#동네 카페 #' + '가'.repeat(41));
    await name.fill('달빛카페');
    await expect(studio.page.getByRole('img', { name: '미리 보기' })).toContainText('달빛카페');
    await start.click();
    await expect(studio.page.getByLabel('기본 해시태그')).toBeFocused();
    await expect(studio.page.getByText('해시태그는 띄어쓰기 없이 한 단어씩')).toBeInViewport();
    await studio.expectOnTop(studio.page.getByLabel('기본 해시태그'));
    await expect(studio.page.getByLabel('가게 이름')).not.toHaveAttribute('aria-invalid', 'true');
    await studio.shot('onboarding-inline-error');
    await studio.expectAccessible('onboarding with an error');
    await studio.page.getByLabel('기본 해시태그').fill('#동네카페');
    await studio.page.setViewportSize({ width: 1280, height: 800 });
    await studio.createShop();
    // A new cafe's empty chat offers cafe requests; one click puts one in the request box, ready to send.
    const examples = studio.page.getByRole('region', { name: '이렇게 적어 보세요' });
    await examples.getByRole('button', { name: '여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘' }).click();
    await expect(studio.composer).toHaveValue('여름 신메뉴 아이스 라떼, 인스타에 올릴 광고 만들어줘');
    await expect(studio.composer).toBeFocused();
    await studio.shot('studio-examples');
    await studio.expectAccessible('empty studio with examples');
    await expect(studio.health).toHaveText('정상 작동 중');
    await studio.go('AI 모델');
    await expect(studio.fact('앱 버전')).toHaveText(version);
    await expect(studio.fact('데이터 폴더')).toHaveText(dataDir);
    await expect(studio.fact('CPU')).toContainText('코어');
    await studio.shot('models');
  });

  test('a malformed call comes back as the typed validation error, in Korean', async ({ studio, dataDir }) => {
    await studio.createShop();
    await studio.go('설정');
    await studio.saveIdleUnloadMinutes('열분');
    await expect(studio.alert).toContainText('입력값이 올바르지 않아요');
    await expect(studio.alert).toContainText('VALIDATION_FAILED');
    await studio.shot('validation-error');

    await studio.saveIdleUnloadMinutes('30');
    await expect(studio.alert).toHaveCount(0);
    await expect(studio.settingsPanel.getByText('저장했어요')).toBeVisible();
    const stored = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(stored)).toContain('"idleUnloadMinutes":30');
  });

  test('switches the whole window to English and keeps it after a reload', async ({ studio }) => {
    await studio.createShop();
    await studio.go('설정');
    await studio.chooseLanguage('English');
    await expect(studio.page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    await studio.page.reload();
    await expect(studio.page.getByRole('button', { name: 'Create' })).toBeVisible();
  });
});
