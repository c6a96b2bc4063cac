/** Rounds to `digits` decimal places (4 by default: scores and weights), so that answers compare exactly. */
export const round = (value: number, digits = 4): number => Math.round(value * 10 ** digits) / 10 ** digits;
