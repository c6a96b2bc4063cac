import { mapColumns } from '../../src/import/column-mapping';
import { COLUMNS } from '../../src/import/columns';
import { idsByKind } from '../../src/db/references';
import { referencesIn, unknownReferences } from '../../src/import/import-references';

const nothingMissing = { companies: [], capabilities: [], certifications: [], programs: [], networks: [], regions: [] };

describe('import references', () => {
  const mapping = mapColumns(['Rollen-ID', 'Abnehmer', 'Programm', 'Fähigkeiten', 'Zertifizierungen'], COLUMNS['supply-roles']);
  const roles = [
    {
      line: 2, id: 'role-a', buyerId: 'prime', programId: null,
      requiredCapabilities: [{ capabilityId: 'milling' }, { capabilityId: 'warp-drive' }], requiredCertifications: null,
    },
    {
      line: 3, id: 'role-b', buyerId: 'nobody', programId: 'p-1',
      requiredCapabilities: [{ capabilityId: 'milling' }], requiredCertifications: [{ certificationId: 'iso-9001' }],
    },
  ];

  it('lists the ids each row refers to, list entries before id columns, at the columns the file names', () => {
    expect(referencesIn('supply-roles', roles, mapping)).toEqual([
      { line: 2, column: 'Fähigkeiten', kind: 'capabilities', id: 'milling' },
      { line: 2, column: 'Fähigkeiten', kind: 'capabilities', id: 'warp-drive' },
      { line: 2, column: 'Abnehmer', kind: 'companies', id: 'prime' },
      { line: 3, column: 'Fähigkeiten', kind: 'capabilities', id: 'milling' },
      { line: 3, column: 'Zertifizierungen', kind: 'certifications', id: 'iso-9001' },
      { line: 3, column: 'Abnehmer', kind: 'companies', id: 'nobody' },
      { line: 3, column: 'Programm', kind: 'programs', id: 'p-1' },
    ]);
  });

  it('asks the graph for each id once', () => {
    expect(idsByKind(referencesIn('supply-roles', roles, mapping))).toEqual({
      companyIds: ['prime', 'nobody'], capabilityIds: ['milling', 'warp-drive'], certificationIds: ['iso-9001'],
      programIds: ['p-1'], networkIds: [], regionIds: [],
    });
  });

  it('names every reference to an unknown id by its kind', () => {
    const references = referencesIn('supply-roles', roles, mapping);
    expect(unknownReferences(references, { ...nothingMissing, capabilities: ['warp-drive'], companies: ['nobody'] })).toEqual([
      { line: 2, column: 'Fähigkeiten', reason: "unknown capability 'warp-drive'" },
      { line: 3, column: 'Abnehmer', reason: "unknown company 'nobody'" },
    ]);
  });

  it('checks the region of a company row only when it names one', () => {
    const companies = mapColumns(['Firmen-ID', 'Firma', 'Kreis'], COLUMNS.companies);
    const references = referencesIn('companies', [{ line: 2, regionId: 'atlantis' }, { line: 3, regionId: null }], companies);
    expect(unknownReferences(references, { ...nothingMissing, regions: ['atlantis'] })).toEqual([
      { line: 2, column: 'Kreis', reason: "unknown region 'atlantis'" },
    ]);
  });
});
