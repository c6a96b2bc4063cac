/** A table for export: column headers and rows of plain values. */
export interface Table {
  columns: string[];
  rows: unknown[][];
}

/** A number as German Excel reads it: decimal comma. */
export function germanNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text as a spreadsheet shows it but never runs it: a cell starting with `=`, `+`, `-`, `@`, tab or carriage return
 * gets a leading apostrophe, so `=HYPERLINK(...)` in a company name stays text in Excel.
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return germanNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (Array.isArray(value)) return cell(value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(', '));
  if (typeof value === 'object') return cell(JSON.stringify(value));
  const text = spreadsheetSafe(String(value));
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as German Excel opens it without an import dialog: UTF-8 with byte order mark, `;` between
 * fields, CRLF line ends, decimal commas; text that a spreadsheet would run as a formula is neutralised.
 */
export function toCsv(table: Table): string {
  const lines = [table.columns.map(cell).join(';'), ...table.rows.map((row) => row.map(cell).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The same table as JSON objects keyed by column. */
export function toJsonRows(table: Table): Record<string, unknown>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column, row[i] ?? null])));
}
