import { AppError } from '../../../../shared/errors';
import type { Rect } from '../../image/formats';
import type { CaptionRole } from '../layers/video-layers';
import type { Band, Entrance, MotionScript, SceneLayer, SceneMotion } from './templates';

/** A drawn still on disk, as ffmpeg reads it. */
export interface LayerFile {
  file: string;
  width: number;
  height: number;
}

export type LayerName = SceneLayer | CaptionRole | 'product';

export interface VideoGraphInput {
  width: number;
  height: number;
  seconds: number;
  fps: number;
  script: MotionScript;
  layers: Partial<Record<LayerName, LayerFile>>;
  safe: Rect;
  /** The sound, already a file: looped when shorter than the video. */
  audio?: { file: string };
  /** Where the caller writes `graph` before running `args`. */
  graphFile: string;
  output: string;
}

/** Where and when an overlay shows, in pixels and seconds: what the tests and the poster look at. */
export interface Placement {
  layer: LayerName;
  x: number;
  y: number;
  width: number;
  height: number;
  /** It starts coming in … */
  from: number;
  /** … stands still from here … */
  settled: number;
  /** … and is gone from here. */
  to: number;
}

export interface VideoGraph {
  args: string[];
  /** The filter graph, written to a script file (no command-line quoting on any system). */
  graph: string;
  placements: Placement[];
  /** Where each scene starts and ends, in seconds. */
  scenes: { layer: SceneLayer; from: number; to: number }[];
}

const round = (value: number): string => String(Math.round(value * 1000) / 1000);

/** 0 → 1 eased out (fast, then settling) over `from … from + length`, as an ffmpeg expression of t. */
const easeOut = (from: number, length: number): string => `pow(1-min(1,max(0,(t-${round(from)})/${round(length)})),3)`;

function bandY(band: Band, height: number, layerHeight: number, safe: Rect): number {
  if (band === 'top') return safe.y;
  if (band === 'middle') return safe.y + (safe.height - layerHeight) / 2;
  // The product stands on the stage's floor (drawn at 74 % of the height), its shadow just below.
  if (band === 'floor') return Math.min(height * 0.86, safe.y + safe.height + layerHeight * 0.1) - layerHeight;
  return safe.y + safe.height - layerHeight;
}

/**
 * zoompan crops at whole pixels of its input, so a slow zoom on a picture its own size steps and
 * shakes: over lettering at 1080×1920 the frame-to-frame change varied 0.40 of its mean. From the
 * picture at twice its size (scaled once per scene, in 4:2:0 to keep the per-frame scaling small)
 * the steps are half a pixel and the spread 0.16, as low as at three times (0.19, the rest being
 * the encoder's), for 0.09 of the video's length in the 15 s bench (0.62 → 0.71).
 */
const zoomSource = 2;

function zoompan(motion: Exclude<SceneMotion, { kind: 'still' }>, frames: number, width: number, height: number, fps: number): string {
  const along = `on/${Math.max(1, frames - 1)}`;
  const z = motion.kind === 'zoom' ? `${round(motion.from)}+${round(motion.to - motion.from)}*${along}` : round(motion.zoom);
  const x = motion.kind === 'zoom' ? `(iw-iw/zoom)*${round(motion.focusX)}` : `(iw-iw/zoom)*(${round(motion.fromX)}+${round(motion.toX - motion.fromX)}*${along})`;
  const y = motion.kind === 'zoom' ? `(ih-ih/zoom)*${round(motion.focusY)}` : `(ih-ih/zoom)*${round(motion.y)}`;
  return `format=yuv420p,scale=iw*${zoomSource}:ih*${zoomSource}:flags=lanczos,zoompan=z='${z}':x='${x}':y='${y}':d=${frames}:s=${width}x${height}:fps=${fps}`;
}

/**
 * The ffmpeg command that animates the drawn stills: each scene's picture (zoomed or panned by
 * zoompan from one decoded frame, or held by loop) cross-fades over the one before, each
 * overlay eases in (overlay with expressions of t) and fades, the music loops, fades in and out,
 * and the result is H.264 High (yuv420p) + AAC in an MP4 with its index first.
 */
export function videoGraph(input: VideoGraphInput): VideoGraph {
  const { width, height, seconds, fps, script, layers, safe } = input;
  const args: string[] = ['-f', 'lavfi', '-i', `color=c=black:s=${width}x${height}:r=${fps}:d=${round(seconds)}`];
  const inputIndex = new Map<LayerName, number>();
  const inputOf = (name: LayerName): number => {
    let index = inputIndex.get(name);
    const layer = layers[name];
    if (index === undefined && layer) {
      index = inputIndex.size + 1;
      inputIndex.set(name, index);
      args.push('-framerate', String(fps), '-i', layer.file);
    }
    if (index === undefined) throw new AppError('INTERNAL', `The script uses a ${name} layer that was not drawn`);
    return index;
  };

  const chains: string[] = [];
  const scenes = script.scenes.map((scene) => ({ layer: scene.layer, from: scene.from * seconds, to: scene.to * seconds, motion: scene.motion }));
  let base = '0:v';
  scenes.forEach((scene, i) => {
    const fadeIn = i === 0 ? 0 : Math.min(0.4, (scene.to - scene.from) * 0.2);
    const next = scenes[i + 1];
    const nextFade = next ? Math.min(0.4, (next.to - next.from) * 0.2) : 0;
    const length = scene.to - scene.from + nextFade;
    const frames = Math.max(1, Math.round(length * fps));
    const source = `[${inputOf(scene.layer)}:v]`;
    const moving = scene.motion.kind === 'still' ? `format=yuva420p,loop=loop=-1:size=1,trim=duration=${round(length)}` : `${zoompan(scene.motion, frames, width, height, fps)},format=yuva420p`;
    const faded = fadeIn > 0 ? `,fade=t=in:st=0:d=${round(fadeIn)}:alpha=1` : '';
    chains.push(`${source}${moving}${faded},setpts=PTS-STARTPTS+${round(scene.from)}/TB[scene${i}]`);
    chains.push(`[${base}][scene${i}]overlay=enable='between(t,${round(scene.from)},${round(scene.to + nextFade)})'[base${i}]`);
    base = `base${i}`;
  });

  const placements: Placement[] = [];
  script.overlays.forEach((overlay, i) => {
    const layer = layers[overlay.layer];
    if (!layer) return;
    const from = overlay.from * seconds;
    const to = overlay.to * seconds;
    const enter = Math.min(0.6, (to - from) * 0.25);
    const x = Math.round((width - layer.width) / 2);
    const y = Math.round(bandY(overlay.band, height, layer.height, safe));
    const travel: Record<Entrance, { x: string; y: string }> = {
      rise: { x: String(x), y: `${y}+${Math.round(height * 0.06)}*${easeOut(from, enter)}` },
      drop: { x: String(x), y: `${y}-${Math.round(height * 0.05)}*${easeOut(from, enter)}` },
      'slide-left': { x: `${x}+${Math.round(width * 0.3)}*${easeOut(from, enter)}`, y: String(y) },
    };
    const exit = overlay.to < 1 ? `,fade=t=out:st=${round(to - 0.3)}:d=0.3:alpha=1` : '';
    chains.push(`[${inputOf(overlay.layer)}:v]format=yuva420p,loop=loop=-1:size=1,trim=duration=${round(seconds)},setpts=PTS-STARTPTS,fade=t=in:st=${round(from)}:d=${round(enter)}:alpha=1${exit}[over${i}]`);
    const move = travel[overlay.entrance];
    chains.push(`[${base}][over${i}]overlay=x='${move.x}':y='${move.y}':eval=frame:enable='between(t,${round(from)},${round(to)})'[with${i}]`);
    base = `with${i}`;
    placements.push({ layer: overlay.layer, x, y, width: layer.width, height: layer.height, from, settled: from + enter, to: overlay.to < 1 ? to - 0.3 : to });
  });
  chains.push(`[${base}]format=yuv420p[video]`);

  const output = ['-map', '[video]'];
  if (input.audio) {
    const index = inputIndex.size + 1;
    args.push('-stream_loop', '-1', '-i', input.audio.file);
    const fadeOut = Math.min(1.5, seconds * 0.15);
    chains.push(`[${index}:a]atrim=0:${round(seconds)},asetpts=PTS-STARTPTS,afade=t=in:st=0:d=0.5,afade=t=out:st=${round(seconds - fadeOut)}:d=${round(fadeOut)},aformat=sample_fmts=fltp:sample_rates=44100:channel_layouts=stereo[audio]`);
    output.push('-map', '[audio]', '-c:a', 'aac', '-b:a', '160k');
  }
  output.push('-c:v', 'libx264', '-preset', 'veryfast', '-crf', '20', '-profile:v', 'high', '-pix_fmt', 'yuv420p', '-r', String(fps), '-movflags', '+faststart', '-t', round(seconds), '-y', input.output);
  return { args: [...args, '-filter_complex_script', input.graphFile, ...output], graph: chains.join(';\n'), placements, scenes: scenes.map(({ layer, from, to }) => ({ layer, from, to })) };
}
