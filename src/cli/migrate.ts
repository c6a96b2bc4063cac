import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { applySchema } from '../db/migrate';
import { runCli } from './bootstrap';

runCli(async ({ driver, config }) => {
  const executor = new Executor(driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  const applied = await applySchema(executor);
  console.log(`Schema applied: ${applied} statements (constraints and indexes), all online.`);
});
