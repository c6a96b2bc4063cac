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

  it('takes ids in any case and stores them lower-case', async () => {
    const report = await importer.import(csv(['Firmen-ID;Firma;Kreis', 'SME-Gross;Gross GmbH;HAGEN']), { kind: 'companies', source: 'import firmen.csv' });
    expect(report).toMatchObject({ rejected: [], written: 1 });
    const { data } = await t.gql(COMPANY_REGION, { id: 'sme-gross' });
    expect(data!.company).toEqual({ id: 'sme-gross', region: { id: 'hagen' } });
    await t.driver.executeQuery("MATCH (c:Company {id: 'sme-gross'}) DETACH DELETE c");
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

describe('Windows-1252 files', () => {
  // Every printable character of Windows-1252 (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned), by byte range.
  const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);
  const UPPER_HALF = Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i);
  const WINDOWS_RANGE = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e,
    0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f];
  // What those bytes are, written out by hand; ASCII and 0xA0–0xFF are the code points of the same number.
  const WINDOWS_CHARACTERS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

  it('imports € „ “ ‚ ‘ – — … and every other printable character intact', async () => {
    // Cells are trimmed, so the file's text starts and ends with characters that are not spaces.
    const printable = [...WINDOWS_RANGE, ...ASCII, ...UPPER_HALF];
    const quoted = printable.flatMap((byte) => (byte === 0x22 ? [0x22, 0x22] : [byte]));
    const file = Buffer.concat([
      Buffer.from('ID;Name;Beschreibung\r\nwindows-1252;Windows-1252;"', 'ascii'), Buffer.from(quoted), Buffer.from('"\r\n', 'ascii'),
    ]);
    const report = await importer.import(file, { kind: 'taxonomy', source: 'import windows-1252.csv', fileName: 'windows-1252.csv' });
    expect(report).toMatchObject({ encoding: 'windows-1252', rejected: [], written: 1 });

    const { data } = await t.gql(CAPABILITY_DESCRIPTIONS);
    const expected = WINDOWS_CHARACTERS + String.fromCharCode(...ASCII) + String.fromCharCode(...UPPER_HALF);
    expect(data!.capabilities.find((c) => c.id === 'windows-1252')?.description).toBe(expected);
    await t.gql(RETIRE, { id: 'windows-1252' });
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

const COMPANY_REGION = graphql(`
  query ImportedCompanyRegion($id: ID!) { company(id: $id) { id region { id } } }`);

const CAPABILITY_DESCRIPTIONS = graphql(`
  query CapabilityDescriptions { capabilities { id description } }`);

const RETIRE = graphql(`
  mutation RetireImportedCapability($id: ID!) { retireCapability(id: $id) }`);
