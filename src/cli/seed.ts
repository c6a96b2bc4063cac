import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { applySchema } from '../db/migrate';
import { loadDemoData, seedDemoData } from '../seed/demo-data';
import { runCli } from './bootstrap';

runCli(async ({ driver, config }) => {
  const executor = new Executor(driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  await applySchema(executor);
  const counts = await seedDemoData(executor, loadDemoData());
  console.log(`Demo data loaded: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}.`);
});
