import { getIntrospectionQuery, print } from 'graphql';

import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, GqlResult, loadFixture, removeFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;
let http: { base: string; close(): Promise<void> };
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
  http = await serveForTest(t);
  base = http.base;
});

afterAll(async () => {
  await http.close();
  await removeFixture(t);
  await t.close();
});

describe('over HTTP', () => {
  it('answers a GraphQL POST', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(FIRST_COMPANY) }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { companies: { edges: [{ node: { id: 'sme-c', name: 'Ceramics C GmbH' } }] } } });
  });

  it('needs no key where none are configured: everyone is anonymous and may do everything', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(ME) }),
    });
    expect(await response.json()).toEqual({ data: { me: { kind: 'ANONYMOUS', name: null, companyId: null, source: 'api (anonymous)', isStaff: true } } });
  });

  // Operations built as text: nesting and fragment spreads no typed document would write.
  const post = async (query: string) => (await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  })).json() as Promise<GqlResult<unknown>>;

  it('refuses operations nested deeper than 12 levels before running them, but not introspection', async () => {
    // Each hop up the chain is two levels (customers, customer); the leaf id is one more.
    const chain = (hops: number) => `{ company(id: "sme-f") ${'{ customers { customer '.repeat(hops)}{ id }${' } }'.repeat(hops)} }`;
    const five = await post(chain(5));
    expect(five.errors).toBeUndefined();
    const six = await post(chain(6));
    expect(six.errors).toEqual([expect.objectContaining({
      message: 'The operation nests fields 14 levels deep; at most 12 are allowed', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    })]);
    const viaFragment = await post(`query { ...Deep } fragment Deep on Query ${chain(6)}`);
    expect(viaFragment.errors?.[0].message).toBe('The operation nests fields 14 levels deep; at most 12 are allowed');
    const introspection = await post(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
  });

  it('regression: a document spreading fragments twice at each of 40 levels is answered; the depth rule walked its 2^40 paths', async () => {
    // Each fragment is measured once, not path by path.
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ... on Query { ...F${i + 1} } }`);
    const wide = await post(`query { ...F0 } ${fragments.join(' ')} fragment F40 on Query { me { kind } }`);
    expect(wide).toEqual({ data: { me: { kind: 'ANONYMOUS' } } });
  });

  it('answers typed errors with their code and the field', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(UNKNOWN_COMPANY) }),
    });
    const body = (await response.json()) as { errors: unknown[] };
    expect(body.errors[0]).toMatchObject({ message: "Company 'nope' not found (id)", extensions: { code: 'NOT_FOUND', field: 'id' } });
  });

  it('serves GraphiQL from the package, with no CDN', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="graphiql">');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual(['/graphiql/assets/graphiql.css', '/graphiql/assets/react.js', '/graphiql/assets/react-dom.js', '/graphiql/assets/graphiql.js']);
    for (const source of sources) {
      const asset = await fetch(`${base}${source}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('reports health', async () => {
    const response = await fetch(`${base}/health`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

/** The HTTP routes answer errors in GraphQL's envelope. */
type HttpErrors = { errors: { message: string; extensions: { code: string; field?: string } }[] };
/** The header that lets an upload past the CSRF prevention (a cross-site form cannot send it). */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

describe('REST parameters, checked by the rules GraphQL applies', () => {
  it('regression: thinBelow=1 on the report route is refused with 400 naming the field, as GraphQL refuses options.thinBelow; the route skipped the @Min(2)', async () => {
    const response = await fetch(`${base}/reports/capability-gaps.csv?thinBelow=1`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Invalid input: thinBelow: thinBelow must be at least 2', extensions: { code: 'BAD_USER_INPUT', field: 'thinBelow' } }],
    });
    const viaGraphql = await t.gql(GAPS_THIN_BELOW_ONE);
    expect(viaGraphql.errors?.[0]).toMatchObject({
      message: 'Invalid input: options.thinBelow: thinBelow must be at least 2',
      extensions: { code: 'BAD_USER_INPUT', field: 'options.thinBelow' },
    });
  });

  it('answers a closersPerGap that is not a number with 400 naming the field', async () => {
    const response = await fetch(`${base}/reports/capability-gaps.json?closersPerGap=many`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as HttpErrors).errors[0].extensions.field).toBe('closersPerGap');
  });

  it('answers a scope that does not exist with 404, through the same reference check as GraphQL', async () => {
    const response = await fetch(`${base}/reports/capability-gaps.json?region=nowhere`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as HttpErrors).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('answers an upload without a file, or with dryRun=yes, with 400 naming the field', async () => {
    const noFile = await fetch(`${base}/imports/companies`, { method: 'POST', body: new FormData(), headers: PREFLIGHT });
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toEqual({
      errors: [{ message: 'Invalid value for file: send the file as multipart field "file"', extensions: { code: 'BAD_USER_INPUT', field: 'file' } }],
    });
    const form = new FormData();
    form.append('file', new Blob(['id;name\n']), 'mitglieder.csv');
    const unclearFlag = await fetch(`${base}/imports/companies?dryRun=yes`, { method: 'POST', body: form, headers: PREFLIGHT });
    expect(unclearFlag.status).toBe(400);
    expect(await unclearFlag.json()).toEqual({
      errors: [{ message: 'Invalid input: dryRun: dryRun must be true or false', extensions: { code: 'BAD_USER_INPUT', field: 'dryRun' } }],
    });
  });
});

const FIRST_COMPANY = graphql(`
  query FirstCompany {
    companies(first: 1) { edges { node { id name } } }
  }`);

const ME = graphql(`
  query Me {
    me { kind name companyId source isStaff }
  }`);

const UNKNOWN_COMPANY = graphql(`
  query UnknownCompany {
    company(id: "nope") { id }
  }`);

const GAPS_THIN_BELOW_ONE = graphql(`
  query GapsThinBelowOne {
    capabilityGaps(options: { thinBelow: 1 }) { gaps { status } }
  }`);
