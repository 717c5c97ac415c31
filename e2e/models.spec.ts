import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogOf, testModel } from '../src/main/core/models/testing/catalog-fixture';
import { startHubServer } from '../src/main/core/models/testing/hub-server';
import { writeTinyGguf } from '../src/main/inference/testing/tiny-gguf';
import { expect, test } from './fixtures';

// The models screen on a catalog served from loopback: a real download with its progress bar,
// the fit check, import by path, and the active model per role.
const work = mkdtempSync(join(tmpdir(), 'adstudio-e2e-models-'));
const tiny = readFileSync(writeTinyGguf(work));
const server = await startHubServer();
const model = testModel('tiny-copy-model', server.endpoint, tiny, { name: '작은 테스트 모델', preference: 1 });
model.publish(server);
const entry = model.entry;
const catalogFile = join(work, 'catalog.json');
// A model whose server is down (nothing listens on port 9 of this computer).
const unreachable = testModel('unreachable-model', 'http://127.0.0.1:9', 1000, { name: '닿지 않는 모델' }).entry;
writeFileSync(catalogFile, JSON.stringify(catalogOf([entry, { ...entry, id: 'too-big', name: '너무 큰 모델', ramBytes: 10 * 1024 ** 4 }, unreachable])));
test.use({ hostEnv: { ADSTUDIO_CATALOG: catalogFile } });
test.afterAll(() => server.close());

test('models: download with progress, fit check, import by path, the active model per role', async ({ studio }) => {
  const { page } = studio;
  // The first run names the copy model this computer is best served by, its size and the time it would take on the line as measured now.
  const recommended = page.locator('.model-check__recommended');
  await expect(recommended).toContainText(/추천 모델: 작은 테스트 모델 · [\d.]+ [KM]B · 지금 연결로 약 \d+초 걸려요 \([\d.]+ [KMG]B\/s\)/, { timeout: 15_000 });
  await expect(recommended).toContainText('테스트 모델');
  await studio.createShop();
  await studio.go('AI 모델');
  const copyModels = page.getByRole('region', { name: '문구 모델 (로컬 AI)' });
  await expect(copyModels.locator('.model__head').getByText('작은 테스트 모델')).toBeVisible();
  const tooBig = copyModels.locator('.model').filter({ hasText: '너무 큰 모델' });
  await expect(tooBig).toContainText('이 컴퓨터엔 안 맞아요');
  await expect(tooBig.getByRole('button', { name: /내려받기/ })).toBeDisabled();
  await expect(copyModels.locator('.model').filter({ hasText: '작은 테스트 모델' }).locator('.model__time')).toHaveText(/^지금 연결로 약 \d+초 걸려요/);
  // Nothing listens there: the card says when it can be downloaded instead of a time.
  await expect(copyModels.locator('.model').filter({ hasText: '닿지 않는 모델' }).locator('.model__time')).toHaveText('인터넷에 연결되면 받을 수 있어요', { timeout: 10_000 });
  await expect(copyModels.getByRole('radio', { name: '기본 문구 작성기 (모델 없이)' })).toBeChecked();
  await studio.expectAccessible('models');
  await studio.shot('m1-catalog');

  // A dead server is said within 3 seconds, with when the next try comes, and the header says something is wrong.
  const dead = copyModels.locator('.model').filter({ hasText: '닿지 않는 모델' });
  await dead.getByRole('button', { name: /내려받기/ }).click();
  await expect(dead.getByRole('alert')).toContainText('서버에 연결되지 않아요', { timeout: 3_000 });
  await expect(studio.health).toHaveText('점검이 필요해요');
  await studio.shot('m1b-unreachable');
  await dead.getByRole('button', { name: '취소' }).click();
  await expect(studio.health).toHaveText('정상 작동 중');

  await copyModels.locator('.model').filter({ hasText: '작은 테스트 모델' }).getByRole('button', { name: /내려받기/ }).click();
  await expect(copyModels.getByRole('radio', { name: /작은 테스트 모델/ })).toBeChecked({ timeout: 30_000 });
  await expect(copyModels.locator('.model').filter({ hasText: '작은 테스트 모델' })).toContainText('설치됨');
  await studio.shot('m2-downloaded');

  await copyModels.getByRole('radio', { name: '기본 문구 작성기 (모델 없이)' }).click();
  await expect(copyModels.getByRole('radio', { name: '기본 문구 작성기 (모델 없이)' })).toBeChecked();

  const second = writeTinyGguf(mkdtempSync(join(tmpdir(), 'adstudio-e2e-import-')));
  await page.getByLabel('또는 파일·폴더 경로').fill(second);
  await page.getByRole('button', { name: '경로로 가져오기' }).click();
  await expect(page.getByText('모델을 가져왔어요.')).toBeVisible();
  await expect(copyModels.getByRole('radio')).toHaveCount(3);
  await page.getByLabel('또는 파일·폴더 경로').fill(join(work, 'missing.gguf'));
  await page.getByRole('button', { name: '경로로 가져오기' }).click();
  await expect(studio.alert).toContainText('FILE_NOT_FOUND');
  await studio.shot('m3-imported');
});
