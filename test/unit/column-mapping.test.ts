import { mapColumns } from '../../src/import/column-mapping';
import { COLUMNS } from '../../src/import/columns';

describe('mapColumns', () => {
  it('finds German and English headers without regard to case, spaces and dashes, and lists the headers no column reads', () => {
    const mapping = mapColumns(['Notiz', 'CERTIFICATION', 'Firmen-ID', 'gültig bis'], COLUMNS.certificates);
    expect(mapping.missingRequired).toEqual([]);
    expect(mapping.ignoredColumns).toEqual(['Notiz']);
    expect(mapping.columns.filter((m) => m.header).map((m) => [m.column.key, m.header])).toEqual([
      ['companyId', 'Firmen-ID'], ['certificationId', 'CERTIFICATION'], ['validUntil', 'gültig bis'],
    ]);
  });

  it('reports each missing required column on line 1 with every header it accepts', () => {
    const mapping = mapColumns(['Lieferant', 'Produkt'], COLUMNS['supply-links']);
    expect(mapping.missingRequired).toEqual([
      { line: 1, column: 'kunde', reason: 'required column missing (kunde / kundeid / abnehmer / customer / customerid)' },
      { line: 1, column: 'programm', reason: 'required column missing (programm / programmid / program / programid)' },
    ]);
  });

  it('names a column by the header the file uses, or by its first accepted header when the file lacks it', () => {
    const mapping = mapColumns(['Supplier', 'Customer', 'Program'], COLUMNS['supply-links']);
    expect(mapping.headerOf('customerId')).toBe('Customer');
    expect(mapping.headerOf('since')).toBe('seit');
  });

  it('refuses a column key the import kind does not have', () => {
    expect(() => mapColumns([], COLUMNS.companies).headerOf('customerId')).toThrow("no column 'customerId'");
  });
});
