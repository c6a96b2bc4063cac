/** One record of a CSV text: its cells, trimmed, and the line it ends on (the first line is 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A CSV text that cannot be split into records: where (line, cell number from 1) and why. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, readonly column: number, message: string) {
    super(message);
  }
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BYTE_ORDER_MARK = 0xfeff;

/** Space-like characters that may stand around a quoted cell: JavaScript's white space without the line breaks. */
const isBlank = (code: number) =>
  code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || (code > 0x7f && /\s/.test(String.fromCharCode(code)));

/** Line breaks in `text` between `from` and `to`: CR LF, LF or CR each count once. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let pos = from; pos < to; pos += 1) {
    const code = text.charCodeAt(pos);
    if (code === LF || (code === CR && text.charCodeAt(pos + 1) !== LF)) breaks += 1;
  }
  return breaks;
}

/**
 * Splits a CSV text into records in one pass, as Excel writes it: cells separated by `delimiter`, records by CR LF,
 * LF or CR, a cell quoted when it starts with `"` (then `""` is a quote and delimiters and line breaks are part of
 * it), a quote inside an unquoted cell is part of the cell. Cells are trimmed, records may have any number of cells,
 * blank lines are skipped, a byte order mark is ignored. Throws CsvSyntaxError for a quoted cell that is never
 * closed or that goes on after its closing quote.
 */
export function parseCsvRecords(text: string, delimiter: string): CsvRecord[] {
  const separator = delimiter.charCodeAt(0);
  const end = text.length;
  const records: CsvRecord[] = [];
  let pos = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  let line = 1;
  while (pos < end) {
    const cells: string[] = [];
    let quoted = false;
    for (;;) {
      let start = pos;
      while (start < end && isBlank(text.charCodeAt(start))) start += 1;
      if (text.charCodeAt(start) === QUOTE) {
        quoted = true;
        const openedOn = line;
        let value = '';
        let from = start + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) throw new CsvSyntaxError(openedOn, cells.length + 1, 'Quote Not Closed: the quoted cell never ends');
          const escaped = text.charCodeAt(close + 1) === QUOTE;
          value += text.slice(from, escaped ? close + 1 : close);
          line += lineBreaks(text, from, close);
          from = close + (escaped ? 2 : 1);
          if (!escaped) break;
        }
        pos = from;
        while (pos < end && isBlank(text.charCodeAt(pos))) pos += 1;
        const next = text.charCodeAt(pos);
        if (pos < end && next !== separator && next !== CR && next !== LF) {
          throw new CsvSyntaxError(line, cells.length + 1, 'Invalid Closing Quote: the quoted cell goes on after its closing quote');
        }
        cells.push(value.trim());
      } else {
        pos = start;
        let next = text.charCodeAt(pos);
        while (pos < end && next !== separator && next !== CR && next !== LF) next = text.charCodeAt((pos += 1));
        cells.push(text.slice(start, pos).trim());
      }
      if (pos < end && text.charCodeAt(pos) === separator) {
        pos += 1;
      } else {
        break;
      }
    }
    if (quoted || cells.length > 1 || cells[0] !== '') records.push({ line, cells });
    if (pos < end) {
      pos += text.charCodeAt(pos) === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line += 1;
    }
  }
  return records;
}
