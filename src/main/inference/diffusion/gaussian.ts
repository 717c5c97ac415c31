/**
 * Standard normal noise from a seed: Marsaglia and Tsang's ziggurat (128 layers) over mulberry32,
 * the generator the app seeds everything with. Noise is drawn every denoising step, and the
 * ziggurat needs one 32-bit draw and a compare for ~98 % of samples — no logarithm, no root.
 */
const layers = 128;
const two31 = 2147483648;
const kn = new Uint32Array(layers);
const wn = new Float64Array(layers);
const fn = new Float64Array(layers);
{
  let dn = 3.442619855899;
  let tn = dn;
  const vn = 9.91256303526217e-3;
  const q = vn / Math.exp(-0.5 * dn * dn);
  kn[0] = Math.floor((dn / q) * two31);
  kn[1] = 0;
  wn[0] = q / two31;
  wn[layers - 1] = dn / two31;
  fn[0] = 1;
  fn[layers - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = layers - 2; i >= 1; i -= 1) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * two31);
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / two31;
  }
}
const tailStart = 3.442619855899;

export function gaussianSource(seed: number): (count: number) => Float32Array {
  let state = seed >>> 0 || 1;
  /** mulberry32, as a signed 32-bit integer. */
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) | 0;
  };
  const uniform = (): number => (next() >>> 0) / 4294967296 + 1 / 8589934592;

  /** The slow path: the wedge between layers, or the tail beyond the base layer. */
  const fix = (first: number): number => {
    let hz = first;
    let iz = hz & (layers - 1);
    for (;;) {
      const x = hz * (wn[iz] ?? 0);
      if (iz === 0) {
        let tx: number;
        let ty: number;
        do {
          tx = -Math.log(uniform()) / tailStart;
          ty = -Math.log(uniform());
        } while (ty + ty < tx * tx);
        return hz > 0 ? tailStart + tx : -tailStart - tx;
      }
      if ((fn[iz] ?? 0) + uniform() * ((fn[iz - 1] ?? 0) - (fn[iz] ?? 0)) < Math.exp(-0.5 * x * x)) return x;
      hz = next();
      iz = hz & (layers - 1);
      if (Math.abs(hz) < (kn[iz] ?? 0)) return hz * (wn[iz] ?? 0);
    }
  };

  return (count) => {
    const out = new Float32Array(count);
    for (let i = 0; i < count; i += 1) {
      const hz = next();
      const iz = hz & (layers - 1);
      out[i] = Math.abs(hz) < (kn[iz] ?? 0) ? hz * (wn[iz] ?? 0) : fix(hz);
    }
    return out;
  };
}
