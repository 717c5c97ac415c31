import { band, glow, n, room } from './room';
import { bauble, floweringBranch, luckyPouch, mapleLeaf, persimmon, placeProps, snowflake, songpyeon, type Prop } from './props';
import { horizonY, type Scene } from './scene';

// Seasonal scenes: a room in the season's colours with vector props at the free edges. The props
// are placed last, around the product and the layout's boxes, never behind them.

const cherry = floweringBranch('#7a4a3a', '#f7bfd0', '#d9587c');

const petals: Prop = {
  at: 'side',
  svg: [[20, 30, 20], [55, 18, 70], [40, 62, -30], [75, 50, 120], [25, 85, 45]].map(([x, y, r]) => `<ellipse cx="${x}" cy="${y}" rx="6" ry="3.4" fill="#f6b3c6" transform="rotate(${r} ${x} ${y})"/>`).join(''),
};

const sun: Prop = {
  at: 'top',
  svg: `${Array.from({ length: 12 }, (_, i) => `<rect x="48" y="6" width="4" height="12" rx="2" fill="#ffc94a" transform="rotate(${i * 30} 50 50)"/>`).join('')}<circle cx="50" cy="50" r="26" fill="#ffd66b"/><circle cx="50" cy="50" r="20" fill="#ffe08f"/>`,
};

const leaves = (at: Prop['at']): Prop => ({
  at,
  svg: [mapleLeaf(30, 30, 34, -20, '#d4572a'), mapleLeaf(62, 44, 28, 25, '#e89a2c'), mapleLeaf(38, 70, 24, 60, '#b8432a'), mapleLeaf(78, 78, 18, -40, '#e0b13a')].join(''),
});

const flakes: Prop = { at: 'side', svg: [snowflake(30, 30, 16), snowflake(70, 55, 11), snowflake(35, 78, 8), snowflake(80, 20, 7)].join('') };

const needles = (length: number): string =>
  Array.from({ length: 26 }, (_, i) => {
    const t = i / 25;
    const x = t * length;
    const y = 10 + t * 30;
    return `<path d="M${n(x)} ${n(y)} l${n(-4 + t * 2)} -12 M${n(x)} ${n(y)} l${n(6 - t * 2)} 10 M${n(x)} ${n(y)} l-8 ${n(4 - t * 3)}"/>`;
  }).join('');

const firBranch: Prop = {
  at: 'top',
  svg: `<g stroke="#2f6b45" stroke-width="2.2" stroke-linecap="round">${needles(88)}</g><path d="M0 10 L88 40" stroke="#5a3b24" stroke-width="2"/>${bauble(30, 40, 7, '#c8332f')}${bauble(58, 52, 6, '#d9a93a')}${bauble(78, 62, 5, '#c8332f')}`,
};

const gift: Prop = {
  at: 'bottom',
  svg: `<rect x="14" y="50" width="46" height="36" fill="#c8332f"/><rect x="10" y="42" width="54" height="10" fill="#b02a27"/><rect x="33" y="42" width="8" height="44" fill="#e3c15a"/><path d="M37 42 C24 28 18 40 37 42 C56 40 50 28 37 42" fill="none" stroke="#e3c15a" stroke-width="3"/><rect x="64" y="66" width="26" height="20" fill="#2f6b45"/><rect x="75" y="66" width="5" height="20" fill="#e3c15a"/>`,
};

const moon: Prop = {
  at: 'top',
  svg: `<circle cx="50" cy="45" r="40" fill="#fff4c2" opacity="0.18"/><circle cx="50" cy="45" r="30" fill="#fbe7a0"/><circle cx="40" cy="38" r="6" fill="#f2d989" opacity="0.7"/><circle cx="60" cy="54" r="4" fill="#f2d989" opacity="0.7"/>`,
};

const harvest: Prop = {
  at: 'bottom',
  svg: `${persimmon(34, 66, 15)}${persimmon(60, 74, 12)}${songpyeon(20, 88, 9, '#f4c6cf', -8)}${songpyeon(44, 90, 9, '#c9dfb0', 6)}${songpyeon(70, 92, 8, '#f6f1e6', -4)}`,
};

const plum = floweringBranch('#4a3228', '#fbe9ee', '#c23a55');

const pouches: Prop = { at: 'bottom', svg: `${luckyPouch(36, 66, 22, '#c8332f', '#e3c15a')}${luckyPouch(70, 76, 15, '#2e5fa8', '#f0c24a')}` };

/** A room in the season's colours with its props around the product. */
function seasonal(light: Scene['light'], tones: Parameters<typeof room>[3], props: Prop[], extra: (spec: Parameters<Scene['paint']>[0], horizon: number) => string = () => ''): Scene {
  return {
    horizon: 0.06,
    light,
    glossy: false,
    character: ['seasonal'],
    paint(spec) {
      const horizon = horizonY(this, spec);
      return `${room(spec, this.light, horizon, tones)}${extra(spec, horizon)}${placeProps(spec, props)}`;
    },
  };
}

export const spring = seasonal('left', { wall: ['#fbe4ec', '#fdf0f3'], floor: ['#eef3e2', '#e2ead2'] }, [cherry, petals, petals]);

export const summer = seasonal('right', { wall: ['#9fd9f0', '#d9f2fb'], floor: ['#f6e7c8', '#ecd6ad'] }, [sun], (spec, horizon) => {
  const sea = spec.height * 0.05;
  const ripples = Array.from({ length: 3 }, (_, i) => `<path d="M0 ${n(horizon - sea + sea * (0.3 + i * 0.25))} q${n(spec.width / 16)} ${n(-sea * 0.15)} ${n(spec.width / 8)} 0 t${n(spec.width / 8)} 0 t${n(spec.width / 8)} 0 t${n(spec.width / 8)} 0 t${n(spec.width / 8)} 0 t${n(spec.width / 8)} 0 t${n(spec.width / 8)} 0 t${n(spec.width / 8)} 0" stroke="#ffffff" stroke-opacity="0.5" stroke-width="${n(sea * 0.06)}" fill="none"/>`).join('');
  return `${band('sea', horizon - sea, sea, spec.width, [[0, '#4fb3d9'], [1, '#7fcbe6']])}${ripples}`;
});

export const autumn = seasonal('left', { wall: ['#f5dfc0', '#f9ead4'], floor: ['#d9b48a', '#c99d70'] }, [leaves('top'), leaves('bottom'), leaves('side')]);

export const winter = seasonal('top', { wall: ['#cfe0ef', '#e6eff7'], floor: ['#fbfdff', '#eaf1f7'] }, [flakes, flakes, flakes]);

export const christmas = seasonal('left', { wall: ['#1f4a36', '#2a5c44'], floor: ['#efe4d2', '#dccbb1'] }, [firBranch, gift], (spec, horizon) =>
  glow('lights', spec.footing.cx, horizon * 0.6, spec.width * 0.5, horizon * 0.5, '#ffe3a3', 0.18),
);

export const chuseok = seasonal('right', { wall: ['#1c2a4f', '#2e3f68'], floor: ['#e6d3b3', '#d3bb94'] }, [moon, harvest]);

export const seollal = seasonal('left', { wall: ['#f7ddd5', '#fbeae4'], floor: ['#f3e6cc', '#e7d4b0'] }, [plum, pouches]);
