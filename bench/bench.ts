/**
 * `npm run bench`: fills a throw-away local Neo4j (or NEO4J_URI, which it then fills) with the demo data and
 * BENCH_ROWS (default 100,000) imported companies with one capability claim each, printing import rows per
 * second, then asks the API's heavy questions (matching, where-do-I-fit, consortia, gaps, lists, search) on
 * that graph and prints their times, then exports the graph as JSON lines. Figures only: nothing here passes or
 * fails on a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createApp } from '../src/app';
import { createDriver } from '../src/db/driver';
import { applySchema } from '../src/db/migrate';
import { GraphExportService } from '../src/graph-export/graph-export.service';
import { findFreePort, LocalNeo4j, startLocalNeo4j } from '../src/neo4j/local-neo4j';
import { loadDemoData, seedDemoData } from '../src/seed/demo-data';
import { benchImports } from './import-bench';
import { benchQueries } from './query-bench';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

/** Exports the whole graph and DEFENCE.NRW's part, printing lines per second. */
async function benchExport(exporter: GraphExportService): Promise<void> {
  for (const networkId of [null, 'defence-nrw']) {
    const started = process.hrtime.bigint();
    const lines = await exporter.export(networkId);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const nodes = lines.filter((line) => line.kind === 'node').length;
    console.log(
      `export ${networkId ?? 'whole graph'}: ${nodes} nodes and ${lines.length - nodes - 1} relationships in ${seconds.toFixed(1)} s ` +
      `= ${Math.round(lines.length / seconds)} lines/s; heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
    );
  }
}

async function main(): Promise<void> {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tiergraph-bench-'));
    local = await startLocalNeo4j({ port: await findFreePort(), dataDir, heap: '2g', pageCache: '1g', txMemory: '1g' });
    uri = local.uri;
  }
  const driver = createDriver(uri, process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'neo4j');
  const app = await createApp({ driver, queryTimeoutMs: 600_000 });
  try {
    await applySchema(app.executor);
    const demo = loadDemoData();
    await seedDemoData(app.executor, demo);
    await benchImports(app.executor, demo, ROWS);
    await benchQueries(app);
    await benchExport(new GraphExportService(app.executor));
  } finally {
    await app.stop();
    await driver.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
