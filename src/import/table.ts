import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

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

/** Reads a CSV file: either separator, quoted fields, empty lines skipped, cells trimmed. */
export function readCsv(bytes: Buffer): Table {
  const { text, encoding } = decode(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.split(';').length >= firstLine.split(',').length ? ';' : ',') as Table['delimiter'];
  const records = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true, trim: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [header, ...body] = records;
  const headers = (header?.record ?? []).map((h) => h.trim());
  return {
    headers,
    encoding,
    delimiter,
    rows: body.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(headers.map((h, i) => [h, (record[i] ?? '').trim()])),
    })),
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
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
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

/** Reads CSV or XLSX, by file name or, failing that, by the ZIP signature of XLSX files. */
export async function readTable(bytes: Buffer, fileName: string): Promise<Table> {
  const isXlsx = fileName.toLowerCase().endsWith('.xlsx') || (bytes[0] === 0x50 && bytes[1] === 0x4b);
  return isXlsx ? readXlsx(bytes) : readCsv(bytes);
}
