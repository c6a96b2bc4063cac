/**
 * `npm run bench`: fills a throw-away local Neo4j (or NEO4J_URI, which it then fills) with the demo data and
 * BENCH_ROWS or --rows (default 100,000) imported companies with one capability claim each, printing import
 * rows per second, then asks the API's heavy questions (matching, where-do-I-fit, consortia, gaps, lists, search) on
 * that graph and prints their times, then exports the graph as JSON lines. Figures only: nothing here passes or
 * fails on a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { InvalidArgumentError, Option } from 'commander';

import { createApp } from '../src/server/app';
import { defineCommand, runCommand } from '../src/cli/bootstrap';
import { withElapsed } from '../src/cli/progress';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/db/driver';
import { applySchema } from '../src/db/migrate';
import { GraphExportService } from '../src/graph-export/graph-export.service';
import { findFreePort, LocalNeo4j, startLocalNeo4j } from '../src/db/local-neo4j';
import { loadDemoData, seedDemoData } from '../src/demo-data/demo-data';
import { benchImports } from './import-bench';
import { benchQueries } from './query-bench';

function positiveWholeNumber(value: string): number {
  const rows = Number(value);
  if (!Number.isInteger(rows) || rows < 1) throw new InvalidArgumentError('Expected a whole number of at least 1.');
  return rows;
}

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

async function main(rows: number): Promise<void> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tiergraph-bench-'));
    local = await startLocalNeo4j({ port: await findFreePort(), dataDir, heap: '2g', pageCache: '1g', txMemory: '1g' });
    uri = local.uri;
  }
  const driver = createDriver(uri, config.neo4j.user, config.neo4j.password);
  const app = await createApp({ driver, queryTimeoutMs: 600_000 });
  try {
    await applySchema(app.executor);
    const demo = loadDemoData();
    await withElapsed('bench: loading the demo data', () => seedDemoData(app.executor, demo));
    await withElapsed(`bench: importing ${rows.toLocaleString('en')} companies and claims`, () => benchImports(app.executor, demo, rows));
    await withElapsed('bench: asking the heavy questions', () => benchQueries(app));
    await withElapsed('bench: exporting', () => benchExport(new GraphExportService(app.executor)));
  } finally {
    await app.stop();
    await driver.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const command = defineCommand('bench', 'Benchmark: fills a throw-away local Neo4j (or NEO4J_URI) with the demo data and generated rows, then prints import, query and export figures.')
  .addOption(new Option('--rows <count>', 'how many companies and capability claims to import').env('BENCH_ROWS').argParser(positiveWholeNumber).default(100_000))
  .action((options: { rows: number }) => main(options.rows));

runCommand(command);
