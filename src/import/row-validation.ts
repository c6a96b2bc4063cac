import { ColumnMapping } from './column-mapping';
import { ImportKind } from './columns';
import { ImportRow, RowProblem } from './import.type';
import { TableRow } from './table';

/** The stable key a row is written under, and the column a repeated key is reported at. */
const ROW_KEY: Record<ImportKind, { column: string; of: (row: ImportRow) => string }> = {
  // A row without an id is keyed by its line until its identifiers have found its company.
  companies: { column: 'id', of: (row) => (row.id === null ? `line ${row.line}` : String(row.id)) },
  capabilities: { column: 'companyId', of: (row) => `${row.companyId}/${row.capabilityId}` },
  certificates: { column: 'companyId', of: (row) => `${row.companyId}/${row.certificationId}` },
  'supply-links': { column: 'supplierId', of: (row) => `${row.supplierId}>${row.customerId}/${row.programId}` },
  'supply-roles': { column: 'id', of: (row) => String(row.id) },
  taxonomy: { column: 'id', of: (row) => String(row.id) },
  certifications: { column: 'id', of: (row) => String(row.id) },
  networks: { column: 'id', of: (row) => String(row.id) },
  programs: { column: 'id', of: (row) => String(row.id) },
  regions: { column: 'id', of: (row) => String(row.id) },
};

/**
 * Parses every cell of a row by its column; an empty cell is null, and a problem when the column is required and
 * none of the columns that stand in for it has a value in the row.
 */
export function parseRow(row: TableRow, mapping: ColumnMapping): { values: ImportRow; problems: RowProblem[] } {
  const values: ImportRow = { line: row.line };
  const problems: RowProblem[] = [];
  const cellOf = (header: string | null) => (header ? row.cells[header] ?? '' : '');
  const hasValue = (key: string) => mapping.columns.some(({ column, header }) => column.key === key && cellOf(header) !== '');
  for (const { column, header } of mapping.columns) {
    const raw = cellOf(header);
    if (raw === '') {
      if (column.required && !column.requiredUnless?.some(hasValue)) {
        const standIns = column.requiredUnless ? ` (or one of ${column.requiredUnless.map((key) => mapping.headerOf(key)).join(', ')})` : '';
        problems.push({ line: row.line, column: header ?? column.headers[0], reason: `is required${standIns}` });
      }
      values[column.key] = null;
      continue;
    }
    try {
      values[column.key] = column.parse(raw);
    } catch (error) {
      problems.push({ line: row.line, column: header, reason: (error as Error).message });
    }
  }
  return { values, problems };
}

/** Rules across the cells of one row: a supply link to oneself, a certificate valid until before it is valid from. */
export function crossFieldProblems(kind: ImportKind, values: ImportRow, mapping: ColumnMapping): RowProblem[] {
  if (kind === 'supply-links' && values.supplierId && values.supplierId === values.customerId) {
    return [{ line: values.line, column: mapping.headerOf('customerId'), reason: 'a company cannot supply itself' }];
  }
  if (kind === 'certificates' && values.validFrom && values.validUntil && String(values.validUntil) < String(values.validFrom)) {
    return [{ line: values.line, column: mapping.headerOf('validUntil'), reason: 'valid-until is before valid-from' }];
  }
  return [];
}

/**
 * Checks every row on its own and against the rows before it: cells, cross-field rules, and a key repeated
 * within the file (the later row is rejected; a row with other problems claims no key).
 */
export function validateRows(kind: ImportKind, rows: readonly TableRow[], mapping: ColumnMapping): { valid: ImportRow[]; rejected: RowProblem[] } {
  const valid: ImportRow[] = [];
  const rejected: RowProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    const { values, problems } = parseRow(row, mapping);
    problems.push(...crossFieldProblems(kind, values, mapping));
    if (problems.length === 0) {
      const key = ROW_KEY[kind].of(values);
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        problems.push({ line: row.line, column: mapping.headerOf(ROW_KEY[kind].column), reason: `duplicate key '${key}', first on line ${first}` });
      } else {
        firstLineOf.set(key, row.line);
      }
    }
    if (problems.length > 0) rejected.push(...problems);
    else valid.push(values);
  }
  return { valid, rejected };
}
