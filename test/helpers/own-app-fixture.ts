import { Driver } from 'neo4j-driver';

import { applySchema } from '../../src/db/migrate';
import { DemoData, seedDemoData } from '../../src/demo-data/demo-data';
import { App } from '../../src/server/app';

/**
 * Applies the schema and replaces the whole graph with a fixture, for a suite that builds an app of its own
 * (with its own logger or its own URI) instead of the shared test app.
 */
export async function loadFixtureInto(app: App, driver: Driver, data: DemoData): Promise<void> {
  await applySchema(app.executor);
  const session = driver.session();
  try {
    await session.run('MATCH (n) DETACH DELETE n');
  } finally {
    await session.close();
  }
  await seedDemoData(app.executor, data);
}
