import { mapColumns } from '../../src/import/column-mapping';
import { COLUMNS } from '../../src/import/columns';
import { validateRows } from '../../src/import/row-validation';

const row = (line: number, cells: Record<string, string>) => ({ line, cells });

describe('validateRows', () => {
  it('parses cells by column, empty ones to null, and rejects a row per broken cell', () => {
    const mapping = mapColumns(['Firmen-ID', 'Fähigkeit', 'Stufe', 'Nachweisstufe'], COLUMNS.capabilities);
    const { valid, rejected } = validateRows('capabilities', [
      row(2, { 'Firmen-ID': 'sme-a', Fähigkeit: 'milling', Stufe: '3', Nachweisstufe: 'verifiziert' }),
      row(3, { 'Firmen-ID': 'sme-a', Fähigkeit: 'welding', Stufe: '6', Nachweisstufe: 'irgendwie' }),
      row(4, { 'Firmen-ID': 'sme-b', Fähigkeit: '', Stufe: '1', Nachweisstufe: '' }),
    ], mapping);
    expect(valid).toEqual([{ line: 2, companyId: 'sme-a', capabilityId: 'milling', level: 3, evidence: null, evidenceLevel: 'VERIFIED' }]);
    expect(rejected).toEqual([
      { line: 3, column: 'Stufe', reason: '6 is not between 1 and 5' },
      { line: 3, column: 'Nachweisstufe', reason: "'irgendwie' is not one of SELF_DECLARED, PLAUSIBILITY_CHECKED, VERIFIED" },
      { line: 4, column: 'Fähigkeit', reason: 'is required' },
    ]);
  });

  it('reports self-supply at the customer column, by name, wherever the file puts it', () => {
    const mapping = mapColumns(['Kunde', 'Programm', 'Lieferant'], COLUMNS['supply-links']);
    const { valid, rejected } = validateRows('supply-links', [row(2, { Kunde: 'sme-a', Programm: 'p-1', Lieferant: 'sme-a' })], mapping);
    expect(valid).toEqual([]);
    expect(rejected).toEqual([{ line: 2, column: 'Kunde', reason: 'a company cannot supply itself' }]);
  });

  it('reports a certificate valid until before it is valid from at the valid-until column', () => {
    const mapping = mapColumns(['validUntil', 'companyId', 'validFrom', 'certification'], COLUMNS.certificates);
    const { rejected } = validateRows('certificates', [
      row(2, { validUntil: '31.12.2025', companyId: 'sme-a', validFrom: '2026-01-01', certification: 'iso-9001' }),
    ], mapping);
    expect(rejected).toEqual([{ line: 2, column: 'validUntil', reason: 'valid-until is before valid-from' }]);
  });

  it('rejects a repeated key at the key column, naming the first line; a broken row claims no key', () => {
    const mapping = mapColumns(['Firma', 'PLZ', 'Firmen-ID'], COLUMNS.companies);
    const { valid, rejected } = validateRows('companies', [
      row(2, { Firma: 'Alpha', PLZ: '123', 'Firmen-ID': 'sme-a' }),
      row(3, { Firma: 'Alpha', PLZ: '12345', 'Firmen-ID': 'sme-a' }),
      row(4, { Firma: 'Alpha again', PLZ: '12345', 'Firmen-ID': 'sme-a' }),
    ], mapping);
    expect(valid.map((v) => v.line)).toEqual([3]);
    expect(rejected).toEqual([
      { line: 2, column: 'PLZ', reason: "'123' is not a German postal code of five digits" },
      { line: 4, column: 'Firmen-ID', reason: "duplicate key 'sme-a', first on line 3" },
    ]);
  });

  it('keys supply links by supplier, customer and program together', () => {
    const mapping = mapColumns(['Lieferant', 'Kunde', 'Programm'], COLUMNS['supply-links']);
    const { valid, rejected } = validateRows('supply-links', [
      row(2, { Lieferant: 'sme-a', Kunde: 'prime', Programm: 'p-1' }),
      row(3, { Lieferant: 'sme-a', Kunde: 'prime', Programm: 'p-2' }),
      row(4, { Lieferant: 'sme-a', Kunde: 'prime', Programm: 'p-1' }),
    ], mapping);
    expect(valid.map((v) => v.line)).toEqual([2, 3]);
    expect(rejected).toEqual([{ line: 4, column: 'Lieferant', reason: "duplicate key 'sme-a>prime/p-1', first on line 2" }]);
  });
});
