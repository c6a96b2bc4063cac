import { CsvSyntaxError, parseCsvRecords } from '../src/import/csv-records';

const failure = (text: string) => {
  try {
    parseCsvRecords(text, ';');
  } catch (error) {
    const { line, column, message } = error as CsvSyntaxError;
    return { line, column, message };
  }
  return null;
};

describe('splitting CSV text into records', () => {
  it('trims cells and numbers records by their line, skipping blank lines, with CR LF, LF or CR between records', () => {
    expect(parseCsvRecords('\uFEFFFirmen-ID ; Firma\r\n\r\n  \r\nsme-a;A GmbH\nsme-b; B KG \rsme-c', ';')).toEqual([
      { line: 1, cells: ['Firmen-ID', 'Firma'] },
      { line: 4, cells: ['sme-a', 'A GmbH'] },
      { line: 5, cells: ['sme-b', 'B KG'] },
      { line: 6, cells: ['sme-c'] },
    ]);
  });

  it('keeps a quote inside an unquoted cell, reads quoted cells with delimiters, doubled quotes and line breaks, and numbers such a record by its last line', () => {
    expect(parseCsvRecords('id,name,note\nsme-a,Müller "Präzision" GmbH,\n  "sme-b" ,"B, ""Bohr"" KG","first\r\nsecond"\nsme-c,,x', ',')).toEqual([
      { line: 1, cells: ['id', 'name', 'note'] },
      { line: 2, cells: ['sme-a', 'Müller "Präzision" GmbH', ''] },
      { line: 4, cells: ['sme-b', 'B, "Bohr" KG', 'first\r\nsecond'] },
      { line: 5, cells: ['sme-c', '', 'x'] },
    ]);
  });

  it('keeps a line of empty cells and a quoted empty cell as records', () => {
    expect(parseCsvRecords('a;b\n;\n""\n', ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['', ''] },
      { line: 3, cells: [''] },
    ]);
  });

  it('refuses a quoted cell that is never closed at the line and cell where it opens, and one that goes on after its closing quote', () => {
    expect(failure('Firmen-ID;Firma\nsme-y;Y GmbH\nsme-z;"Müller GmbH\n')).toEqual({ line: 3, column: 2, message: 'Quote Not Closed: the quoted cell never ends' });
    expect(failure('Firmen-ID;Firma\n"sme-z" x;Z GmbH\n')).toEqual({
      line: 2, column: 1, message: 'Invalid Closing Quote: the quoted cell goes on after its closing quote',
    });
  });
});
