/** A saved analysis's result: its columns and rows of plain values, as the API answers them. */
export interface ResultTable {
  columns: string[];
  rows: Record<string, unknown>[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIdColumn = (column: string) => /Id$/.test(column);
const isNumberColumn = (table: ResultTable, column: string) =>
  table.rows.length > 0 && table.rows.every((row) => typeof row[column] === 'number');
const isDateColumn = (table: ResultTable, column: string) =>
  table.rows.length > 0 && table.rows.every((row) => typeof row[column] === 'string' && ISO_DATE.test(row[column] as string));
const isTextColumn = (table: ResultTable, column: string) =>
  !isIdColumn(column) && table.rows.every((row) => row[column] === null || typeof row[column] === 'string');

/** The rows sorted by a column (numbers as numbers, text in the user's language), empty values last. */
export function sortRows(rows: Record<string, unknown>[], column: string, descending: boolean, locale: string): Record<string, unknown>[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  return [...rows].sort((a, b) => {
    const [x, y] = [a[column], b[column]];
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return descending ? -order : order;
  });
}

export type Chart =
  | { kind: 'bars'; label: string; value: string; bars: { label: string; value: number }[] }
  | { kind: 'months'; column: string; bars: { label: string; value: number }[] };

const MAX_BARS = 25;

/**
 * The chart a result suits, if any: a count per name (a text column and a number column: members per Kreis) as
 * bars, or rows per month of a date column (certificates expiring per month).
 */
export function chartFor(table: ResultTable): Chart | null {
  const numbers = table.columns.filter((c) => isNumberColumn(table, c));
  const texts = table.columns.filter((c) => isTextColumn(table, c) && !isDateColumn(table, c));
  if (numbers.length === 1 && texts.length >= 1 && table.rows.length > 1) {
    const [label, value] = [texts[0], numbers[0]];
    const bars = table.rows.map((row) => ({ label: String(row[label] ?? '–'), value: row[value] as number }))
      .sort((a, b) => b.value - a.value).slice(0, MAX_BARS);
    return { kind: 'bars', label, value, bars };
  }
  const date = table.columns.find((c) => isDateColumn(table, c));
  if (numbers.length === 0 && date) {
    const perMonth = new Map<string, number>();
    for (const row of table.rows) {
      const month = (row[date] as string).slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    const bars = [...perMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, value]) => ({ label, value }));
    return bars.length > 1 ? { kind: 'months', column: date, bars } : null;
  }
  return null;
}
