import { readFileSync } from 'node:fs';

import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { applySchema } from '../db/migrate';
import { ExportLine, GraphExportService } from '../graph-export/graph-export.service';
import { reportUsage, runCli } from './bootstrap';

const [file] = process.argv.slice(2);

if (!file) {
  reportUsage('npm run import-graph -- FILE.jsonl   (into an empty database)');
} else runCli(async ({ driver, config }) => {
  const executor = new Executor(driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  await applySchema(executor);
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as ExportLine);
  const counts = await new GraphExportService(executor).import(lines);
  console.log(`${file}: ${counts.nodes} nodes and ${counts.relationships} relationships imported.`);
});
