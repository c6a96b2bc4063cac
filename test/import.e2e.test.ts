import { readFileSync } from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';

import { PROJECT_ROOT } from '../src/common/paths';
import { ImportService, nameKey } from '../src/import/import.service';
import { loadDemoData } from '../src/demo-data/demo-data';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, graphStats, loadFixture, removeFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;
let importer: ImportService;

beforeAll(async () => {
  t = await createTestApp();
  importer = new ImportService(t.app.executor);
  await loadFixture(t, SMALL_GRAPH);
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

/** A member list as German Excel saves it: Windows-1252, `;`, German headers, comma decimals. */
const COMPANIES_WITH_MISTAKES = latin1([
  'Firmen-ID;Firma;Rechtsform;Größenklasse;Mitarbeiter;PLZ;Ort;Kreis;Breitengrad;Längengrad;Notiz',
  'sme-x;Präzision X GmbH;GmbH;Klein;25;58095;Hagen;hagen;51,37;7,46;Stammkunde',
  'sme-y;Yacht Y KG;KG;mittel;120;5809;Hagen;hagen;51,37;7,46;',
  'sme-x;Präzision X GmbH;GmbH;Klein;25;58095;Hagen;hagen;51,37;7,46;',
  'sme-z;Zeta Z GmbH;GmbH;riesig;10;58095;Hagen;atlantis;51,37;7,46;',
  'sme-w;Ceramics-C gmbh;GmbH;Klein;12;58095;Hagen;hagen;;;',
].join('\r\n'));

/** Encodes as Windows-1252 does for German text (umlauts and ß are the same bytes as in Latin-1). */
function latin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

describe('CSV import', () => {
  afterEach(removeImportedRows);

  it('rejects a file with mistakes with the exact report, and writes nothing', async () => {
    const before = await graphStats(t);
    const report = await importer.import(COMPANIES_WITH_MISTAKES, { kind: 'companies', source: 'import members.csv' });
    expect(report).toMatchObject({ encoding: 'windows-1252', delimiter: ';', rows: 5, valid: 2, written: 0, ignoredColumns: ['Notiz'] });
    expect(report.rejected).toEqual([
      { line: 3, column: 'PLZ', reason: "'5809' is not a German postal code of five digits" },
      { line: 4, column: 'Firmen-ID', reason: "duplicate key 'sme-x', first on line 2" },
      { line: 5, column: 'Größenklasse', reason: "'riesig' is not one of MICRO, SMALL, MEDIUM, LARGE" },
    ]);
    expect(report.duplicates).toEqual([{ line: 6, id: 'sme-w', similarTo: 'sme-c', reason: "same name as 'Ceramics C GmbH' in 58095" }]);
    expect(await graphStats(t)).toEqual(before);
  });

  it('names unknown references', async () => {
    const file = latin1(['Firmen-ID;Firma;Kreis', 'sme-z;Zeta Z GmbH;atlantis'].join('\n'));
    const report = await importer.import(file, { kind: 'companies', source: 'import z.csv' });
    expect(report.rejected).toEqual([{ line: 2, column: 'Kreis', reason: "unknown region 'atlantis'" }]);
  });

  it('with skip-invalid writes exactly the valid rows, and a second import changes nothing', async () => {
    const before = await graphStats(t);
    const report = await importer.import(COMPANIES_WITH_MISTAKES, { kind: 'companies', source: 'import members.csv', skipInvalid: true });
    expect(report.written).toBe(2);
    const { data } = await t.gql(COMPANY, { id: 'sme-x' });
    expect(data!.company).toEqual({
      name: 'Präzision X GmbH', sizeClass: 'SMALL', employees: 25, postalCode: '58095', location: { latitude: 51.37, longitude: 7.46 }, region: { id: 'hagen' },
    });
    const once = await graphStats(t);
    expect(once.Company).toBe(before.Company + 2);
    await importer.import(COMPANIES_WITH_MISTAKES, { kind: 'companies', source: 'import members.csv', skipInvalid: true });
    expect(await graphStats(t)).toEqual(once);
  });

  it('keeps the region relationship a re-import names again, moves a company to the region a later file names, and keeps what a file leaves empty', async () => {
    const importRow = (row: string) =>
      importer.import(latin1(['Firmen-ID;Firma;Kreis;Breitengrad;Längengrad', row].join('\n')), { kind: 'companies', source: 'import regions.csv' });
    const regionLinks = async () => (await t.driver.executeQuery(
      "MATCH (:Company {id: 'sme-x'})-[link:LOCATED_IN]->(region) RETURN region.id AS region, elementId(link) AS link",
    )).records.map((record) => ({ region: record.get('region') as string, link: record.get('link') as string }));

    await importRow('sme-x;Präzision X GmbH;hagen;51,37;7,46');
    const [first] = await regionLinks();
    await importRow('sme-x;Präzision X GmbH;hagen;51,37;7,46');
    expect(await regionLinks()).toEqual([first]);

    await importRow('sme-x;Präzision X GmbH;koeln;;');
    await importRow('sme-x;Präzision X GmbH;;;');
    expect((await regionLinks()).map((link) => link.region)).toEqual(['koeln']);
    const { data } = await t.gql(COMPANY, { id: 'sme-x' });
    expect(data!.company).toMatchObject({ location: { latitude: 51.37, longitude: 7.46 }, region: { id: 'koeln' } });
  });

  it('validates without writing in a dry run', async () => {
    const before = await graphStats(t);
    const report = await importer.import(COMPANIES_WITH_MISTAKES, { kind: 'companies', source: 'x', skipInvalid: true, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, valid: 2, written: 0 });
    expect(await graphStats(t)).toEqual(before);
  });

  it('imports certificates from UTF-8 with BOM, commas and English headers, with provenance per line', async () => {
    const file = Buffer.from([
      '\uFEFFcompanyId,certification,scope,validFrom,validUntil,evidenceLevel',
      'sme-f,en-9100,"Composite parts, machining",01.02.2026,2029-01-31,verified',
      'sme-f,iso-9001,,2026-01-01,2025-12-31,',
      'sme-f,tisax,,2026-01-01,2027-12-31,',
      'sme-c,iso-9001,,2026-01-01,2026-12-31,self-declared',
    ].join('\n'), 'utf8');
    const report = await importer.import(file, { kind: 'certificates', source: 'import certs.csv', skipInvalid: true });
    expect(report).toMatchObject({ encoding: 'utf-8', delimiter: ',', written: 2 });
    expect(report.rejected).toEqual([
      { line: 3, column: 'validUntil', reason: 'valid-until is before valid-from' },
      { line: 4, column: 'certification', reason: "unknown certification 'tisax'" },
    ]);
    const { data } = await t.gql(CERTIFICATES_OF_F_AND_C);
    expect(data!.f!.certifications).toEqual([
      { certification: { id: 'en-9100' }, scope: 'Composite parts, machining', validFrom: '2026-02-01', validUntil: '2029-01-31', evidenceLevel: 'VERIFIED', source: 'import certs.csv line 2' },
    ]);
    // Ceramics C's ISO 9001 is verified: the self-declared line does not overwrite it.
    expect(data!.c!.certifications.find((c) => c.certification.id === 'iso-9001')).toEqual({
      certification: { id: 'iso-9001' }, validUntil: '2099-04-30', evidenceLevel: 'VERIFIED', source: 'demo data',
    });
  });

  it('imports capability claims and rejects levels outside 1..5 and unknown companies', async () => {
    const file = Buffer.from(['Firmen-ID;Fähigkeit;Stufe;Nachweisstufe', 'sme-f;milling;3;plausibilisiert', 'sme-f;harnesses;7;', 'sme-q;milling;2;'].join('\n'), 'utf8');
    const report = await importer.import(file, { kind: 'capabilities', source: 'import survey.csv' });
    expect(report.rejected).toEqual([
      { line: 3, column: 'Stufe', reason: '7 is not between 1 and 5' },
      { line: 4, column: 'Firmen-ID', reason: "unknown company 'sme-q'" },
    ]);
    expect(report.written).toBe(0);
  });

  it('imports supply links, rejecting self-supply and unknown programs', async () => {
    const file = Buffer.from(['Lieferant;Kunde;Programm;Produkt;Seit', 'sme-e;sme-c;prog-x;Kabelsätze;01.01.2026', 'sme-e;sme-e;prog-x;;', 'sme-f;sme-c;prog-z;;'].join('\n'));
    const report = await importer.import(file, { kind: 'supply-links', source: 'import links.csv', skipInvalid: true });
    expect(report.rejected).toEqual([
      { line: 3, column: 'Kunde', reason: 'a company cannot supply itself' },
      { line: 4, column: 'Programm', reason: "unknown program 'prog-z'" },
    ]);
    const { data } = await t.gql(TIERS_AND_CUSTOMERS, { id: 'sme-e' });
    expect(data!.company!.tiers).toEqual([{ tier: 2, program: { id: 'prog-y' } }, { tier: 3, program: { id: 'prog-x' } }]);
    expect(data!.company!.customers).toContainEqual({ id: 'link-prog-x-sme-e-sme-c', product: 'Kabelsätze', since: '2026-01-01' });
  });

  it('reports a missing required column', async () => {
    const report = await importer.import(Buffer.from('Firma;PLZ\nX GmbH;58095\n'), { kind: 'companies', source: 'x' });
    expect(report.rejected).toEqual([{ line: 1, column: 'id', reason: 'required column missing (id / firmenid / companyid)' }]);
  });

  it('reads XLSX the same way, dates from date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Zertifikate');
    sheet.addRow(['Firmen-ID', 'Zertifizierung', 'Gültig ab', 'Gültig bis', 'Nachweisstufe']);
    sheet.addRow(['sme-f', 'en-9100', new Date(Date.UTC(2026, 1, 1)), '31.01.2029', 'verifiziert']);
    sheet.addRow(['sme-f', 'aqap-2110', '2026-02-30', '', '']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await importer.import(bytes, { kind: 'certificates', source: 'import zertifikate.xlsx', fileName: 'zertifikate.xlsx', skipInvalid: true });
    expect(report).toMatchObject({ encoding: 'xlsx', rows: 2, written: 1 });
    expect(report.rejected).toEqual([{ line: 3, column: 'Gültig ab', reason: "'2026-02-30' is not a date like 31.12.2026 or 2026-12-31" }]);
    const { data } = await t.gql(CERTIFICATES, { id: 'sme-f' });
    expect(data!.company!.certifications).toEqual([{ certification: { id: 'en-9100' }, validFrom: '2026-02-01', validUntil: '2029-01-31', evidenceLevel: 'VERIFIED' }]);
  });

  it('rejects supply roles with unknown capabilities or a malformed requirement list', async () => {
    const file = Buffer.from([
      'Rollen-ID;Titel;Abnehmer;Tier;Fähigkeiten',
      'role-a;Teile;tier1-b;2;milling:4|warp-drive:2',
      'role-b;Teile;tier1-b;2;milling:4:maybe',
      'role-c;Teile;tier1-b;2;milling:3',
    ].join('\n'));
    const report = await importer.import(file, { kind: 'supply-roles', source: 'import roles.csv', skipInvalid: true });
    expect(report.rejected).toEqual([
      { line: 2, column: 'Fähigkeiten', reason: "unknown capability 'warp-drive'" },
      { line: 3, column: 'Fähigkeiten', reason: "'milling:4:maybe': only ':optional' may follow the level" },
    ]);
    expect(report.written).toBe(1);
  });

  it('compares company names up to legal form, umlauts and spacing', () => {
    expect(nameKey('Märkische Schutzbau GmbH & Co. KG')).toBe(nameKey('maerkische  schutzbau gmbh'));
    expect(nameKey('Ceramics-C gmbh')).toBe(nameKey('Ceramics C GmbH'));
  });
});

describe('import over HTTP', () => {
  let http: { base: string; close(): Promise<void> };
  let base: string;

  beforeAll(async () => {
    http = await serveForTest(t);
    base = http.base;
  });

  afterAll(() => http.close());
  afterEach(removeImportedRows);

  const upload = (query: string) => {
    const form = new FormData();
    form.append('file', new Blob([COMPANIES_WITH_MISTAKES]), 'mitglieder.csv');
    // Uploads, like GraphQL requests, carry a header a cross-site form cannot send.
    return fetch(`${base}/imports/companies${query}`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': 'true' } });
  };

  it('takes a multipart upload through the same code path', async () => {
    const refused = await upload('');
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { rejected: unknown[] }).rejected).toHaveLength(3);
    const accepted = await upload('?skipInvalid=true');
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ written: 2, valid: 2 });
    const { data } = await t.gql(COMPANY_NAME, { id: 'sme-x' });
    expect(data!.company!.name).toBe('Präzision X GmbH');
  });
});

// The templates refer to the demo data, so they are imported into it: the suite's small graph makes way for the
// demo data here, and each import is removed again before the next format.
describe('the documented templates', () => {
  beforeAll(async () => {
    await removeFixture(t);
    await loadFixture(t, loadDemoData());
  });

  afterEach(() => t.driver.executeQuery(
    "MATCH (row) WHERE (row:Company AND row.id = 'sme-beispiel-praezision') OR (row:SupplyRole AND row.id = 'role-beispiel-1') DETACH DELETE row",
  ));

  it.each(['UTF-8 CSV', 'Windows-1252 CSV', 'XLSX'])('imports the documented templates into the demo data as %s', async (format) => {
    const template = async (name: string): Promise<[Buffer, string]> => {
      const text = readFileSync(path.join(PROJECT_ROOT, 'seed', 'templates', name), 'utf8');
      if (format === 'Windows-1252 CSV') return [Buffer.from(text, 'latin1'), name];
      if (format === 'UTF-8 CSV') return [Buffer.from(text, 'utf8'), name];
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Import');
      for (const line of text.trim().split('\n')) sheet.addRow(line.split(';'));
      return [Buffer.from(await workbook.xlsx.writeBuffer()), name.replace('.csv', '.xlsx')];
    };
    for (const [file, kind] of [
      ['firmen.csv', 'companies'], ['faehigkeiten.csv', 'capabilities'], ['zertifikate.csv', 'certificates'],
      ['lieferbeziehungen.csv', 'supply-links'], ['rollen.csv', 'supply-roles'],
    ] as const) {
      const [bytes, fileName] = await template(file);
      const report = await importer.import(bytes, { kind, source: `import ${fileName}`, fileName });
      expect({ file, rejected: report.rejected, written: report.written }).toEqual({ file, rejected: [], written: 1 });
    }
    const { data } = await t.gql(TEMPLATE_ROWS);
    expect(data!.company).toEqual({
      name: 'Beispiel Präzision GmbH', region: { id: 'hagen' },
      capabilities: [{ level: 4, evidenceLevel: 'PLAUSIBILITY_CHECKED', capability: { id: 'cnc-5-axis-milling' } }],
      certifications: [{ certification: { id: 'iso-9001' }, validUntil: '2028-02-28' }],
      tiers: [{ tier: 2, program: { id: 'prog-radschuetzenpanzer' }, under: { id: 't1-rheinland-systemtechnik' } }],
    });
    expect(data!.supplyRole).toEqual({
      title: 'Gefräste Elektronikgehäuse', tier: 2, status: 'OPEN', deadline: '2027-06-30',
      buyer: { id: 't1-rheinland-systemtechnik' }, program: { id: 'prog-radschuetzenpanzer' },
      requiredCapabilities: [
        { capability: { id: 'cnc-5-axis-milling' }, minLevel: 3, mandatory: true },
        { capability: { id: 'surface-treatment' }, minLevel: 2, mandatory: false },
      ],
      requiredCertifications: [
        { certification: { id: 'aqap-2110' }, mandatory: false, minEvidenceLevel: 'SELF_DECLARED' },
        { certification: { id: 'iso-9001' }, mandatory: true, minEvidenceLevel: 'PLAUSIBILITY_CHECKED' },
      ],
    });
  });
});

/** Removes what the imports of the small graph's tests write beside the fixture, so that the next test sees the fixture. */
async function removeImportedRows(): Promise<void> {
  // The valid rows of COMPANIES_WITH_MISTAKES (sme-w is written beside its duplicate warning) and the role of the roles file.
  await t.driver.executeQuery(
    "MATCH (row) WHERE (row:Company AND row.id IN ['sme-x', 'sme-w']) OR (row:SupplyRole AND row.id = 'role-c') DETACH DELETE row",
  );
  // Faser F holds no certificate in the fixture; the certificate imports give it one.
  await t.driver.executeQuery("MATCH (:Company {id: 'sme-f'})-[certificate:HOLDS]->() DELETE certificate");
  await t.driver.executeQuery("MATCH ()-[link:SUPPLIES {id: 'link-prog-x-sme-e-sme-c'}]->() DELETE link");
}

const CERTIFICATES_OF_F_AND_C = graphql(`
  query CertificatesOfFAndC {
    f: company(id: "sme-f") { certifications { certification { id } scope validFrom validUntil evidenceLevel source } }
    c: company(id: "sme-c") { certifications { certification { id } validUntil evidenceLevel source } }
  }`);

const CERTIFICATES = graphql(`
  query Certificates($id: ID!) {
    company(id: $id) { certifications { certification { id } validFrom validUntil evidenceLevel } }
  }`);

const TIERS_AND_CUSTOMERS = graphql(`
  query TiersAndCustomers($id: ID!) {
    company(id: $id) { tiers { tier program { id } } customers { id product since } }
  }`);

const TEMPLATE_ROWS = graphql(`
  query TemplateRows {
    company(id: "sme-beispiel-praezision") {
      name region { id }
      capabilities { level evidenceLevel capability { id } } certifications { certification { id } validUntil }
      tiers { tier program { id } under { id } }
    }
    supplyRole(id: "role-beispiel-1") {
      title tier status deadline buyer { id } program { id }
      requiredCapabilities { capability { id } minLevel mandatory } requiredCertifications { certification { id } mandatory minEvidenceLevel }
    }
  }`);

const COMPANY_NAME = graphql(`
  query CompanyName($id: ID!) {
    company(id: $id) { name }
  }`);

const COMPANY = graphql(`
  query Company($id: ID!) {
    company(id: $id) { name sizeClass employees postalCode location { latitude longitude } region { id } }
  }`);
