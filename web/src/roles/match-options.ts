/**
 * The ranking options of a role page as they stand in the query string, so that a view can be mailed:
 * `?nearMisses=1&w=capability:0.6,certification:0.2,readiness:0.1,proximity:0.1,relationship:0`.
 */
export const WEIGHT_KEYS = ['capability', 'certification', 'readiness', 'proximity', 'relationship'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];
export type Weights = Record<WeightKey, number>;

/** The API's default weights (MatchWeightsInput). */
export const DEFAULT_WEIGHTS: Weights = { capability: 0.4, certification: 0.2, readiness: 0.15, proximity: 0.15, relationship: 0.1 };

export const NEAR_MISSES_PARAM = 'nearMisses';
export const WEIGHTS_PARAM = 'w';

/** The weights a `w` parameter names; a criterion it leaves out keeps its default. */
export function parseWeights(param: string | null): Weights {
  const weights = { ...DEFAULT_WEIGHTS };
  for (const pair of (param ?? '').split(',')) {
    const [key, raw] = pair.split(':');
    const value = Number(raw);
    if ((WEIGHT_KEYS as readonly string[]).includes(key) && raw !== undefined && raw !== '' && Number.isFinite(value)) {
      weights[key as WeightKey] = value;
    }
  }
  return weights;
}

/** The `w` parameter for these weights; none when they are the defaults. */
export function formatWeights(weights: Weights): string | null {
  if (WEIGHT_KEYS.every((key) => weights[key] === DEFAULT_WEIGHTS[key])) return null;
  return WEIGHT_KEYS.map((key) => `${key}:${weights[key]}`).join(',');
}

/** The API accepts weights that are not negative and sum to more than 0. */
export function weightsAreValid(weights: Weights): boolean {
  return WEIGHT_KEYS.every((key) => weights[key] >= 0) && WEIGHT_KEYS.some((key) => weights[key] > 0);
}
