import { Driver } from 'neo4j-driver';

import { applySchema } from '../../src/db/migrate';
import { DemoData, seedDemoData } from '../../src/demo-data/demo-data';
import { App } from '../../src/server/app';

/** Removes every node and relationship: suites leave the graph empty for the next one. */
export async function emptyGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) DETACH DELETE n');
  } finally {
    await session.close();
  }
}

/**
 * Applies the schema and replaces the whole graph with a fixture, for a suite that builds an app of its own
 * (with its own logger or its own URI) instead of the shared test app; the suite empties the graph when it ends.
 */
export async function loadFixtureInto(app: App, driver: Driver, data: DemoData): Promise<void> {
  await applySchema(app.executor);
  await emptyGraph(driver);
  await seedDemoData(app.executor, data);
}
