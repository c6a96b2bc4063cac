import { readFileSync } from 'node:fs';

import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { applySchema } from '../db/migrate';
import { GraphExportService, parseExport } from '../graph-export/graph-export.service';
import { reportUsage, runCli } from './bootstrap';

const [file] = process.argv.slice(2);

if (!file) {
  reportUsage('npm run import-graph -- FILE.jsonl   (into an empty database)');
} else runCli(async ({ driver, config }) => {
  const executor = new Executor(driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  // The whole file is checked before anything is written; a problem names its line.
  const lines = parseExport(readFileSync(file, 'utf8'));
  await applySchema(executor);
  const counts = await new GraphExportService(executor).import(lines);
  console.log(`${file}: ${counts.nodes} nodes and ${counts.relationships} relationships imported.`);
});
