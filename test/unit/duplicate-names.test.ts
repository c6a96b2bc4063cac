import { nameTwins, postalCodesOf } from '../../src/import/duplicate-names';

const company = (line: number, id: string, name: string, postalCode: string | null) => ({ line, id, name, postalCode });

describe('nameTwins', () => {
  const known = [{ id: 'sme-c', name: 'Ceramics C GmbH', postalCode: '58095' }];

  it('warns about a row with the name of a known company in the same postal code', () => {
    expect(nameTwins([company(2, 'sme-w', 'Ceramics-C gmbh', '58095')], known)).toEqual([
      { line: 2, id: 'sme-w', similarTo: 'sme-c', reason: "same name as 'Ceramics C GmbH' in 58095" },
    ]);
  });

  it('does not warn about the known company itself, another postal code, or a row without one', () => {
    expect(nameTwins([
      company(2, 'sme-c', 'Ceramics C AG', '58095'),
      company(3, 'sme-v', 'Ceramics C GmbH', '10115'),
      company(4, 'sme-u', 'Ceramics C GmbH', null),
    ], known)).toEqual([]);
  });

  it('warns about a later row twin of an earlier row, naming the earlier one', () => {
    expect(nameTwins([company(2, 'sme-m', 'Müller & Söhne KG', '10115'), company(3, 'sme-n', 'Mueller Soehne', '10115')], [])).toEqual([
      { line: 3, id: 'sme-n', similarTo: 'sme-m', reason: "same name as 'Müller & Söhne KG' in 10115" },
    ]);
  });

  it('asks the graph only for the distinct postal codes the rows name', () => {
    expect(postalCodesOf([company(2, 'a', 'A', '10115'), company(3, 'b', 'B', null), company(4, 'c', 'C', '10115')])).toEqual(['10115']);
  });
});
