import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';
import { Driver } from 'neo4j-driver';

import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { App, createApp, listen } from '../../src/server/app';
import { addApiKey, ApiKeyEntry, loadApiKeys } from '../../src/auth/api-keys';
import { createDriver } from '../../src/db/driver';
import { applySchema } from '../../src/db/migrate';
import { DemoData, seedDemoData } from '../../src/demo-data/demo-data';
import { RequestLimits } from '../../src/server/request-limits';

export interface TestApp {
  app: App;
  driver: Driver;
  /** Runs a GraphQL operation the way a request would, and returns its data and errors. */
  gql<Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables?: Variables): Promise<GqlResult<Result>>;
  close(): Promise<void>;
}

export interface GqlResult<Result> {
  data: Result | null | undefined;
  errors: GqlError[] | undefined;
}

/** An error as the API answers it: the project's typed errors carry a code and, for bad input, the field. */
export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

const TEST_QUERY_TIMEOUT_MS = 120_000;

/** An app against the test run's Neo4j, with the schema applied (and API keys or lower request limits when given). */
export async function createTestApp(options: { apiKeys?: ApiKeyEntry[]; limits?: Partial<RequestLimits> } = {}): Promise<TestApp> {
  const uri = process.env.TIERGRAPH_TEST_NEO4J_URI;
  if (!uri) throw new Error('TIERGRAPH_TEST_NEO4J_URI is not set: run the tests with jest (global setup starts Neo4j)');
  const driver = createDriver(uri, 'neo4j', 'unused');
  // Loading the demo data as a fixture is one long write; on a busy machine it may take longer than a request may.
  const app = await createApp({ driver, apiKeys: options.apiKeys ?? null, limits: options.limits, queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await applySchema(app.executor);
  return {
    app,
    driver,
    gql: async <Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables?: Variables) => {
      const response = await app.apollo.executeOperation<Result>(
        { query: document, variables: variables as Record<string, unknown> | undefined },
        { contextValue: app.context() },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data, errors: errors as GqlError[] | undefined };
    },
    close: async () => {
      await app.stop();
      await driver.close();
    },
  };
}

/** A GraphQL operation sent over HTTP to a served app with an API key, as a client sends it. */
export async function postWithKey<Result, Variables>(
  base: string, key: string, document: TadaDocumentNode<Result, Variables>, variables?: Variables,
): Promise<GqlResult<Result>> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as GqlResult<Result>;
}

/** Serves the app over HTTP on a free loopback port, for tests of routes outside GraphQL. */
export async function serveForTest(testApp: TestApp): Promise<{ base: string; close(): Promise<void> }> {
  const server = await listen(testApp.app, 0, '127.0.0.1');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A suite's app with its fixture loaded and served over HTTP (see `serveFixture`). */
export interface ServedFixture<Caller extends string = never> extends TestApp {
  /** Where the app listens, e.g. http://127.0.0.1:43121. */
  base: string;
  /** The API key (bearer token) of each caller named in the options. */
  keys: Record<Caller, string>;
  /** Stops serving, removes the fixture and closes the app; what a suite added beside the fixture, it removes before. */
  close(): Promise<void>;
}

/**
 * The start of a suite that talks HTTP (in `beforeAll`): an app with `graph` loaded as the suite's fixture (see
 * `loadFixture`), served on a loopback port, with an API key for each caller in `options.keys` when given (and
 * then only with a key), and lower request limits when given. `close` (in `afterAll`) takes it all away again.
 */
export async function serveFixture<Caller extends string = never>(
  graph: DemoData,
  options: { keys?: Record<Caller, Omit<ApiKeyEntry, 'sha256'>>; limits?: Partial<RequestLimits> } = {},
): Promise<ServedFixture<Caller>> {
  const { apiKeys, keys } = options.keys ? apiKeysFor(options.keys) : { apiKeys: undefined, keys: {} as Record<Caller, string> };
  const testApp = await createTestApp({ apiKeys, limits: options.limits });
  await loadFixture(testApp, graph);
  const http = await serveForTest(testApp);
  const closeApp = testApp.close;
  // The same object: the fixture's nodes are recorded under it (reloadFixture, removeFixture).
  return Object.assign(testApp, {
    base: http.base,
    keys,
    close: async () => {
      await http.close();
      await removeFixture(testApp);
      await closeApp();
    },
  });
}

/** A key for each caller, written to a keys file and read back as the service reads it; the file is gone afterwards. */
function apiKeysFor<Caller extends string>(callers: Record<Caller, Omit<ApiKeyEntry, 'sha256'>>): { apiKeys: ApiKeyEntry[]; keys: Record<Caller, string> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-keys-'));
  try {
    const file = path.join(dir, 'api-keys.json');
    const keys = Object.fromEntries(Object.entries<Omit<ApiKeyEntry, 'sha256'>>(callers).map(([caller, entry]) => [caller, addApiKey(file, entry)]));
    return { apiKeys: loadApiKeys(file), keys: keys as Record<Caller, string> };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The nodes a suite's fixture created, so that the suite takes away exactly those when it ends. */
const fixtureNodes = new WeakMap<TestApp, string[]>();

/**
 * Loads a suite's fixture (once, in `beforeAll`) into the test run's graph, which must be empty: suites run one
 * after another against one Neo4j, and each removes what it created (`removeFixture` in `afterAll`, tests undo
 * their own writes). A leftover fails here, naming its labels, so that the suite that leaked is easy to find.
 */
export async function loadFixture(testApp: TestApp, data: DemoData): Promise<void> {
  const leftovers = await testApp.driver.executeQuery(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS nodes ORDER BY label',
  );
  if (leftovers.records.length > 0) {
    const labels = leftovers.records.map((record) => `${record.get('label')} (${record.get('nodes')})`).join(', ');
    throw new Error(`The graph must be empty before a suite loads its fixture; an earlier suite left: ${labels}`);
  }
  await seedDemoData(testApp.app.executor, data);
  fixtureNodes.set(testApp, await nodeIds(testApp));
}

/**
 * Seeds the suite's fixture again (upserts on ids), e.g. to put back what a test changed or deleted; the nodes it
 * creates anew (a deleted company, replaced readiness answers) count as the fixture's from then on. What a test
 * added beside the fixture, it removes itself.
 */
export async function reloadFixture(testApp: TestApp, data: DemoData): Promise<void> {
  const before = new Set(await nodeIds(testApp));
  await seedDemoData(testApp.app.executor, data);
  const recreated = (await nodeIds(testApp)).filter((id) => !before.has(id));
  fixtureNodes.set(testApp, [...(fixtureNodes.get(testApp) ?? []), ...recreated]);
}

async function nodeIds(testApp: TestApp): Promise<string[]> {
  const result = await testApp.driver.executeQuery('MATCH (n) RETURN elementId(n) AS id');
  return result.records.map((record) => record.get('id') as string);
}

/** Removes the nodes (and with them the relationships) that `loadFixture` created for this suite. */
export async function removeFixture(testApp: TestApp): Promise<void> {
  const ids = fixtureNodes.get(testApp) ?? [];
  await testApp.driver.executeQuery('MATCH (n) WHERE elementId(n) IN $ids DETACH DELETE n', { ids });
  fixtureNodes.delete(testApp);
}

/**
 * Removes everything a suite that began on the empty graph holds: its fixture and what its walks through the pages
 * created (roles, imported companies, assessments), which a browser test cannot name by id beforehand.
 */
export async function removeSuiteGraph(testApp: TestApp): Promise<void> {
  await testApp.driver.executeQuery('MATCH (n) DETACH DELETE n');
  fixtureNodes.delete(testApp);
}

/**
 * Removes every readiness assessment with its answers and events: suites that walk assessments through their
 * states create them under ids the service chooses, and the fixtures hold none.
 */
export async function removeReadinessAssessments(testApp: TestApp): Promise<void> {
  await testApp.driver.executeQuery(
    'MATCH (assessment:ReadinessAssessment) OPTIONAL MATCH (part)-[:IN|ON]->(assessment) DETACH DELETE assessment, part',
  );
}

/** Marks every supply role FILLED, for a graph without open demand; returns how to put the statuses back. */
export async function fillEveryRole(testApp: TestApp): Promise<() => Promise<void>> {
  const changed = await testApp.driver.executeQuery(
    "MATCH (role:SupplyRole) WHERE role.status <> 'FILLED' WITH role, role.status AS status SET role.status = 'FILLED' RETURN role.id AS id, status",
  );
  const roles = changed.records.map((record) => record.toObject());
  return async () => {
    await testApp.driver.executeQuery('UNWIND $roles AS row MATCH (role:SupplyRole {id: row.id}) SET role.status = row.status', { roles });
  };
}

/** Counts nodes per label and relationships per type, to show that a failed write wrote nothing. */
export async function graphStats(testApp: TestApp): Promise<Record<string, number>> {
  const rows = await testApp.app.executor.read<{ name: string; count: number }>('test', 'graph/stats');
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}
