import { writeFileSync } from 'node:fs';

import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { GraphExportService } from '../graph-export/graph-export.service';
import { reportUsage, runCli } from './bootstrap';

const [file, flag, networkId] = process.argv.slice(2);

if (!file || (flag !== undefined && (flag !== '--network' || !networkId))) {
  reportUsage('npm run export-graph -- FILE.jsonl [--network NETWORK_ID]');
} else runCli(async ({ driver, config }) => {
  const executor = new Executor(driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  const lines = await new GraphExportService(executor).export(networkId ?? null);
  writeFileSync(file, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  console.log(`${file}: ${lines.length - 1} nodes and relationships exported${networkId ? ` (network ${networkId})` : ''}.`);
});
