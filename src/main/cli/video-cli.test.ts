import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePhoto } from '../core/testing/fixtures';
import { readMp4Info } from '../core/video/mp4-info';
import { parseArguments } from './arguments';
import { runCli, type CliIo } from './commands';

const dir = mkdtempSync(join(tmpdir(), 'adstudio-video-cli-'));
const data = ['--data-dir', join(dir, 'data')];
let generationId = '';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (line) => (out += `${line}\n`), err: (line) => (err += `${line}\n`), env: {}, argv, interactive: false, untilStopped: () => Promise.resolve() };
  const code = await runCli(io, parseArguments(argv));
  return { code, out, err };
}

beforeAll(async () => {
  expect((await run('shops', 'add', '--name', '달빛카페', '--industry', 'cafe', '--region', '서울 마포구', ...data)).code).toBe(0);
  expect((await run('generate', '--shop', '달빛카페', '--request', '아이스 라떼 4,500원 인스타 광고', '--photo', fixturePhoto('coffee_cup__skimage.png'), ...data)).code).toBe(0);
  const { openDatabase } = await import('../core/db/client');
  const { sqlite, close } = openDatabase({ path: join(dir, 'data', 'adstudio.db') });
  generationId = (sqlite.prepare("SELECT id FROM generations WHERE kind = 'image'").get() as { id: string }).id;
  close();
}, 300_000);

describe('adstudio video and post', () => {
  it('makes a square video of a result into a folder, with progress lines', { timeout: 180_000 }, async () => {
    const out = join(dir, 'videos');
    const result = await run('video', generationId, '--format', '1x1', '--seconds', '6', '--template', 'gallery', '--music', 'calm', '--out', out, ...data);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('영상 인코딩 중');
    expect(readdirSync(out)).toEqual(['adstudio-1x1-6s.mp4']);
    const info = await readMp4Info(join(out, 'adstudio-1x1-6s.mp4'));
    expect(info.tracks.map((track) => [track.kind, track.codec, track.width ?? track.channels])).toEqual([
      ['video', 'avc1', 1080],
      ['audio', 'mp4a', 2],
    ]);
  });

  it('says in Korean why a music file cannot be used, and makes nothing', { timeout: 60_000 }, async () => {
    const song = join(dir, 'song.mp3');
    writeFileSync(song, Buffer.alloc(3000, 0x41));
    const result = await run('video', generationId, '--music', song, ...data);
    expect(result.code).toBe(1);
    expect(result.err).toContain('음악 파일을 읽을 수 없어요');
    expect(result.err).toContain('AUDIO_UNSUPPORTED');
  });

  it('prints one channel\'s text, or refuses a channel it does not know', { timeout: 60_000 }, async () => {
    const sms = await run('post', generationId, '--channel', 'sms', ...data);
    expect(sms.code).toBe(0);
    expect(sms.out.split('\n')[0]).toBe('(광고)달빛카페');
    expect(sms.out).toMatch(/\n무료거부 \[080 번호\]\n\(\d+ bytes\)/);
    // The shop has no 080 number yet: the owner is told.
    expect(sms.err).toContain('080 수신거부 번호');
    const unknown = await run('post', generationId, '--channel', 'tiktok', ...data);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('youtube, instagram, naver-blog');
  });
});
