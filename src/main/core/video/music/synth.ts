import type { MusicMood } from '../../../../shared/video';
import { seededRandom } from '../../random/seeded-random';

export const sampleRate = 44_100;

/** A chord as semitones above A4 (440 Hz) for its root, and the intervals of its tones. */
interface Chord {
  root: number;
  tones: readonly number[];
}

/** One mood's loop: its tempo, its progression (a bar per chord) and how busy its parts are. */
interface Groove {
  bpm: number;
  chords: readonly Chord[];
  /** Plucked notes per beat (0 for none). */
  pluckPerBeat: number;
  drums: boolean;
  padLevel: number;
}

const major = [0, 4, 7] as const;
const minor = [0, 3, 7] as const;
const major7 = [0, 4, 7, 11] as const;

// Written by us for the app: three short progressions, each a common, royalty-free shape
// (I–V–vi–IV, Imaj7–IVmaj7, vi–IV–I–V) that loops without a seam at any length.
const grooves: Record<MusicMood, Groove> = {
  bright: { bpm: 112, chords: [{ root: 3, tones: major }, { root: -2, tones: major }, { root: 0, tones: minor }, { root: -4, tones: major }], pluckPerBeat: 2, drums: true, padLevel: 0.1 },
  calm: { bpm: 76, chords: [{ root: 5, tones: major7 }, { root: -2, tones: major7 }], pluckPerBeat: 1, drums: false, padLevel: 0.16 },
  warm: { bpm: 92, chords: [{ root: -3, tones: minor }, { root: -7, tones: major }, { root: 0, tones: major }, { root: -5, tones: major }], pluckPerBeat: 2, drums: true, padLevel: 0.12 },
};

const frequency = (semitonesFromA4: number): number => 440 * 2 ** (semitonesFromA4 / 12);

/** Adds a decaying plucked tone (a few harmonics, a fast attack) into `out` from `start`. */
function pluck(out: Float32Array, start: number, hz: number, level: number, seconds: number): void {
  const length = Math.min(out.length - start, Math.round(seconds * sampleRate));
  for (let i = 0; i < length; i += 1) {
    const t = i / sampleRate;
    const envelope = Math.min(1, t * 400) * Math.exp(-t * 5);
    const w = 2 * Math.PI * hz * t;
    out[start + i] = (out[start + i] ?? 0) + level * envelope * (Math.sin(w) + 0.35 * Math.sin(2 * w) * Math.exp(-t * 6) + 0.12 * Math.sin(3 * w) * Math.exp(-t * 9));
  }
}

/** A soft sustained chord over one bar, swelling in and out so bars join without a click. */
function pad(out: Float32Array, start: number, length: number, chord: Chord, level: number): void {
  const end = Math.min(out.length, start + length);
  for (let i = start; i < end; i += 1) {
    const t = (i - start) / sampleRate;
    const phase = (i - start) / length;
    const envelope = Math.sin(Math.PI * phase) ** 0.6;
    let sum = 0;
    for (const tone of chord.tones) {
      const hz = frequency(chord.root + tone - 12);
      // Two slightly detuned voices per tone make it a pad rather than an organ.
      sum += Math.sin(2 * Math.PI * hz * t) + Math.sin(2 * Math.PI * hz * 1.003 * t);
    }
    out[i] = (out[i] ?? 0) + (level * envelope * sum) / (2 * chord.tones.length);
  }
}

function kick(out: Float32Array, start: number, level: number): void {
  const length = Math.min(out.length - start, Math.round(0.25 * sampleRate));
  let phase = 0;
  for (let i = 0; i < length; i += 1) {
    const t = i / sampleRate;
    phase += (2 * Math.PI * (50 + 90 * Math.exp(-t * 30))) / sampleRate;
    out[start + i] = (out[start + i] ?? 0) + level * Math.sin(phase) * Math.exp(-t * 14);
  }
}

function hat(out: Float32Array, start: number, level: number, random: () => number): void {
  const length = Math.min(out.length - start, Math.round(0.05 * sampleRate));
  let previous = 0;
  for (let i = 0; i < length; i += 1) {
    const noise = random() * 2 - 1;
    // A first difference of white noise: the highs only, as a closed hat sounds.
    out[start + i] = (out[start + i] ?? 0) + level * (noise - previous) * Math.exp(-(i / sampleRate) * 70);
    previous = noise;
  }
}

/**
 * `seconds` of the mood's loop as mono samples in −1…1: a pad per bar, an arpeggio plucked over
 * the chord, a bass note on each bar and, for the livelier moods, a soft kick and hat.
 */
export function synthesize(mood: MusicMood, seconds: number): Float32Array {
  const groove = grooves[mood];
  const out = new Float32Array(Math.round(seconds * sampleRate));
  const beat = Math.round((60 / groove.bpm) * sampleRate);
  const bar = beat * 4;
  const random = seededRandom(7);
  for (let barStart = 0, index = 0; barStart < out.length; barStart += bar, index += 1) {
    const chord = groove.chords[index % groove.chords.length] as Chord;
    pad(out, barStart, bar, chord, groove.padLevel);
    pluck(out, barStart, frequency(chord.root - 24), 0.22, 1.6);
    const steps = 4 * groove.pluckPerBeat;
    for (let step = 0; step < steps; step += 1) {
      const tone = chord.tones[step % chord.tones.length] ?? 0;
      const octave = Math.floor(step / chord.tones.length) % 2 === 0 ? 0 : 12;
      pluck(out, barStart + Math.round((step * beat) / groove.pluckPerBeat), frequency(chord.root + tone + octave), 0.11, 0.9);
    }
    if (groove.drums) {
      for (let b = 0; b < 4; b += 1) {
        kick(out, barStart + b * beat, b % 2 === 0 ? 0.3 : 0.18);
        hat(out, barStart + b * beat + Math.round(beat / 2), 0.06, random);
      }
    }
  }
  let peak = 0;
  for (const value of out) peak = Math.max(peak, Math.abs(value));
  // Normalised to −3 dBFS: the loops sit at one level whatever the mood.
  const gain = peak > 0 ? 0.707 / peak : 0;
  for (let i = 0; i < out.length; i += 1) out[i] = (out[i] ?? 0) * gain;
  return out;
}

/** Mono samples as a 16-bit PCM WAV file. */
export function wavFile(samples: Float32Array): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i += 1) data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, samples[i] ?? 0)) * 32767), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
