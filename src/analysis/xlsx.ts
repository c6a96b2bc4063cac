import ExcelJS from 'exceljs';

import { spreadsheetSafe, Table } from './csv';

/** A cell's value; text goes through `spreadsheetSafe`, as in the CSV files, so that no text runs as a formula. */
function cellValue(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return spreadsheetSafe(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (Array.isArray(value)) return spreadsheetSafe(value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(', '));
  return spreadsheetSafe(JSON.stringify(value));
}

/**
 * A table as an XLSX workbook of one sheet: numbers stay numbers (Excel shows them with the reader's decimal
 * comma), the header row is bold and frozen, and the columns are wide enough for their values.
 */
export async function toXlsx(table: Table, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(cellValue));
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(table.columns[i].length, ...table.rows.map((row) => String(cellValue(row[i]) ?? '').length));
    column.width = Math.min(Math.max(widest + 2, 8), 60);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
