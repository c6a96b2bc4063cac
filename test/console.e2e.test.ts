import { Caller } from '../src/auth/caller';
import { logger } from '../src/common/logger';
import { CypherConsoleService } from '../src/console/console.service';
import { CONSOLE_LIMITS } from '../src/console/console-limits';
import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';
import pino from 'pino';

import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, graphStats, GqlResult, loadFixture, removeFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;
/** The process's logger, which the console writes to, caught. */
let log: { info: jest.SpyInstance; warn: jest.SpyInstance };

const STAFF: Caller = { kind: 'staff', companyId: null, name: 'Geschäftsstelle' };
const COMPANY: Caller = { kind: 'company', companyId: 'sme-c', name: 'Ceramics C GmbH' };
const ANONYMOUS_REMOTE: Caller = { kind: 'anonymous', companyId: null, name: null, fromLoopback: false };

/** A cell of a runCypher row: JSON, here always an object (a node, a relationship, a path or a typed value). */
type Cell = Record<string, unknown>;

async function as<Result, Variables extends Record<string, unknown>>(
  caller: Caller, document: TadaDocumentNode<Result, Variables>, variables?: Variables,
): Promise<GqlResult<Result>> {
  const response = await t.app.apollo.executeOperation<Result, Variables>({ query: document, variables }, { contextValue: t.app.context(caller) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as GqlResult<Result>;
}

beforeAll(async () => {
  log = { info: jest.spyOn(logger(), 'info').mockImplementation(() => undefined), warn: jest.spyOn(logger(), 'warn').mockImplementation(() => undefined) };
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
});

afterAll(async () => {
  await t.driver.executeQuery("MATCH (saved:SavedAnalysis {name: 'suppliers-at-level'}) DELETE saved");
  await removeFixture(t);
  await t.close();
  log.info.mockRestore();
  log.warn.mockRestore();
});

describe('runCypher', () => {
  it('returns typed rows: strings, numbers, a node, a relationship, a path, a point, a date and a duration', async () => {
    const { data, errors } = await as(STAFF, RUN, {
      query: `MATCH path = (supplier:Company {id: $id})-[link:SUPPLIES]->(customer:Company)
              RETURN customer.name AS customer, link.programId AS program, 2 * $factor AS doubled, supplier, link, path,
                     supplier.location AS location, date('2026-12-31') AS deadline, duration('P1M2DT3H') AS span
              ORDER BY program`,
      parameters: { id: 'sme-d', factor: 21 },
    });
    expect(errors).toBeUndefined();
    const result = data!.runCypher;
    expect(result.columns).toEqual(['customer', 'program', 'doubled', 'supplier', 'link', 'path', 'location', 'deadline', 'span']);
    expect(result.rowCount).toBe(2);
    expect(result.rows.map((row) => row?.slice(0, 3))).toEqual([['Ceramics C GmbH', 'prog-x', 42], ['Tier One B GmbH', 'prog-y', 42]]);
    const [supplier, link, path, location, deadline, span] = result.rows[0]!.slice(3) as Cell[];
    expect(supplier).toMatchObject({ kind: 'node', labels: ['Company'], properties: { id: 'sme-d', name: 'Drehteile D KG', employees: 8 } });
    expect(link).toMatchObject({
      kind: 'relationship', type: 'SUPPLIES', startElementId: supplier.elementId,
      properties: { id: 'l-dx', programId: 'prog-x', product: 'milled tile carriers' },
    });
    expect(path).toMatchObject({ kind: 'path', nodes: [{ properties: { id: 'sme-d' } }, { properties: { id: 'sme-c' } }], relationships: [{ elementId: link.elementId }] });
    expect(location).toEqual({ kind: 'point', srid: 4326, x: 7.6273, y: 51.2197, z: null, latitude: 51.2197, longitude: 7.6273 });
    expect(deadline).toEqual({ kind: 'date', value: '2026-12-31' });
    expect(span).toEqual({ kind: 'duration', value: 'P1M2DT3H' });
  });

  it('reads the graph model through the allowed procedures', async () => {
    const { data, errors } = await as(STAFF, RUN, { query: 'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType' });
    expect(errors).toBeUndefined();
    expect(data!.runCypher.rows.flat()).toEqual(expect.arrayContaining(['HAS_CAPABILITY', 'LOCATED_IN', 'SUPPLIES']));
  });

  it.each([
    ['CREATE', "CREATE (:Company {id: 'intruder'})", 'writes are not allowed: the console only reads (Create)'],
    ['MERGE', "MERGE (c:Company {id: 'intruder'}) RETURN c", 'writes are not allowed: the console only reads (Merge)'],
    ['SET', "MATCH (c:Company {id: 'sme-c'}) SET c.name = 'renamed'", 'writes are not allowed: the console only reads (SetProperty)'],
    ['DELETE', 'MATCH (c:Company) DETACH DELETE c', 'writes are not allowed: the console only reads (DetachDelete)'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", 'LOAD CSV is not allowed (it reads files or URLs from the database server) (LoadCSV)'],
    ['CALL dbms.…', 'CALL dbms.components()', 'dbms procedures are not allowed (dbms.components)'],
    ['an unlisted procedure', 'CALL db.info()', 'procedure db.info is not allowed; allowed are '],
    ['CALL { } IN TRANSACTIONS', "MATCH (c:Company) CALL (c) { SET c.name = 'x' } IN TRANSACTIONS RETURN count(*)",
      'CALL { } IN TRANSACTIONS is not allowed (TransactionForeach)'],
    ['a write hidden in a subquery', "MATCH (c:Company) CALL (c) { CREATE (c)-[:KNOWS]->(:Company {id: 'x'}) } RETURN count(c)",
      'writes are not allowed: the console only reads (SubqueryForeach)'],
  ])('refuses %s before it runs, and nothing is written', async (_what, query, reason) => {
    const before = await graphStats(t);
    const { data, errors } = await as(STAFF, RUN, { query });
    expect(data).toBeNull();
    expect(errors?.[0].message).toContain(`Invalid value for query: ${reason}`);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(await graphStats(t)).toEqual(before);
  });

  it('stops at the row limit and says so', async () => {
    const { errors } = await as(STAFF, RUN, { query: 'UNWIND range(1, 5001) AS n RETURN n' });
    expect(errors?.[0].message).toBe('Invalid value for query: stopped after 5000 rows (limit); add LIMIT or aggregate');
  });

  it('logs a refused run at warn with who ran it, the error code and the reason', async () => {
    log.warn.mockClear();
    await as(STAFF, RUN, { query: 'MATCH (c:Company) DETACH DELETE c' });
    expect(log.warn).toHaveBeenCalledWith(
      {
        caller: 'staff (Geschäftsstelle)', callerKind: 'staff', operation: expect.stringMatching(/^console:[0-9a-f]{12}$/), durationMs: expect.any(Number),
        errorCode: 'BAD_USER_INPUT', reason: 'Invalid value for query: writes are not allowed: the console only reads (DetachDelete)',
      },
      expect.stringMatching(/^Cypher console: query [0-9a-f]{12} of staff \(Geschäftsstelle\) refused or failed$/),
    );
  });

  it('stops a query that runs too long at the time limit and says so', async () => {
    // The service with a one-second limit instead of the console's ten, so that the test does not wait ten seconds.
    const quick = new CypherConsoleService(t.app.executor, t.app.services.savedAnalyses, { ...CONSOLE_LIMITS, timeoutMs: 1000 }, pino({ level: 'silent' }));
    const before = await graphStats(t);
    await expect(quick.run('UNWIND range(1, 1000000000) AS n WITH n WHERE n % 7 = 0 RETURN count(n) AS sevens', {}, STAFF))
      .rejects.toThrow('Invalid value for query: stopped after 1 s (limit); narrow the query or add LIMIT');
    expect(await graphStats(t)).toEqual(before);
  });

  it('refuses a company key, and an anonymous request from another machine', async () => {
    for (const caller of [COMPANY, ANONYMOUS_REMOTE]) {
      const { data, errors } = await as(caller, RUN, { query: 'MATCH (c:Company) RETURN c.name' });
      expect(data).toBeNull();
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await as(COMPANY, RUN, { query: 'RETURN 1' })).errors?.[0].message).toBe('Only network staff may run Cypher queries');
    expect((await as(ANONYMOUS_REMOTE, RUN, { query: 'RETURN 1' })).errors?.[0].message)
      .toBe('Without API keys, only requests from this machine may run Cypher queries');
  });

  it('answers an installation without keys over loopback, and logs every run with who ran it', async () => {
    const server = await serveForTest(t);
    try {
      const response = await fetch(`${server.base}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(RUN), variables: { query: "MATCH (c:Company {id: 'sme-f'}) RETURN c.name AS name" } }),
      });
      const body = await response.json() as { data: { runCypher: unknown } };
      expect(body.data.runCypher).toMatchObject({ columns: ['name'], rows: [['Faser F GmbH']], rowCount: 1 });
      expect(log.info).toHaveBeenCalledWith(
        { caller: 'api (anonymous)', callerKind: 'anonymous', operation: expect.stringMatching(/^console:[0-9a-f]{12}$/), rows: 1, durationMs: expect.any(Number) },
        expect.stringMatching(/^Cypher console: api \(anonymous\) ran query [0-9a-f]{12}$/),
      );
    } finally {
      await server.close();
    }
  });
});

describe('graphModel', () => {
  it('counts labels and relationship types', async () => {
    const { data, errors } = await as(STAFF, GRAPH_MODEL);
    expect(errors).toBeUndefined();
    expect(data!.graphModel.labels).toContainEqual({ name: 'Company', count: 6 });
    expect(data!.graphModel.relationshipTypes).toContainEqual({ name: 'SUPPLIES', count: 7 });
    expect(data!.graphModel.propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'programId']));
  });
});

describe('saveCypherAnalysis', () => {
  const input = {
    name: 'suppliers-at-level',
    title: 'Suppliers of a capability at a level',
    description: 'Companies holding 5-axis milling at least at the given level.',
    cypher: `MATCH (c:Company)-[claim:HAS_CAPABILITY]->(:Capability {id: 'milling'})
WHERE claim.level >= $minLevel
RETURN c.name AS company, claim.level AS level ORDER BY level DESC`,
    parameters: [{ name: 'minLevel', type: 'Int', defaultValue: 3, min: 1, max: 5, description: 'Lowest level' }],
  };

  it('stores a query that shows up in savedAnalyses and runs with checked parameters', async () => {
    const before = await graphStats(t);
    const saved = await as(STAFF, SAVE, { input });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveCypherAnalysis).toEqual({ name: 'suppliers-at-level', builtIn: false, title: input.title });
    expect(await graphStats(t)).toEqual({ ...before, SavedAnalysis: 1 });

    const listed = await as(STAFF, SAVED_ANALYSES);
    expect(listed.data!.savedAnalyses.filter((analysis) => analysis.builtIn).length).toBe(12);
    expect(listed.data!.savedAnalyses.at(-1)).toEqual({
      name: 'suppliers-at-level', builtIn: false,
      parameters: [{ name: 'minLevel', type: 'Int', required: false, defaultValue: 3, min: 1, max: 5, description: 'Lowest level' }],
    });

    const byDefault = await as(STAFF, RUN_ANALYSIS, { name: 'suppliers-at-level' });
    expect(byDefault.data?.runAnalysis).toEqual({ columns: ['company', 'level'], rows: [{ company: 'Drehteile D KG', level: 5 }], parameters: { minLevel: 3 } });
    const lower = await as(STAFF, RUN_ANALYSIS, { name: 'suppliers-at-level', parameters: { minLevel: 2 } });
    expect(lower.data?.runAnalysis.rows).toEqual([{ company: 'Drehteile D KG', level: 5 }, { company: 'Ceramics C GmbH', level: 2 }]);
    const tooHigh = await as(STAFF, RUN_ANALYSIS, { name: 'suppliers-at-level', parameters: { minLevel: 9 } });
    expect(tooHigh.errors?.[0]).toMatchObject({ message: 'Invalid value for parameters.minLevel: must be at most 5', extensions: { field: 'parameters.minLevel' } });
  });

  it('refuses a write, an undeclared parameter, a taken name and a company key, and stores nothing', async () => {
    const before = await graphStats(t);
    const write = await as(STAFF, SAVE, { input: { ...input, name: 'rename-all', cypher: "MATCH (c:Company) SET c.name = 'x' RETURN c", parameters: [] } });
    expect(write.errors?.[0].message).toBe('Invalid value for query: writes are not allowed: the console only reads (SetProperty)');
    const undeclared = await as(STAFF, SAVE, { input: { ...input, name: 'undeclared', parameters: [] } });
    expect(undeclared.errors?.[0].message).toBe('Invalid value for cypher: $minLevel is used but not declared');
    const builtIn = await as(STAFF, SAVE, { input: { ...input, name: 'roles-due-soon' } });
    expect(builtIn.errors?.[0]).toMatchObject({ message: "A built-in analysis is already called 'roles-due-soon'", extensions: { code: 'CONFLICT' } });
    const again = await as(STAFF, SAVE, { input });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const company = await as(COMPANY, SAVE, { input: { ...input, name: 'by-company' } });
    expect(company.errors?.[0]).toMatchObject({ message: 'Only network staff may run Cypher queries', extensions: { code: 'FORBIDDEN' } });
    expect(await graphStats(t)).toEqual(before);
  });
});

const RUN = graphql(`
  query Run($query: String!, $parameters: JSONObject) {
    runCypher(query: $query, parameters: $parameters) { columns rows rowCount elapsedMs }
  }
`);

const GRAPH_MODEL = graphql(`
  query GraphModel { graphModel { labels { name count } relationshipTypes { name count } propertyKeys } }
`);

const SAVE = graphql(`
  mutation Save($input: SaveCypherAnalysisInput!) { saveCypherAnalysis(input: $input) { name builtIn title } }
`);

const SAVED_ANALYSES = graphql(`
  query SavedAnalyses { savedAnalyses { name builtIn parameters { name type required defaultValue min max description } } }
`);

const RUN_ANALYSIS = graphql(`
  query RunAnalysis($name: String!, $parameters: JSONObject) {
    runAnalysis(name: $name, parameters: $parameters) { columns rows parameters }
  }
`);
