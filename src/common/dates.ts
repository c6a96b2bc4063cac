/** Today's date in UTC as an ISO date (`2026-11-22`), the form every date of the graph is stored in. */
export const today = (): string => new Date().toISOString().slice(0, 10);
