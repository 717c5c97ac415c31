// The inference host: a child process that owns llama.cpp and onnxruntime so a
// crash or a long computation never touches the app's main process. Started by InferenceHost,
// as an Electron utility process or a forked Node process; both speak the same frames.
import { AppError, toErrorData } from '../../../shared/errors';
import { fromHostSchema, resultSchemas, toHostSchema, type FromHost, type HostRequest } from '../protocol';
import { DiffusionEngine } from './diffusion-engine';
import type { StepPreview } from '../diffusion/pipelines/stages';
import { LlmEngine } from './llm-engine';
import { OnnxEngine } from './onnx-engine';
import { ClipEngine } from './clip-engine';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Electron's utility process has `process.parentPort`; a forked Node process has `process.send`. */
function connectToParent(onMessage: (message: unknown) => void): (message: FromHost) => void {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    parentPort.on('message', (event) => onMessage(event.data));
    return (message) => parentPort.postMessage(message);
  }
  if (!process.send) throw new Error('The inference host must be started by the app');
  process.on('message', onMessage);
  // The app went away: nothing left to serve.
  process.on('disconnect', () => process.exit(0));
  return (message) => process.send?.(message);
}

const engine = new LlmEngine();
const diffusion = new DiffusionEngine();
const onnx = new OnnxEngine();
const clip = new ClipEngine();
const running = new Map<number, AbortController>();

async function handle(request: HostRequest, signal: AbortSignal, chunk: (text: string) => void, preview: (frame: StepPreview) => void): Promise<unknown> {
  switch (request.op) {
    case 'llm.generate':
      return engine.generate(request, signal, chunk);
    case 'segment.run':
      return onnx.segment(request);
    case 'segment.warm':
      return onnx.warm(request);
    case 'onnx.inspect':
      return onnx.inspect(request);
    case 'diffusion.run':
      return diffusion.run(request, signal, preview);
    case 'clip.score':
      return clip.score(request);
    case 'llm.unload':
      return { unloaded: await engine.unload(request.modelPath) };
    case 'ping':
      return { pid: process.pid, rssBytes: process.memoryUsage().rss, loadedModels: engine.loadedPaths() };
  }
}

const send = connectToParent((raw) => {
  const frame = toHostSchema.safeParse(raw);
  if (!frame.success) return;
  if (frame.data.kind === 'cancel') {
    running.get(frame.data.id)?.abort();
    return;
  }
  const { id, request } = frame.data;
  const controller = new AbortController();
  running.set(id, controller);
  void handle(
    request,
    controller.signal,
    (text) => send({ kind: 'chunk', id, text }),
    (frame) => send({ kind: 'preview', id, ...frame }),
  )
    .then((result) => send({ kind: 'done', id, result: resultSchemas[request.op].parse(result) }))
    .catch((error: unknown) => send({ kind: 'fail', id, error: toErrorData(controller.signal.aborted ? new AppError('CANCELLED', 'Cancelled') : error) }))
    .finally(() => running.delete(id));
});

send(fromHostSchema.parse({ kind: 'ready', pid: process.pid }));
