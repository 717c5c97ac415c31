import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test.describe('app shell', () => {
  test('first run asks for the shop, then shows the real version, data folder and a healthy core', async ({ studio, dataDir }) => {
    await expect(studio.page.getByRole('heading', { name: 'AdStudio에 오신 걸 환영해요' })).toBeVisible();
    await expect(studio.page.getByRole('region', { name: '지금 바로 되는 것' })).toContainText('누끼');
    await studio.createShop();
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
    await expect(studio.alert).toContainText('입력값이 올바르지 않습니다');
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
