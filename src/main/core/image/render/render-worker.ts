// A worker thread that renders ads, so resvg, satori and the compositing never block the
// main process's event loop; the pool runs one per spare core.
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { toErrorData } from '../../../../shared/errors';
import { renderAd, type AdInput } from './render-ad';

if (!parentPort) throw new Error('render-worker must run as a worker thread');
const port = parentPort;
// The pool already runs one worker per core: libvips threads inside each would only contend.
sharp.concurrency(1);

port.on('message', (message: { id: number; input: AdInput }) => {
  // Buffers arrive as plain Uint8Arrays.
  const { brand } = message.input;
  const input = { ...message.input, cutoutPng: Buffer.from(message.input.cutoutPng), brand: brand && { ...brand, logo: brand.logo && Buffer.from(brand.logo) } };
  renderAd(input)
    .then((ad) => port.postMessage({ id: message.id, png: ad.png, width: ad.width, height: ad.height, blocks: ad.blocks, plate: ad.plate }))
    .catch((error: unknown) => port.postMessage({ id: message.id, error: toErrorData(error) }));
});
