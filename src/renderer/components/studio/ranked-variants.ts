import type { Generation } from '../../../shared/ipc/generations';

export interface RankedVariant {
  output: Generation['outputs'][number];
  /** Its quality score 0–1; absent for results made before ranking. */
  score?: number;
  /** The set's best variant, when the set was ranked and has more than one. */
  best: boolean;
}

/** A result's variants in its first format, best first when the result was ranked, else in planned order. */
export function rankedVariants(generation: Generation): RankedVariant[] {
  const firstFormat = generation.outputs[0]?.format;
  const ranking = generation.outputCopy?.ranking ?? [];
  const place = new Map(ranking.map((score, i) => [score.variantIndex, i]));
  const placeOf = (variantIndex: number): number => place.get(variantIndex) ?? ranking.length + variantIndex;
  return generation.outputs
    .filter((output) => output.format === firstFormat)
    .sort((a, b) => placeOf(a.variantIndex) - placeOf(b.variantIndex))
    .map((output, i, all) => ({ output, score: ranking.find((r) => r.variantIndex === output.variantIndex)?.score, best: i === 0 && all.length > 1 && place.has(output.variantIndex) }));
}
