import { mapColumns } from '../../src/import/column-mapping';
import { COLUMNS } from '../../src/import/columns';
import { resolveCompanyRows } from '../../src/import/company-identifiers';
import { validateRows } from '../../src/import/row-validation';

const HEADERS = ['Firmen-ID', 'Firma', 'NCAGE', 'USt-IdNr.'];
const mapping = mapColumns(HEADERS, COLUMNS.companies);

/** Company rows parsed as the import parses them, from cells in the order of HEADERS. */
function parsed(...lines: string[][]) {
  const rows = lines.map((cells, index) => ({ line: index + 2, cells: Object.fromEntries(HEADERS.map((header, i) => [header, cells[i] ?? ''])) }));
  const { valid, rejected } = validateRows('companies', rows, mapping);
  expect(rejected).toEqual([]);
  return valid;
}

const HOLDERS = [
  { property: 'ncageCode' as const, value: 'C1234', companyId: 'sme-c', companyName: 'C GmbH' },
  { property: 'vatId' as const, value: 'DE111111111', companyId: 'sme-d', companyName: 'D KG' },
];

describe('resolveCompanyRows', () => {
  it('gives a row without a Firmen-ID the company its identifier names, and keeps a row with one as it is', () => {
    const { rows, problems } = resolveCompanyRows(parsed(['', 'C GmbH', 'c1234'], ['sme-x', 'X GmbH', 'D5555', 'de222222222']), HOLDERS, mapping);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.line, row.id, row.ncageCode, row.vatId])).toEqual([[2, 'sme-c', 'C1234', null], [3, 'sme-x', 'D5555', 'DE222222222']]);
  });

  it('rejects identifiers of another company, of nobody, of two companies, twice in the file, and a company twice', () => {
    const { rows, problems } = resolveCompanyRows(parsed(
      ['sme-x', 'X GmbH', 'C1234'],
      ['', 'Y GmbH', 'D0000'],
      ['', 'C GmbH', 'C1234', 'DE111111111'],
      ['sme-y', 'Y GmbH', 'D7777'],
      ['sme-z', 'Z GmbH', 'D7777'],
      ['sme-d', 'D KG'],
      ['', 'D KG', '', 'DE111111111'],
    ), HOLDERS, mapping);
    expect(problems).toEqual([
      { line: 2, column: 'NCAGE', reason: "NCAGE code 'C1234' belongs to company 'sme-c', not to 'sme-x'" },
      { line: 3, column: 'Firmen-ID', reason: 'no company holds its identifiers: give the Firmen-ID of the company to create' },
      { line: 4, column: 'USt-IdNr.', reason: "VAT id 'DE111111111' belongs to company 'sme-d', but NCAGE code 'C1234' to 'sme-c'" },
      { line: 6, column: 'NCAGE', reason: "NCAGE code 'D7777' is also on line 5, for company 'sme-y'" },
      { line: 8, column: 'Firmen-ID', reason: "company 'sme-d' is also on line 7" },
    ]);
    expect(rows.map((row) => row.line)).toEqual([5, 7]);
  });
});
