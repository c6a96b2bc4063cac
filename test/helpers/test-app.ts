import { Driver } from 'neo4j-driver';

import { AddressInfo } from 'node:net';

import { App, createApp, listen } from '../../src/server/app';
import { ApiKeyEntry } from '../../src/auth/api-keys';
import { createDriver } from '../../src/db/driver';
import { applySchema } from '../../src/db/migrate';
import { DemoData, seedDemoData } from '../../src/demo-data/demo-data';

export interface TestApp {
  app: App;
  driver: Driver;
  /** Runs a GraphQL operation the way a request would, and returns its data and errors. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface GqlResult<T> {
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, any> }[] | undefined;
}

/** An app against the test run's Neo4j, with the schema applied (and API keys when given). */
export async function createTestApp(options: { apiKeys?: ApiKeyEntry[] } = {}): Promise<TestApp> {
  const uri = process.env.TIERGRAPH_TEST_NEO4J_URI;
  if (!uri) throw new Error('TIERGRAPH_TEST_NEO4J_URI is not set: run the tests with jest (global setup starts Neo4j)');
  const driver = createDriver(uri, 'neo4j', 'unused');
  const app = await createApp({ driver, apiKeys: options.apiKeys ?? null });
  await applySchema(app.executor);
  return {
    app,
    driver,
    gql: async (query, variables) => {
      const response = await app.apollo.executeOperation({ query, variables }, { contextValue: app.context() });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GqlResult<any>;
    },
    close: async () => {
      await app.stop();
      await driver.close();
    },
  };
}

/** Serves the app over HTTP on a free loopback port, for tests of routes outside GraphQL. */
export async function serveForTest(testApp: TestApp): Promise<{ base: string; close(): Promise<void> }> {
  const server = await listen(testApp.app, 0, '127.0.0.1');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Empties the graph; suites run one after another, each on a graph of its own. */
export async function clearGraph(testApp: TestApp): Promise<void> {
  const session = testApp.driver.session();
  try {
    await session.run('MATCH (n) DETACH DELETE n');
  } finally {
    await session.close();
  }
}

/** Replaces the whole graph with a fixture. */
export async function loadFixture(testApp: TestApp, data: DemoData): Promise<void> {
  await clearGraph(testApp);
  await seedDemoData(testApp.app.executor, data);
}

/** Counts nodes per label and relationships per type, to show that a failed write wrote nothing. */
export async function graphStats(testApp: TestApp): Promise<Record<string, number>> {
  const rows = await testApp.app.executor.read<{ name: string; count: number }>('test', 'graph/stats');
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}
