import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';

import { addApiKey, loadApiKeys } from '../src/auth/api-keys';
import { ImportOptions, ImportService } from '../src/import/import.service';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, GqlResult, graphStats, loadFixture, removeFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;
/** The same graph served over HTTP with API keys, to write as Ceramics C's own key. */
let keyed: { post: KeyedPost; ownKey: string; close(): Promise<void> };

// Two apps start here; on a busy machine, as the first suite of a run, that takes longer than a test may.
beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
  keyed = await serveWithOwnKey('sme-c');
}, 180_000);

afterAll(async () => {
  await keyed.close();
  await removeFixture(t);
  await t.close();
});

type KeyedPost = <Result, Variables>(key: string, document: TadaDocumentNode<Result, Variables>, variables: Variables) => Promise<GqlResult<Result>>;

/** A second app on the test graph whose only API key is the given company's own. */
async function serveWithOwnKey(companyId: string): Promise<{ post: KeyedPost; ownKey: string; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-keys-'));
  const file = path.join(dir, 'api-keys.json');
  const ownKey = addApiKey(file, { kind: 'company', companyId, name: companyId });
  const app = await createTestApp({ apiKeys: loadApiKeys(file) });
  const http = await serveForTest(app);
  const post: KeyedPost = async (key, document, variables) => {
    const response = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as GqlResult<never>;
  };
  return {
    post,
    ownKey,
    close: async () => {
      await http.close();
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ceramics C's identifiers as a user types them: any case, spaces, dashes, "Amtsgericht" in front of the court. */
const TYPED_BY_A_USER = {
  ncageCode: ' c1 234',
  vatId: 'de 123 456 789',
  dunsNumber: '31-511-7652',
  handelsregister: { court: 'Amtsgericht  Hagen', registerType: 'HRB' as const, number: '1234' },
};

const STORED = {
  ncageCode: 'C1234',
  vatId: 'DE123456789',
  dunsNumber: '315117652',
  handelsregister: { court: 'Hagen', registerType: 'HRB', number: '1234', text: 'Amtsgericht Hagen HRB 1234' },
};

const NO_IDENTIFIERS = { ncageCode: null, vatId: null, dunsNumber: null, handelsregister: null };

/** Takes every identifier off the fixture's companies and removes the companies a test created beside them. */
async function removeIdentifiersAndNewCompanies(): Promise<void> {
  const fixtureIds = SMALL_GRAPH.companies.map((company) => company.id);
  await t.driver.executeQuery(
    `MATCH (c:Company) WHERE NOT c.id IN $fixtureIds DETACH DELETE c
     WITH count(*) AS removed
     MATCH (c:Company)
     REMOVE c.ncageCode, c.vatId, c.dunsNumber, c.handelsregisterCourt, c.handelsregisterType, c.handelsregisterNumber, c.handelsregisterKey`,
    { fixtureIds },
  );
}

const giveCeramicsCItsIdentifiers = async () => {
  const { errors } = await t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-c', name: 'Ceramics C GmbH', ...TYPED_BY_A_USER } });
  expect(errors).toBeUndefined();
};

describe('external company identifiers through the API', () => {
  afterEach(removeIdentifiersAndNewCompanies);

  it('stores each identifier normalised: upper case, without spaces or dashes, the court without "Amtsgericht"', async () => {
    const { data, errors } = await t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-c', name: 'Ceramics C GmbH', ...TYPED_BY_A_USER } });
    expect(errors).toBeUndefined();
    expect(data!.upsertCompany).toEqual({ id: 'sme-c', ...STORED });
    const read = await t.gql(IDENTIFIERS, { id: 'sme-c' });
    expect(read.data!.company).toEqual({ id: 'sme-c', ...STORED });
  });

  it('leaves identifiers the input does not name as they are, and clears one given as null', async () => {
    await giveCeramicsCItsIdentifiers();
    const { data } = await t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-c', name: 'Ceramics C GmbH', vatId: null, handelsregister: null } });
    expect(data!.upsertCompany).toEqual({ id: 'sme-c', ...STORED, vatId: null, handelsregister: null });
  });

  it.each([
    ['ncageCode', { ncageCode: 'C12' }, "'C12' is not an NCAGE/CAGE code: 5 letters or digits, e.g. C1234 (German codes begin with C or D)"],
    ['vatId', { vatId: 'DE12345678' }, "'DE12345678' is not a VAT id: DE and 9 digits (USt-IdNr., e.g. DE123456789) or another EU country prefix and 2 to 12 letters or digits"],
    ['vatId', { vatId: 'US123456789' }, "'US123456789' is not a VAT id: DE and 9 digits (USt-IdNr., e.g. DE123456789) or another EU country prefix and 2 to 12 letters or digits"],
    ['dunsNumber', { dunsNumber: '1234' }, "'1234' is not a D-U-N-S number: 9 digits"],
    ['handelsregister.number', { handelsregister: { court: 'Hagen', registerType: 'HRB' as const, number: 'B-12' } },
      "'B-12' is not a register number: up to 6 digits, perhaps followed by a letter (e.g. 1234 or 12345 B)"],
    ['handelsregister.court', { handelsregister: { court: '4711', registerType: 'HRB' as const, number: '12' } },
      "'4711' is not a register court: the place of the Amtsgericht, e.g. Hagen"],
  ])('refuses a bad %s, naming the field and the format, and writes nothing', async (field, identifiers, reason) => {
    const before = await graphStats(t);
    const { errors } = await t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-new', name: 'Neu GmbH', ...identifiers } });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errors?.[0].message).toBe(`Invalid input: ${field}: ${reason}`);
    expect(await graphStats(t)).toEqual(before);
  });

  it('refuses an identifier another company holds, in any spelling, naming the field and the holder, and writes nothing', async () => {
    await giveCeramicsCItsIdentifiers();
    const before = await graphStats(t);
    const ncage = await t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-d', name: 'Drehteile D KG', ncageCode: 'c 1234', dunsNumber: '111111111' } });
    expect(ncage.errors?.[0]).toMatchObject({
      message: "ncageCode: NCAGE code 'C1234' is already held by company 'sme-c' (Ceramics C GmbH)",
      extensions: { code: 'CONFLICT', field: 'ncageCode', holderId: 'sme-c' },
    });
    const register = await t.gql(UPSERT_IDENTIFIERS, {
      input: { id: 'sme-new', name: 'Neu GmbH', handelsregister: { court: 'hagen', registerType: 'HRB', number: '1234' } },
    });
    expect(register.errors?.[0]).toMatchObject({
      message: "handelsregister: Handelsregister entry 'Amtsgericht hagen HRB 1234' is already held by company 'sme-c' (Ceramics C GmbH)",
      extensions: { code: 'CONFLICT', field: 'handelsregister', holderId: 'sme-c' },
    });
    expect(await graphStats(t)).toEqual(before);
    expect((await t.gql(IDENTIFIERS, { id: 'sme-d' })).data!.company).toEqual({ id: 'sme-d', ...NO_IDENTIFIERS });
  });

  it('lets the holder write its own identifiers again', async () => {
    await giveCeramicsCItsIdentifiers();
    const { data, errors } = await t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-c', name: 'Ceramics C GmbH', ...TYPED_BY_A_USER } });
    expect(errors).toBeUndefined();
    expect(data!.upsertCompany).toEqual({ id: 'sme-c', ...STORED });
  });

  it('gives an NCAGE code asked for by eight new companies at once to exactly one; the others are told who holds it', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `sme-race-${i}`);
    const results = await Promise.all(ids.map((id) => t.gql(UPSERT_IDENTIFIERS, { input: { id, name: `Race ${id} GmbH`, ncageCode: 'D4711' } })));
    const winners = results.filter((result) => !result.errors).map((result) => result.data!.upsertCompany.id);
    expect(winners).toHaveLength(1);
    for (const result of results.filter((r) => r.errors)) {
      expect(result.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'ncageCode', holderId: winners[0] });
    }
    const stored = await t.driver.executeQuery("MATCH (c:Company) WHERE c.id STARTS WITH 'sme-race-' RETURN c.id AS id, c.ncageCode AS code");
    expect(stored.records.map((record) => record.toObject())).toEqual([{ id: winners[0], code: 'D4711' }]);
  });

  it('search finds a company by its NCAGE code, VAT id, D-U-N-S number or Handelsregister entry, in any spelling, first', async () => {
    await giveCeramicsCItsIdentifiers();
    for (const text of ['c1234', 'C 1234', 'DE123456789', 'de 123 456 789', '31-511-7652', 'Amtsgericht Hagen HRB 1234', 'HRB 1234', 'hrb 1234, Amtsgericht Hagen']) {
      const { data, errors } = await t.gql(SEARCH, { text });
      expect(errors).toBeUndefined();
      expect({ text, first: data!.search[0] }).toEqual({ text, first: { score: 100, node: { __typename: 'Company', id: 'sme-c' } } });
    }
    const other = await t.gql(SEARCH, { text: 'DE999999999' });
    expect(other.data!.search).toEqual([]);
  });

  it('companyByIdentifier looks a company up by one identifier; null when none holds it, BAD_USER_INPUT for a malformed value', async () => {
    await giveCeramicsCItsIdentifiers();
    const found = await t.gql(BY_IDENTIFIER, { kind: 'VAT_ID', value: 'de123456789' });
    expect(found.data!.companyByIdentifier).toEqual({ id: 'sme-c' });
    const register = await t.gql(BY_IDENTIFIER, { kind: 'HANDELSREGISTER', value: 'Hagen HRB 1234' });
    expect(register.data!.companyByIdentifier).toEqual({ id: 'sme-c' });
    const none = await t.gql(BY_IDENTIFIER, { kind: 'NCAGE', value: 'D0000' });
    expect(none).toEqual({ data: { companyByIdentifier: null }, errors: undefined });
    const malformed = await t.gql(BY_IDENTIFIER, { kind: 'DUNS', value: '12' });
    expect(malformed.errors?.[0]).toMatchObject({
      message: "Invalid value for value: '12' is not a D-U-N-S number: 9 digits", extensions: { code: 'BAD_USER_INPUT', field: 'value' },
    });
  });
});

const csv = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');

describe('external company identifiers in the company import', () => {
  const importer = { import: (file: Buffer, options: ImportOptions) => new ImportService(t.app.executor).import(file, options) };
  afterEach(removeIdentifiersAndNewCompanies);

  it('matches a row without a Firmen-ID to the company holding its identifier, sets new identifiers; dry run first, twice changes nothing', async () => {
    await giveCeramicsCItsIdentifiers();
    const file = csv([
      'Firmen-ID;Firma;Mitarbeiter;NCAGE;USt-IdNr.;D-U-N-S;Handelsregister',
      ';Ceramics C GmbH;31;c 1234;;;',
      'sme-d;Drehteile D KG;8;D1234;DE 111 222 333;;Amtsgericht Lüdenscheid HRA 77',
    ]);
    const before = await graphStats(t);
    const dryRun = await importer.import(file, { kind: 'companies', source: 'import kennungen.csv', dryRun: true });
    expect(dryRun).toMatchObject({ rows: 2, valid: 2, rejected: [], duplicates: [], written: 0 });
    expect(await graphStats(t)).toEqual(before);

    const report = await importer.import(file, { kind: 'companies', source: 'import kennungen.csv' });
    expect(report).toMatchObject({ valid: 2, rejected: [], written: 2 });
    const once = await graphStats(t);
    expect(once).toEqual(before);
    const { data } = await t.gql(IDENTIFIERS_AND_EMPLOYEES);
    expect(data!.c).toEqual({ id: 'sme-c', employees: 31, ...STORED });
    expect(data!.d).toEqual({
      id: 'sme-d', employees: 8, ncageCode: 'D1234', vatId: 'DE111222333', dunsNumber: null,
      handelsregister: { court: 'Lüdenscheid', registerType: 'HRA', number: '77', text: 'Amtsgericht Lüdenscheid HRA 77' },
    });
    await importer.import(file, { kind: 'companies', source: 'import kennungen.csv' });
    expect(await graphStats(t)).toEqual(once);
  });

  it('takes a file without a Firmen-ID column when it has an identifier column', async () => {
    await giveCeramicsCItsIdentifiers();
    const report = await importer.import(csv(['company,employees,VAT id', 'Ceramics C GmbH,33,DE123456789']), { kind: 'companies', source: 'import vat.csv' });
    expect(report).toMatchObject({ rejected: [], written: 1 });
    expect((await t.gql(IDENTIFIERS_AND_EMPLOYEES)).data!.c?.employees).toBe(33);
  });

  it('rejects at line and column a malformed identifier, an id and an identifier of different companies, identifiers of nobody or of two companies, one twice in the file; writes nothing', async () => {
    await giveCeramicsCItsIdentifiers();
    expect((await t.gql(UPSERT_IDENTIFIERS, { input: { id: 'sme-e', name: 'Elektro E GmbH', dunsNumber: '123456789' } })).errors).toBeUndefined();
    const file = csv([
      'Firmen-ID;Firma;NCAGE;USt-IdNr.;D-U-N-S;Handelsregister',
      'sme-f;Faser F GmbH;C12;;;',
      'sme-f;Faser F GmbH;;;;Hagen 1234',
      'sme-d;Drehteile D KG;C1234;;;',
      ';Unbekannt GmbH;;DE999999999;;',
      ';Ceramics C GmbH;C1234;;123456789;',
      'sme-f;Faser F GmbH;D7777;;;',
      'sme-neu;Neu GmbH;d 7777;;;',
      ';Ceramics C GmbH;;;;Amtsgericht Hagen HRB 1234',
      ';Ceramics C GmbH;;DE123456789;;',
    ]);
    const before = await graphStats(t);
    const report = await importer.import(file, { kind: 'companies', source: 'import fehler.csv' });
    expect(report.rejected).toEqual([
      { line: 2, column: 'NCAGE', reason: "'C12' is not an NCAGE/CAGE code: 5 letters or digits, e.g. C1234 (German codes begin with C or D)" },
      {
        line: 3, column: 'Handelsregister',
        reason: "'Hagen 1234' is not a Handelsregister entry: court, register type (HRA, HRB, GnR, PR, VR) and number, e.g. Amtsgericht Hagen HRB 1234",
      },
      { line: 4, column: 'NCAGE', reason: "NCAGE code 'C1234' belongs to company 'sme-c', not to 'sme-d'" },
      { line: 5, column: 'Firmen-ID', reason: 'no company holds its identifiers: give the Firmen-ID of the company to create' },
      { line: 6, column: 'D-U-N-S', reason: "D-U-N-S number '123456789' belongs to company 'sme-e', but NCAGE code 'C1234' to 'sme-c'" },
      { line: 8, column: 'NCAGE', reason: "NCAGE code 'D7777' is also on line 7, for company 'sme-f'" },
      { line: 10, column: 'Firmen-ID', reason: "company 'sme-c' is also on line 9" },
    ]);
    expect(report).toMatchObject({ rows: 9, valid: 2, written: 0 });
    expect(await graphStats(t)).toEqual(before);
    expect((await t.gql(IDENTIFIERS, { id: 'sme-f' })).data!.company).toEqual({ id: 'sme-f', ...NO_IDENTIFIERS });
  });
});

describe('external company identifiers and API keys', () => {
  afterEach(removeIdentifiersAndNewCompanies);

  it('a company key sets its own identifiers at once (no second voice), and no other company\'s', async () => {
    const own = await keyed.post(keyed.ownKey, UPSERT_IDENTIFIERS, { input: { id: 'sme-c', name: 'Ceramics C GmbH', ...TYPED_BY_A_USER } });
    expect(own.errors).toBeUndefined();
    expect(own.data!.upsertCompany).toEqual({ id: 'sme-c', ...STORED });
    const other = await keyed.post(keyed.ownKey, UPSERT_IDENTIFIERS, { input: { id: 'sme-d', name: 'Drehteile D KG', ncageCode: 'D1234' } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.gql(IDENTIFIERS, { id: 'sme-d' })).data!.company).toEqual({ id: 'sme-d', ...NO_IDENTIFIERS });
  });
});

const UPSERT_IDENTIFIERS = graphql(`
  mutation UpsertIdentifiers($input: CompanyInput!) {
    upsertCompany(input: $input) {
      id ncageCode vatId dunsNumber handelsregister { court registerType number text }
    }
  }`);

const IDENTIFIERS = graphql(`
  query Identifiers($id: ID!) {
    company(id: $id) { id ncageCode vatId dunsNumber handelsregister { court registerType number text } }
  }`);

const SEARCH = graphql(`
  query SearchIdentifier($text: String!) {
    search(text: $text, first: 3) { score node { __typename ... on Company { id } ... on Capability { id } } }
  }`);

const IDENTIFIERS_AND_EMPLOYEES = graphql(`
  query IdentifiersAndEmployees {
    c: company(id: "sme-c") { id employees ncageCode vatId dunsNumber handelsregister { court registerType number text } }
    d: company(id: "sme-d") { id employees ncageCode vatId dunsNumber handelsregister { court registerType number text } }
  }`);

const BY_IDENTIFIER = graphql(`
  query CompanyByIdentifier($kind: CompanyIdentifierKind!, $value: String!) {
    companyByIdentifier(kind: $kind, value: $value) { id }
  }`);
