// A worker thread that renders ads (and a video's stills and music), so resvg, satori and the compositing never block the
// main process's event loop; the pool runs one per spare core.
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { toErrorData } from '../../../../shared/errors';
import { renderPhotoAd } from '../photo/render-photo';
import { measureAd, type DrawnAd } from '../ranking/variant-score';
import { renderAd } from './render-ad';
import type { RenderJob } from './render-pool';
import { drawVideoLayer } from '../../video/layers/video-layers';
import { synthesize, wavFile } from '../../video/music/synth';

if (!parentPort) throw new Error('render-worker must run as a worker thread');
const port = parentPort;
// The pool already runs one worker per core: libvips threads inside each would only contend.
sharp.concurrency(1);

/** The job as it arrived, its buffers (plain Uint8Arrays after the crossing) made Buffers again, drawn. */
function draw(job: Extract<RenderJob, { kind: 'composite' | 'photo' }>): Promise<DrawnAd & { png: Buffer; preview: Buffer; plate?: Buffer }> {
  const { brand } = job.input;
  const common = { brand: brand && { ...brand, logo: brand.logo && Buffer.from(brand.logo) } };
  if (job.kind === 'photo') return renderPhotoAd({ ...job.input, ...common, photo: Buffer.from(job.input.photo) });
  return renderAd({ ...job.input, ...common });
}

/** What the job asks for, as the reply carries it. */
async function answer(job: RenderJob): Promise<object> {
  if (job.kind === 'video-layer') return { layer: await drawVideoLayer(job.input) };
  if (job.kind === 'music') return { wav: wavFile(synthesize(job.input.mood, job.input.seconds)) };
  const ad = await draw(job);
  return { png: ad.png, preview: ad.preview, width: ad.width, height: ad.height, blocks: ad.blocks, measures: measureAd(ad), plate: ad.plate };
}

port.on('message', (message: { id: number; job: RenderJob }) => {
  answer(message.job)
    .then((reply) => port.postMessage({ id: message.id, ...reply }))
    .catch((error: unknown) => port.postMessage({ id: message.id, error: toErrorData(error) }));
});
