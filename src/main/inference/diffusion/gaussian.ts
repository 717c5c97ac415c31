import { seededRandom } from '../../core/random/seeded-random';

/** Standard normal noise from a seed (Box–Muller over the app's seeded generator): same seed, same latents. */
export function gaussianSource(seed: number): (count: number) => Float32Array {
  const uniform = seededRandom(seed);
  return (count) => {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i += 2) {
      const u = Math.max(Number.EPSILON, uniform());
      const v = uniform();
      const radius = Math.sqrt(-2 * Math.log(u));
      out[i] = radius * Math.cos(2 * Math.PI * v);
      if (i + 1 < count) out[i + 1] = radius * Math.sin(2 * Math.PI * v);
    }
    return out;
  };
}
