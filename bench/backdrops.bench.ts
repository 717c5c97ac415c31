import { cpus, loadavg } from 'node:os';
import { backdropNames } from '../src/shared/ad-design';
import { drawBackdrop } from '../src/main/core/image/backdrops/backdrops';
import { sceneAround } from '../src/main/core/image/backdrops/scene';
import { formatSizes } from '../src/main/core/image/formats';
import { planLayout } from '../src/main/core/image/layouts/layouts';
import { paletteFrom } from '../src/main/core/image/render/palette';
import { seededRandom } from '../src/main/core/random/seeded-random';
import { summarize, timeSideBySide, verdict } from './measure';

// Each scene drawn as the renderer draws it (resvg at a third of the ad's width) for the tallest
// format, side by side with the old plain paper sweep's cost (one gradient and one ellipse).
const format = '9:16' as const;
const { width, height } = formatSizes[format];
const plan = planLayout('story-cta', format, 'sans');
const spec = sceneAround({ x: width * 0.3, y: height * 0.35, width: width * 0.4, height: height * 0.35 }, plan, { width, height, palette: paletteFrom([[192, 57, 43]], [], 0), style: 'semi-realistic', random: seededRandom(1) });
const draw = (name: (typeof backdropNames)[number]) => async () => drawBackdrop(name, { ...spec, random: seededRandom(1) });
const series = await timeSideBySide(Object.fromEntries(backdropNames.map((name) => [name, draw(name)])) as Record<(typeof backdropNames)[number], () => Promise<unknown>>, { rounds: 3, batch: 3 });
const baseline = series['paper-sweep'].own.p50;
for (const name of backdropNames) console.log(`${name.padEnd(13)} ${series[name].own.p50.toFixed(1).padStart(6)} ms  ×${(series[name].own.p50 / baseline).toFixed(2)} of the plain sweep`);
const worst = Math.max(...backdropNames.map((name) => series[name].own.p50));
console.log(`all scenes: median ${summarize(backdropNames.map((name) => series[name].own.p50)).p50.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (goal < 80 ms each, ${width / 3}×${height / 3} px)`);
console.log('(own time: wall clock less the waits for a core held by another process)');
console.log(`load average while measured: ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
console.log(verdict('backdrops', 'worst_scene_ms', worst, '<80', worst < 80));
