import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogOf, folderContent, testRepoModel } from '../src/main/core/models/testing/catalog-fixture';
import { startHubServer } from '../src/main/core/models/testing/hub-server';
import { writeTinyDiffusers } from '../src/main/inference/diffusion/testing/tiny-diffusers';
import { expect, test } from './fixtures';

// AI backgrounds with nothing installed: the chip offers the painter and its tiny decoder as one
// download from a loopback hub (tree API, resolve/ at the pinned commit), then turns into a toggle.
const work = mkdtempSync(join(tmpdir(), 'adstudio-e2e-ai-'));
const hub = await startHubServer();
const painterFolder = folderContent(writeTinyDiffusers(join(work, 'painter'), { lcm: true }));
const painter = testRepoModel('tiny-painter', hub.endpoint, { ...painterFolder, 'unet/weights.pb': randomBytes(3 * 1024 * 1024) }, { name: '작은 그림 모델', providers: ['cpu'], gflopsPerPicture: 4500, preference: 1 });
const decoderBytes = readFileSync(join(writeTinyDiffusers(join(work, 'with-tiny'), { tinyVae: true }), 'vae_decoder_tiny', 'model.onnx'));
const decoder = testRepoModel('tiny-decoder', hub.endpoint, { 'vae_decoder/model.onnx': decoderBytes }, { name: '작은 디코더', role: 'vae', format: 'onnx', preference: 1 });
painter.publish(hub);
decoder.publish(hub);
// Slow enough that the one progress bar is seen.
hub.behaviours.set(painter.pathOf('unet/weights.pb'), { chunkDelayMs: 30 });
const catalogFile = join(work, 'catalog.json');
writeFileSync(catalogFile, JSON.stringify(catalogOf([painter.entry, decoder.entry])));
test.use({ hostEnv: { ADSTUDIO_CATALOG: catalogFile } });
test.afterAll(() => hub.close());

test('AI 배경: the chip offers the bundle, downloads it in one click with one progress bar, and becomes a toggle', async ({ studio }) => {
  const { page } = studio;
  await studio.createShop();
  const chip = page.getByRole('button', { name: 'AI 배경', exact: true });
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  await chip.click();
  const offer = page.locator('#ai-background-offer');
  await expect(offer).toContainText('AI 배경 켜기');
  await expect(offer).toContainText('작은 그림 모델');
  await expect(offer).toContainText('작은 디코더');
  await expect(offer).toContainText(/모델 2개 · [\d.]+ MB · 이 컴퓨터에 맞아요 · 이 컴퓨터에서 한 장에 약 (\d+초|\d+분)/, { timeout: 15_000 });
  await studio.expectAccessible('ai-background-offer');
  await studio.shot('ai1-offer');

  await offer.getByRole('button', { name: /AI 배경 켜기 \([\d.]+ MB 내려받기\)/ }).click();
  await expect(offer.getByRole('progressbar', { name: 'AI 배경 모델 받기' })).toBeVisible();
  await studio.shot('ai2-downloading');
  // Both installed: the offer gives way to the toggle, which turns AI backgrounds on.
  const toggle = page.getByRole('button', { name: 'AI 배경', exact: true, pressed: false });
  await expect(toggle).toBeVisible({ timeout: 30_000 });
  await expect(offer).toHaveCount(0);
  await toggle.click();
  await expect(page.getByRole('button', { name: 'AI 배경', exact: true, pressed: true })).toBeVisible();

  // The models screen shows both installed, each with the commit it was verified at.
  await studio.go('AI 모델');
  const painters = page.getByRole('region', { name: '이미지 모델 (AI 배경)' });
  await expect(painters.getByRole('radio', { name: /작은 그림 모델/ })).toBeChecked();
  await expect(painters.locator('.radio-row').filter({ hasText: '작은 그림 모델' })).toContainText(`받은 버전 ${painter.commit.slice(0, 7)}`);
  await expect(page.getByRole('region', { name: '빠른 디코더 (AI 배경)' }).getByRole('radio', { name: /작은 디코더/ })).toBeChecked();
  await studio.shot('ai3-installed');
});
