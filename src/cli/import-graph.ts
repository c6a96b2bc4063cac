import { readFileSync } from 'node:fs';

import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { applySchema } from '../db/migrate';
import { ExportLine, GraphExportService, parseExport } from '../graph-export/graph-export.service';
import { reportFailure, reportUsage, runCli } from './bootstrap';

const [file] = process.argv.slice(2);

/** The whole file, checked before any database is touched; a problem names its line. */
function readExport(path: string): ExportLine[] | null {
  try {
    return parseExport(readFileSync(path, 'utf8'));
  } catch (error) {
    reportFailure(error);
    return null;
  }
}

const lines = file ? readExport(file) : null;
if (!file) {
  reportUsage('npm run import-graph -- FILE.jsonl   (into an empty database)');
} else if (lines) runCli(async ({ driver, config }) => {
  const executor = new Executor(driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  await applySchema(executor);
  const counts = await new GraphExportService(executor).import(lines);
  console.log(`${file}: ${counts.nodes} nodes and ${counts.relationships} relationships imported.`);
});
