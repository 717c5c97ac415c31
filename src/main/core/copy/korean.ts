import { josa as attachParticle } from 'es-hangul';

/** The particle pairs our templates write, in the order Korean grammar books give them. */
const particlePairs = ['이/가', '을/를', '은/는', '과/와', '으로/로', '이에요/예요'] as const;
export type ParticlePair = (typeof particlePairs)[number];

export const isParticlePair = (pair: string): pair is ParticlePair => (particlePairs as readonly string[]).includes(pair);

/** The word with the particle that fits it (es-hangul reads the final consonant, digits and Latin aloud): josa('라떼', '을/를') → '라떼를'. */
export function josa(word: string, pair: ParticlePair): string {
  return attachParticle(word, pair === '과/와' ? '와/과' : pair);
}

/** CJK ideographs (Hanja/Chinese), which a Korean ad must not contain. */
const hanja = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{2ffff}]/u;

export const containsHanja = (text: string): boolean => hanja.test(text);
