import fc from 'fast-check';
import { buildSchema, getNamedType, isCompositeType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphStats, serveFixture, ServedFixture } from './helpers/test-app';

let t: ServedFixture;

beforeAll(async () => {
  t = await serveFixture(SMALL_GRAPH);
});

afterAll(() => t.close());

/** Every mutation of the schema as an operation taking all its arguments as variables. */
const MUTATIONS = Object.values(buildSchema(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8')).getMutationType()!.getFields())
  .map((field) => {
    const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
    return { name: field.name, argNames: field.args.map((arg) => arg.name), query: `mutation${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }` };
  });

const ROUTES = ['/graphql', '/imports/companies', '/imports/capabilities', '/imports/supply-links', '/reports/capability-gaps.csv', '/reports/supply-chain.json',
  '/reports/paths-to-prime.csv', '/reports/analyses/', '/graphiql/assets/', '/health', '/'];

const STACK_TRACE = /\bat .+\.[jt]s:\d+|node_modules|\/work\/|<pre>/;

async function expectCleanAnswer(response: Response): Promise<void> {
  const text = await response.text();
  expect(response.status).toBeLessThan(500);
  expect(text).not.toMatch(STACK_TRACE);
}

describe('a bounded fuzz test: malformed requests to every mutation and route', () => {
  it('answers every one below 500, without a stack trace, and writes nothing', async () => {
    const before = await graphStats(t);
    const json = fc.jsonValue({ maxDepth: 3 });

    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...MUTATIONS), fc.array(json, { minLength: 0, maxLength: 4 }),
      async (mutation, values) => {
        const variables = Object.fromEntries(mutation.argNames.map((name, i) => [name, values[i] ?? null]));
        await expectCleanAnswer(await fetch(`${t.base}/graphql`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: mutation.query, variables }),
        }));
      },
    ), { numRuns: 1500 });

    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...ROUTES), fc.constantFrom('GET', 'POST', 'PUT'),
      fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/octet-stream', ''),
      fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1'))),
      fc.string({ maxLength: 30 }),
      async (route, method, contentType, body, suffix) => {
        const url = `${t.base}${route}${encodeURIComponent(suffix)}?first=${encodeURIComponent(suffix)}&thinBelow=${encodeURIComponent(suffix)}`;
        await expectCleanAnswer(await fetch(url, {
          method, headers: { ...(contentType ? { 'content-type': contentType } : {}), 'apollo-require-preflight': 'true' },
          body: method === 'GET' ? undefined : body,
        }));
      },
    ), { numRuns: 1500 });

    expect(await graphStats(t)).toEqual(before);
  }, 120_000);
});
