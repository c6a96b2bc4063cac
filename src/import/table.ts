import { parse } from 'csv-parse/sync';

export interface TableRow {
  /** Line number in the file (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ';' | ',';
}

/** Decodes UTF-8 (with or without BOM) and falls back to Windows-1252, as Excel on German Windows writes it. */
export function decode(bytes: Buffer): { text: string; encoding: Table['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
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
