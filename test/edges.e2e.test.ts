import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { graphStats, removeReadinessAssessments, serveFixture, ServedFixture } from './helpers/test-app';

let t: ServedFixture;

beforeAll(async () => {
  t = await serveFixture(SMALL_GRAPH);
});

afterAll(async () => {
  await removeReadinessAssessments(t);
  await t.close();
});

type Envelope = { errors: { message: string; extensions: { code: string; field?: string } }[] };

/** The status and JSON body of a request; fails the test when the answer is not JSON or shows a stack trace. */
async function jsonAnswer(path: string, init?: RequestInit): Promise<{ status: number; body: Envelope & Record<string, unknown> }> {
  const response = await fetch(`${t.base}${path}`, init);
  const text = await response.text();
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(text).not.toMatch(/\bat .+\.[jt]s:\d+|node_modules|\/work\//);
  return { status: response.status, body: JSON.parse(text) };
}

const PREFLIGHT = { 'apollo-require-preflight': 'true' };

function upload(kind: string, content: Buffer | string, fileName: string, headers: Record<string, string> = PREFLIGHT, query = '') {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  return jsonAnswer(`/imports/${kind}${query}`, { method: 'POST', body: form, headers });
}

describe('every edge answers JSON with a code', () => {
  it('answers a body that is not JSON, a wrong content type and an oversized body with 4xx', async () => {
    const post = (body: string, contentType: string) => jsonAnswer('/graphql', { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(await post('{"query": ', 'application/json')).toEqual({
      status: 400, body: { errors: [{ message: 'The body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] },
    });
    expect(await post('<query/>', 'application/xml')).toEqual({
      status: 415, body: { errors: [{ message: 'Send the GraphQL request as Content-Type: application/json', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] },
    });
    const oversized = await post(JSON.stringify({ query: '{ primes { id } }', padding: 'x'.repeat(3 * 1024 * 1024) }), 'application/json');
    expect(oversized).toEqual({ status: 413, body: { errors: [{ message: 'The body is larger than allowed', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
  });

  it('answers unknown paths, prototype keys in paths and unknown reports with 404 NOT_FOUND', async () => {
    for (const path of ['/graphiql/assets/__proto__', '/graphiql/assets/constructor', '/no-such-route']) {
      const answer = await jsonAnswer(path, { headers: { accept: 'application/json' } });
      expect([path, answer.status, answer.body.errors[0].extensions.code]).toEqual([path, 404, 'NOT_FOUND']);
    }
    // The report routes keep their own 404 answer, which lists the reports.
    for (const path of ['/reports/toString.csv', '/reports/__proto__.json', '/reports/hasOwnProperty.json']) {
      const answer = await jsonAnswer(path);
      expect([path, answer.status, (answer.body.error as { code: string }).code]).toEqual([path, 404, 'NOT_FOUND']);
    }
  });

  it('answers a truncated multipart upload and a binary file sent as XLSX with 400, naming the file', async () => {
    const truncated = await jsonAnswer('/imports/companies', {
      method: 'POST',
      headers: { ...PREFLIGHT, 'content-type': 'multipart/form-data; boundary=cut' },
      body: '--cut\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nFirmen-ID;Fir',
    });
    expect(truncated.status).toBe(400);
    expect(truncated.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'file' });
    const binary = await upload('companies', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13, 0x37]), 'mitglieder.xlsx');
    expect(binary).toEqual({ status: 400, body: { errors: [{
      message: 'Invalid value for file: the file is not a readable XLSX workbook (send an Excel .xlsx file or a CSV)', extensions: { code: 'BAD_USER_INPUT', field: 'file' },
    }] } });
  });

  it('validates report parameters like their GraphQL arguments', async () => {
    const thin = await jsonAnswer('/reports/capability-gaps.json?thinBelow=-1');
    expect(thin.status).toBe(400);
    expect(thin.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'thinBelow' });
    const closers = await jsonAnswer('/reports/capability-gaps.csv?closersPerGap=1000000000');
    expect(closers.status).toBe(400);
    expect(closers.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closersPerGap' });
    const paths = await jsonAnswer('/reports/paths-to-prime.json?company=sme-d&prime=prime-a&first=100000');
    expect(paths.status).toBe(400);
    expect(paths.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('the full-text search treats input as words', () => {
  it.each(['AND', 'OR', 'NOT', 'C++', 'Keramik (', 'a && b || c', 'TO [x'])('searches %p without failing', async (text) => {
    expect((await t.gql(SEARCH, { text })).errors).toBeUndefined();
  });

  it("finds the ceramics company for 'Keramische (' and says why nothing is searched for '(( ))'", async () => {
    expect((await t.gql(SEARCH, { text: 'Keramische (' })).data!.search.map((hit) => hit.node.id)).toContain('sme-c');
    expect((await t.gql(SEARCH, { text: '(( ))' })).errors?.[0]).toMatchObject({
      message: 'Invalid value for text: has no word to search for (letters or digits)', extensions: { code: 'BAD_USER_INPUT', field: 'text' },
    });
  });
});

describe('text inputs have length limits', () => {
  it('refuses a rejection reason of 1 MB and writes nothing', async () => {
    const id = (await t.gql(START, { companyId: 'sme-c' })).data!.startReadinessAssessment.id;
    await t.driver.executeQuery("MATCH (a:ReadinessAssessment {id: $id}) SET a.status = 'IN_PLAUSIBILITY_CHECK'", { id });
    const before = await graphStats(t);
    const refused = await t.gql(REJECT, { id, reasons: ['x'.repeat(1024 * 1024)] });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'The text in $reasons[0] has 1048576 characters; at most 10000 are allowed', extensions: { code: 'LIMIT_EXCEEDED' },
    });
    const tooLong = await t.gql(REJECT, { id, reasons: ['x'.repeat(2001)] });
    expect(tooLong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reasons[0]' } });
    expect(await graphStats(t)).toEqual(before);
  });

  it('refuses a company filter city of 121 characters naming the field', async () => {
    const { errors } = await t.gql(COMPANIES_IN_CITY, { city: 'x'.repeat(121) });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'city' } });
  });
});

describe('uploads', () => {
  it('refuses a cross-site multipart POST (no preflight header, no key) with JSON and imports nothing', async () => {
    const before = await graphStats(t);
    const crossSite = await upload('companies', 'Firmen-ID;Firma\nsme-z;Z GmbH\n', 'firmen.csv', {});
    expect(crossSite.status).toBe(400);
    expect(crossSite.body.errors[0]).toEqual({
      message: 'Invalid value for headers: an upload needs the header "Apollo-Require-Preflight: true" or an API key (CSRF prevention)',
      extensions: { code: 'BAD_USER_INPUT', field: 'headers' },
    });
    expect(await graphStats(t)).toEqual(before);
  });

  it('reads a stray quote as part of the cell, and reports an unclosed quote, an empty file and missing headers with 4xx', async () => {
    const stray = await upload('companies', 'Firmen-ID;Firma\nsme-z;Müller "Präzision" GmbH\n', 'firmen.csv', PREFLIGHT, '?dryRun=true');
    expect(stray.status).toBe(200);
    expect(stray.body).toMatchObject({ rows: 1, valid: 1, rejected: [] });

    const unclosed = await upload('companies', 'Firmen-ID;Firma\nsme-y;Y GmbH\nsme-z;"Müller GmbH\n', 'firmen.csv');
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.errors[0].message).toMatch(/^Invalid value for file: the CSV cannot be read at line \d+, column \d+: Quote Not Closed/);

    expect(await upload('companies', '', 'leer.csv')).toEqual({
      status: 400, body: { errors: [{ message: 'Invalid value for file: leer.csv is empty', extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] },
    });
    const noHeaders = await upload('companies', 'foo;bar\n1;2\n', 'falsch.csv');
    expect(noHeaders.status).toBe(422);
    expect(noHeaders.body).toMatchObject({ written: 0, rejected: expect.arrayContaining([expect.objectContaining({ line: 1, column: 'name' })]) });
  });
});

describe('exports and headers', () => {
  it('neutralises a formula in a company name in the CSV export (the bytes show the apostrophe)', async () => {
    await t.driver.executeQuery("MATCH (c:Company {id: 'sme-c'}) SET c.name = $name", { name: '=HYPERLINK("http://evil.example/x","Klick")' });
    const response = await fetch(`${t.base}/reports/supply-chain.csv?program=prog-x`);
    const bytes = Buffer.from(await response.arrayBuffer());
    await t.driver.executeQuery("MATCH (c:Company {id: 'sme-c'}) SET c.name = 'Ceramics C GmbH'");
    expect(bytes.toString('utf-8')).toContain(`;"'=HYPERLINK(""http://evil.example/x"",""Klick"")";`);
    expect(bytes.toString('utf-8')).not.toMatch(/(^|;)"?=HYPERLINK/m);
  });

  it('sets the security headers on the web application, GraphQL, GraphiQL and the reports', async () => {
    for (const path of ['/', '/graphql', '/graphiql', '/reports/capability-gaps.csv', '/health']) {
      const response = await fetch(`${t.base}${path}`, { headers: { accept: 'text/html' } });
      expect([path, response.headers.get('x-content-type-options'), response.headers.get('x-frame-options')]).toEqual([path, 'nosniff', 'DENY']);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'( 'sha256-[^']+')?; ?style-src 'self'( 'sha256-[^']+')?;/);
    }
  });
});

const SEARCH = graphql(`
  query EdgeSearch($text: String!) {
    search(text: $text, first: 10) { node { ... on Company { id } ... on Capability { id } } }
  }`);

const START = graphql(`
  mutation EdgeStart($companyId: ID!) {
    startReadinessAssessment(companyId: $companyId) { id }
  }`);

const REJECT = graphql(`
  mutation EdgeReject($id: ID!, $reasons: [String!]!) {
    rejectReadiness(assessmentId: $id, reasons: $reasons) { id }
  }`);

const COMPANIES_IN_CITY = graphql(`
  query CompaniesInCity($city: String) {
    companies(where: { city: $city }) { totalCount }
  }`);
