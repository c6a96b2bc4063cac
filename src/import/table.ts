import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

import { BadUserInputError } from '../common/errors';
import { CsvSyntaxError, parseCsvRecords } from './csv-records';

export interface TableRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  encoding: 'utf-8' | 'windows-1252' | 'xlsx';
  delimiter: ';' | ',' | 'xlsx';
}

/**
 * Decodes UTF-8 (with or without BOM) and falls back to Windows-1252, as Excel on German Windows writes it. The
 * fallback is iconv-lite's table: Node's own decoder takes 0x80–0x9F for Latin-1 control characters and so
 * loses € „ “ ‚ ‘ – — … and the rest of that range.
 */
export function decode(bytes: Buffer): { text: string; encoding: Table['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

/** The file as a whole cannot be read: BAD_USER_INPUT on `file`, with where and why. */
function unreadable(reason: string): BadUserInputError {
  return new BadUserInputError('file', reason);
}

/**
 * Reads a CSV file: either separator, quoted fields (a quote inside an unquoted cell, `Müller "Präzision" GmbH`,
 * is part of the cell), empty lines skipped, cells trimmed. A file that cannot be read (a quoted cell never
 * closed) is refused with its line and column.
 */
export function readCsv(bytes: Buffer): Table {
  const { text, encoding } = decode(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',') as Table['delimiter'];
  let records: ReturnType<typeof parseCsvRecords>;
  try {
    records = parseCsvRecords(text, delimiter);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw unreadable(`the CSV cannot be read at line ${error.line}, column ${error.column}: ${error.message}`);
  }
  const [header, ...body] = records;
  const headers = header?.cells ?? [];
  return {
    headers,
    encoding,
    delimiter,
    rows: body.map(({ line, cells: record }) => {
      const cells: Record<string, string> = {};
      headers.forEach((h, i) => {
        cells[h] = record[i] ?? '';
      });
      return { line, cells };
    }),
  };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  }
  return String(value);
}

/** Reads the first worksheet of an XLSX workbook; row 1 holds the headers. */
export async function readXlsx(bytes: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('the file is not a readable XLSX workbook (send an Excel .xlsx file or a CSV)');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [], encoding: 'xlsx', delimiter: 'xlsx' };
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column - 1] = cellText(cell.value).trim();
  });
  const rows: TableRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const cells = Object.fromEntries(headers.map((h, i) => [h, cellText(row.getCell(i + 1).value).trim()]));
    if (Object.values(cells).some((v) => v !== '')) rows.push({ line, cells });
  });
  return { headers, rows, encoding: 'xlsx', delimiter: 'xlsx' };
}

/** Reads CSV or XLSX, by file name or, failing that, by the ZIP signature of XLSX files; refuses an empty file or one without headers. */
export async function readTable(bytes: Buffer, fileName: string): Promise<Table> {
  if (bytes.length === 0) throw unreadable(`${fileName || 'the file'} is empty`);
  const isXlsx = fileName.toLowerCase().endsWith('.xlsx') || (bytes[0] === 0x50 && bytes[1] === 0x4b);
  const table = isXlsx ? await readXlsx(bytes) : readCsv(bytes);
  if (table.headers.every((header) => header === '')) throw unreadable(`${fileName || 'the file'} has no header row`);
  return table;
}
