import { ColumnDef, normaliseHeader } from './columns';
import { RowProblem } from './import.type';

/** Which header of the file holds each column of an import kind. */
export interface ColumnMapping {
  columns: { column: ColumnDef; header: string | null }[];
  /** One problem on line 1 per required column the file lacks (and has no column that stands in for it). */
  missingRequired: RowProblem[];
  /** Headers of the file that no column reads, in file order. */
  ignoredColumns: string[];
  /** The file's header of a column by its key; the column's first accepted header when the file lacks it. */
  headerOf(key: string): string;
}

/**
 * Finds each column's header among the file's headers, comparing without case, spaces and punctuation;
 * a column takes the first of its accepted headers the file has.
 */
export function mapColumns(headers: readonly string[], columns: readonly ColumnDef[]): ColumnMapping {
  const byHeader = new Map(headers.map((header) => [normaliseHeader(header), header]));
  const mapped = columns.map((column) => ({
    column,
    header: column.headers.map((accepted) => byHeader.get(normaliseHeader(accepted))).find(Boolean) ?? null,
  }));
  const used = new Set(mapped.map((m) => m.header));
  const inFile = new Set(mapped.filter((m) => m.header).map((m) => m.column.key));
  return {
    columns: mapped,
    missingRequired: mapped
      .filter(({ column, header }) => column.required && !header && !column.requiredUnless?.some((key) => inFile.has(key)))
      .map(({ column }) => ({ line: 1, column: column.headers[0], reason: `required column missing (${column.headers.join(' / ')})` })),
    ignoredColumns: headers.filter((header) => !used.has(header)),
    headerOf(key) {
      const found = mapped.find((m) => m.column.key === key);
      if (!found) throw new Error(`no column '${key}'`);
      return found.header ?? found.column.headers[0];
    },
  };
}
