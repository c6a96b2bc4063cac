import { readFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../src/common/paths';
import { ImportService } from '../src/import/import.service';
import { ImportKind } from '../src/import/columns';
import { graphql } from './graphql';
import { createTestApp, graphStats, loadFixture, TestApp } from './helpers/test-app';

const NOTHING = {
  regions: [], networks: [], capabilities: [], certifications: [], companies: [], memberships: [], capabilityClaims: [],
  certificates: [], contacts: [], programs: [], supplyLinks: [], supplyRoles: [], readinessAssessments: [],
};

let t: TestApp;
let importer: ImportService;

beforeAll(async () => {
  t = await createTestApp();
  // An empty fixture: the suite sets up a database without demo data through the imports.
  await loadFixture(t, NOTHING);
  importer = new ImportService(t.app.executor);
});

afterAll(async () => {
  // The graph was empty when the suite began, so everything in it now is what the suite created.
  await t.driver.executeQuery('MATCH (n) DETACH DELETE n');
  await t.close();
});

const template = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'seed', 'templates', name));
const csv = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'utf8');

/** The catalogue templates in the order they depend on each other, then the company, claim and certificate templates. */
const TEMPLATES: [string, ImportKind, number][] = [
  ['regionen.csv', 'regions', 4], ['taxonomie.csv', 'taxonomy', 6], ['zertifizierungen.csv', 'certifications', 3],
  ['netzwerke.csv', 'networks', 3], ['programme.csv', 'programs', 1],
  ['firmen.csv', 'companies', 1], ['faehigkeiten.csv', 'capabilities', 1], ['zertifikate.csv', 'certificates', 1],
];

describe('catalogue imports into a fresh database', () => {
  it('imports the documented catalogue templates, then companies, claims and certificates that refer to them', async () => {
    expect((await t.gql(UPSERT_PRIME, { input: { id: 'prime-beispiel', name: 'Prime Beispiel AG', isPrime: true } })).errors).toBeUndefined();
    for (const [file, kind, rows] of TEMPLATES) {
      const report = await importer.import(template(file), { kind, source: `import ${file}`, fileName: file });
      expect({ file, rejected: report.rejected, written: report.written }).toEqual({ file, rejected: [], written: rows });
    }
    const { data, errors } = await t.gql(CATALOGUE);
    expect(errors).toBeUndefined();
    expect(data!.capabilities.find((c) => c.id === 'cnc-5-axis-milling')).toEqual({
      id: 'cnc-5-axis-milling', nameDe: '5-Achs-CNC-Fräsen', nace: '25.62', depth: 2, domain: { id: 'manufacturing' },
    });
    expect(data!.certifications).toEqual([
      { id: 'aqap-2110', category: 'DEFENCE', isQualityManagement: false, includes: [{ id: 'iso-9001' }] },
      { id: 'en-9100', category: 'AEROSPACE', isQualityManagement: false, includes: [{ id: 'iso-9001' }] },
      { id: 'iso-9001', category: 'QUALITY', isQualityManagement: true, includes: [] },
    ]);
    expect(data!.networks).toEqual([
      { id: 'bvmw-en', kind: 'CHAPTER', parent: null },
      { id: 'defence-nrw', kind: 'UMBRELLA', parent: null },
      { id: 'nmwp-nrw', kind: 'CLUSTER', parent: { id: 'defence-nrw' } },
    ]);
    expect(data!.programs).toEqual([{ id: 'prog-beispiel-fahrzeug', customer: 'BAAINBw', domain: 'Land', prime: { id: 'prime-beispiel' } }]);
    expect(data!.regions.find((r) => r.id === 'hagen')).toEqual({ id: 'hagen', kind: 'KREISFREIE_STADT', ags: '05914', nuts: 'DEA53', parent: { id: 'rb-arnsberg' } });
    expect(data!.company).toEqual({ region: { id: 'hagen' }, capabilities: [{ capability: { id: 'cnc-5-axis-milling' } }] });
  });

  it('changes nothing when the catalogue templates are imported a second time', async () => {
    const before = await graphStats(t);
    for (const [file, kind, rows] of TEMPLATES.slice(0, 5)) {
      const report = await importer.import(template(file), { kind, source: `import ${file}`, fileName: file });
      expect({ file, written: report.written }).toEqual({ file, written: rows });
    }
    expect(await graphStats(t)).toEqual(before);
  });

  it("reports a bad row's line and column in a dry run, and writes nothing", async () => {
    const before = await graphStats(t);
    const report = await importer.import(csv([
      'ID;Name;Art;Übergeordnet;AGS',
      'unna;Kreis Unna;Kreis;rb-arnsberg;05978',
      'soest;Kreis Soest;Kreis;rb-nirgendwo;05974',
      'hamm;Hamm;Stadtstaat;rb-arnsberg;05915',
      'olpe;Kreis Olpe;Kreis;rb-arnsberg;5966',
    ]), { kind: 'regions', source: 'import regions.csv', dryRun: true });
    expect(report.rejected).toEqual([
      { line: 4, column: 'Art', reason: "'Stadtstaat' is not one of LAND, REGIERUNGSBEZIRK, KREIS, KREISFREIE_STADT" },
      { line: 5, column: 'AGS', reason: 'ags must be 2, 3 or 5 digits' },
    ]);
    const unknownParent = await importer.import(csv([
      'ID;Name;Art;Übergeordnet;AGS',
      'unna;Kreis Unna;Kreis;rb-arnsberg;05978',
      'soest;Kreis Soest;Kreis;rb-nirgendwo;05974',
    ]), { kind: 'regions', source: 'import regions.csv', dryRun: true });
    expect(unknownParent.rejected).toEqual([{ line: 3, column: 'Übergeordnet', reason: "unknown region 'rb-nirgendwo'" }]);
    expect(unknownParent).toMatchObject({ rows: 2, valid: 1, written: 0, dryRun: true });
    expect(await graphStats(t)).toEqual(before);
  });

  it('refuses a taxonomy file that would make a cycle and a certification file whose inclusions make one, writing nothing', async () => {
    const before = await graphStats(t);
    const taxonomy = await importer.import(csv([
      'ID;Name;Übergeordnet',
      'milling-heads;Milling heads;cnc-5-axis-milling',
      'manufacturing;Manufacturing;milling-heads',
    ]), { kind: 'taxonomy', source: 'import taxonomy.csv' });
    expect(taxonomy.rejected).toEqual([
      { line: 2, column: 'Übergeordnet', reason: 'would make a cycle: milling-heads > cnc-5-axis-milling > machining > manufacturing > milling-heads' },
    ]);
    const certifications = await importer.import(csv([
      'ID;Name;Kategorie;Umfasst',
      'iso-9001;ISO 9001;Qualität;aqap-2110',
    ]), { kind: 'certifications', source: 'import certifications.csv' });
    expect(certifications.rejected).toEqual([
      { line: 2, column: 'Umfasst', reason: 'would make a cycle: iso-9001 > aqap-2110 > iso-9001' },
    ]);
    expect([taxonomy.written, certifications.written]).toEqual([0, 0]);
    expect(await graphStats(t)).toEqual(before);
  });
});

const UPSERT_PRIME = graphql(`
  mutation UpsertPrimeForImport($input: CompanyInput!) { upsertCompany(input: $input) { id } }`);

const CATALOGUE = graphql(`
  query ImportedCatalogue {
    capabilities { id nameDe nace depth domain { id } }
    certifications { id category isQualityManagement includes { id } }
    networks { id kind parent { id } }
    programs { id customer domain prime { id } }
    regions { id kind ags nuts parent { id } }
    company(id: "sme-beispiel-praezision") { region { id } capabilities { capability { id } } }
  }`);
