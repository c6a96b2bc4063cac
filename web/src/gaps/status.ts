/** The gap statuses, most severe first, with the badge colour and a symbol so that colour never stands alone. */
export const GAP_STATUSES = ['UNCOVERED', 'SINGLE_SOURCE', 'THIN', 'COVERED'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export const STATUS_BADGE: Record<GapStatus, string> = { UNCOVERED: 'bad', SINGLE_SOURCE: 'warn', THIN: 'thin', COVERED: 'good' };
export const STATUS_SYMBOL: Record<GapStatus, string> = { UNCOVERED: '✕', SINGLE_SOURCE: '!', THIN: '◐', COVERED: '✓' };
