// A worker thread that renders ads, so resvg, satori and the compositing never block the
// main process's event loop; the pool runs one per spare core.
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { toErrorData } from '../../../../shared/errors';
import { renderPhotoAd } from '../photo/render-photo';
import { measureAd, type DrawnAd } from '../ranking/variant-score';
import { renderAd } from './render-ad';
import type { RenderJob } from './render-pool';
import { drawVideoLayer } from '../../video/layers/video-layers';

if (!parentPort) throw new Error('render-worker must run as a worker thread');
const port = parentPort;
// The pool already runs one worker per core: libvips threads inside each would only contend.
sharp.concurrency(1);

/** The job as it arrived, its buffers (plain Uint8Arrays after the crossing) made Buffers again, drawn. */
function draw(job: Exclude<RenderJob, { kind: 'video-layer' }>): Promise<DrawnAd & { png: Buffer; preview: Buffer; plate?: Buffer }> {
  const { brand } = job.input;
  const common = { brand: brand && { ...brand, logo: brand.logo && Buffer.from(brand.logo) } };
  if (job.kind === 'photo') return renderPhotoAd({ ...job.input, ...common, photo: Buffer.from(job.input.photo) });
  return renderAd({ ...job.input, ...common });
}

port.on('message', (message: { id: number; job: RenderJob }) => {
  const { job } = message;
  if (job.kind === 'video-layer') {
    drawVideoLayer(job.input)
      .then((layer) => port.postMessage({ id: message.id, layer }))
      .catch((error: unknown) => port.postMessage({ id: message.id, error: toErrorData(error) }));
    return;
  }
  draw(job)
    .then((ad) => port.postMessage({ id: message.id, png: ad.png, preview: ad.preview, width: ad.width, height: ad.height, blocks: ad.blocks, measures: measureAd(ad), plate: ad.plate }))
    .catch((error: unknown) => port.postMessage({ id: message.id, error: toErrorData(error) }));
});
