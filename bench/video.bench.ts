import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getGeneration } from '../src/main/core/generations/generations-repo';
import { createShop } from '../src/main/core/shops/shops-repo';
import { fixturePhoto } from '../src/main/core/testing/fixtures';
import { watchJobs } from '../src/main/core/testing/job-events';
import { createTempCore } from '../src/main/core/testing/temp-core';
import { unwrap } from '../src/main/core/testing/unwrap';
import { runFfmpeg } from '../src/main/core/video/ffmpeg';
import { makeVideo } from '../src/main/core/video/make-video';
import { alternateRounds, formatSpread, roundRatios, spread, verdict } from './measure';

// A 15 s 1080×1920 30 fps promo with music, made from a real result (its cut-out already cached,
// as it is when the owner asks for a video of an ad just made). Each round times the whole
// making — stills drawn in the render workers, ffmpeg's animation and encode, the MP4 checked and
// stored — against the video's own length: the goal is real time or faster on this machine.
// Beside it, in ABBA order, ffmpeg encodes 450 frames of one still picture with the same x264
// settings: what the encode alone costs here, so the share the animation adds is seen in the
// same minute (this machine is shared and its speed wanders).
const seconds = 15;
const core = createTempCore();
const watch = watchJobs(core);
const shop = createShop(core.database.db(), { name: '달빛카페', industry: 'cafe', region: '서울 마포구 연남동', phone: '02-123-4567', hours: '매일 10:00-21:00' });
const imported = unwrap<{ items: { media?: { sha256: string } }[] }>(await core.call('media.import', { source: { kind: 'paths', paths: [fixturePhoto('coffee_cup__skimage.png')] } }));
const result = await watch.succeeded({ shopId: shop.id, text: '아이스 라떼 30% 할인 4,500원 인스타 광고', attachments: [imported.items[0]?.media?.sha256], variants: 1 });
const generation = getGeneration(core.database.db(), result.generationIds[0] ?? '');
const work = mkdtempSync(join(tmpdir(), 'adstudio-bench-video-'));

const shares: { draw: number; encode: number; save: number }[] = [];
const rounds = await alternateRounds(
  {
    video: async () => {
      const started = performance.now();
      const video = await makeVideo(core.adFiles, { generationId: generation.id, format: '9:16', seconds, template: 'reveal', music: { kind: 'builtin', mood: 'bright' } }, new AbortController().signal, () => undefined);
      const total = performance.now() - started;
      shares.push({ draw: (video.timings.draw ?? 0) / total, encode: (video.timings.encode ?? 0) / total, save: (video.timings.save ?? 0) / total });
      return total / 1000;
    },
    bareEncode: async () => {
      const started = performance.now();
      const picture = (await core.media.resolve(generation.outputs[0]?.sha256 ?? '', null))?.path ?? '';
      await runFfmpeg(['-loop', '1', '-framerate', '30', '-i', picture, '-t', String(seconds), '-vf', 'scale=1080:1920,format=yuv420p', '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '20', '-profile:v', 'high', '-y', join(work, 'bare.mp4')]);
      return (performance.now() - started) / 1000;
    },
  },
  { rounds: 4, warmup: 1 },
);
await core.dispose();
rmSync(work, { recursive: true, force: true });

const realTime = spread(rounds.video.map((wall) => wall / seconds));
const overBare = roundRatios(rounds.video, rounds.bareEncode);
const share = (of: (s: (typeof shares)[number]) => number): string => `${(spread(shares.slice(1).map(of)).median * 100).toFixed(1)} %`;
console.log(`15 s 1080×1920 30 fps with music, made in (s): ${formatSpread(spread(rounds.video))}`);
console.log(`  shares of the making: stills drawn ${share((s) => s.draw)}, ffmpeg animation + encode ${share((s) => s.encode)}, checked + stored with its poster ${share((s) => s.save)}, the rest (music synthesised, cut-out read from its cache) ${share((s) => 1 - s.draw - s.encode - s.save)}`);
console.log(`bare x264 encode of 450 frames of one still (s): ${formatSpread(spread(rounds.bareEncode))}`);
console.log(`whole making / bare encode, per round: ${formatSpread(overBare.spread)}`);
console.log(`whole making / video length (goal ≤ 1.00, real time): ${formatSpread(realTime)}`);
console.log(verdict('video', 'making_vs_length_ratio', realTime.median, '<=1.00', realTime.median <= 1));
