import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { GraphExportService } from '../graph-export/graph-export.service';
import { reportUsage, runCli } from './bootstrap';

const [file, flag, networkId] = process.argv.slice(2);

if (!file || (flag !== undefined && (flag !== '--network' || !networkId))) {
  reportUsage('npm run export-graph -- FILE.jsonl [--network NETWORK_ID]');
} else runCli(async ({ driver, config }) => {
  const executor = new Executor(driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
  // Streamed line by line: the export of a large graph never sits in memory as a whole.
  const out = createWriteStream(file, 'utf8');
  let written = 0;
  try {
    for await (const line of new GraphExportService(executor).lines(networkId ?? null)) {
      if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
      written += 1;
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  console.log(`${file}: ${written - 1} nodes and relationships exported${networkId ? ` (network ${networkId})` : ''}.`);
});
