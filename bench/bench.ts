/**
 * `npm run bench`: fills a throw-away local Neo4j (or NEO4J_URI, which it then fills) with the demo data and a
 * realistic graph of BENCH_ROWS or --rows (default 100,000) generated companies (see realistic-graph.ts), then asks
 * the API's heavy questions, each interleaved with its floor (see query-bench.ts), imports companies and claims
 * through the import service, prints the figures, the process's peak memory and a markdown table, and last
 * (its lines held in memory, so after the memory figure) times an export of the graph. Figures only: nothing here
 * passes or fails on a time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import { InvalidArgumentError, Option } from 'commander';

import { createApp } from '../src/server/app';
import { defineCommand, runCommand } from '../src/cli/bootstrap';
import { withElapsed } from '../src/cli/progress';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/db/driver';
import { applySchema } from '../src/db/migrate';
import { findFreePort, LocalNeo4j, startLocalNeo4j } from '../src/db/local-neo4j';
import { loadDemoData } from '../src/demo-data/demo-data';
import { GraphExportService } from '../src/graph-export/graph-export.service';
import { benchImports, ImportFigures } from './import-bench';
import { benchLimits } from './limits-bench';
import { benchQueries, heavyQuestions, markdownTable, QuestionFigures } from './query-bench';
import { buildRealisticGraph } from './realistic-graph';

const RSS_TARGET_MB = 512;
const RSS_SAMPLE_MS = 50;

function positiveWholeNumber(value: string): number {
  const rows = Number(value);
  if (!Number.isInteger(rows) || rows < 1) throw new InvalidArgumentError('Expected a whole number of at least 1.');
  return rows;
}

/** The process's resident memory, sampled every 50 ms while the bench runs; `peakMb` also asks the kernel. */
function watchMemory(): { peakMb(): number; stop(): void } {
  let sampledPeak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
  }, RSS_SAMPLE_MS);
  timer.unref();
  return {
    // maxRSS covers moments when the event loop was too busy to sample (it is in kilobytes).
    peakMb: () => Math.max(sampledPeak / 1e6, (process.resourceUsage().maxRSS * 1024) / 1e6),
    stop: () => clearInterval(timer),
  };
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
      `= ${Math.round(lines.length / seconds)} lines/s`,
    );
  }
}

const load = (): string => loadavg().map((value) => value.toFixed(1)).join(' / ');

interface BenchOptions {
  rows: number;
  runs: number;
  seed: number;
  only?: string;
  shapes?: string;
  reuseGraph: boolean;
  limits: boolean;
  importsOnly: boolean;
}

function printSummary(rows: number, questions: QuestionFigures[], imports: ImportFigures[], peakMb: number): void {
  console.log(`\n## bench at ${rows.toLocaleString('en')} companies (load average at the end ${load()})\n`);
  console.log(markdownTable(questions));
  for (const figures of imports) {
    console.log(`\nimport ${figures.label}: ${figures.rowsPerSecond.toLocaleString('en')} rows/s (${figures.rows.toLocaleString('en')} rows; ` +
      `re-import ${figures.reimportRowsPerSecond.toLocaleString('en')} rows/s)`);
  }
  console.log(`\npeak RSS of the API process: ${Math.round(peakMb)} MB (target ${RSS_TARGET_MB} MB)`);
}

async function main(options: BenchOptions): Promise<void> {
  const memory = watchMemory();
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  let uri = config.neo4j.uri;
  if (options.reuseGraph && !uri) throw new InvalidArgumentError('--reuse-graph needs NEO4J_URI: a throw-away Neo4j starts empty.');
  if (options.importsOnly && options.only) throw new InvalidArgumentError('--imports-only asks no questions: leave out --only.');
  console.log(`bench: ${options.rows.toLocaleString('en')} companies, seed ${options.seed}, ${options.runs} runs per question; load average ${load()}`);
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
    const buildStarted = performance.now();
    const graph = await withElapsed(`bench: building the realistic graph of ${options.rows.toLocaleString('en')} companies`, () =>
      buildRealisticGraph(app.executor, { companies: options.rows, seed: options.seed, demo, write: !options.reuseGraph }));
    console.log(`graph: ${graph.companies.toLocaleString('en')} companies, ${graph.claims.toLocaleString('en')} claims, ` +
      `${graph.certificates.toLocaleString('en')} certificates, ${graph.supplyLinks.toLocaleString('en')} confirmed supply links, ${graph.roles} bench roles` +
      (options.reuseGraph ? ' (already in the graph)' : `, written in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`));
    const questions = options.importsOnly ? [] : await withElapsed('bench: asking the heavy questions', () =>
      benchQueries(app, heavyQuestions(graph), options.runs, options.only ?? null));
    const imports = options.only ? [] : await withElapsed('bench: importing through the import service', () =>
      benchImports(app.executor, demo, Math.max(2_000, Math.round(options.rows / 5))));
    printSummary(options.rows, questions, imports, memory.peakMb());
    if (options.importsOnly) return;
    if (options.limits) await withElapsed('bench: the heaviest requests the limits allow', () => benchLimits(app, options.shapes ?? null));
    if (!options.only) await withElapsed('bench: exporting', () => benchExport(new GraphExportService(app.executor)));
  } finally {
    memory.stop();
    await app.stop();
    await driver.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const command = defineCommand('bench', 'Benchmark: fills a throw-away local Neo4j (or NEO4J_URI) with the demo data and a realistic generated graph, then prints query times beside their floors, import and memory figures.')
  .addOption(new Option('--rows <count>', 'how many companies to generate').env('BENCH_ROWS').argParser(positiveWholeNumber).default(100_000))
  .addOption(new Option('--runs <count>', 'timed runs of each question and of its floor (after a warm-up)').argParser(positiveWholeNumber).default(20))
  .addOption(new Option('--seed <number>', 'seed of the generated graph').argParser(positiveWholeNumber).default(1))
  .addOption(new Option('--only <text>', 'ask only the questions whose label contains this text (and skip import and export)'))
  .addOption(new Option('--reuse-graph', 'NEO4J_URI already holds the graph of these --rows and --seed from an earlier run (same day): ask at once').default(false))
  .addOption(new Option('--imports-only', 'build (or with --reuse-graph reuse) the graph, then run only the import half: no questions, limits or export').default(false))
  .addOption(new Option('--limits', 'afterwards, send the heaviest requests the request limits allow and print their peak memory (slow)').default(false))
  .addOption(new Option('--shapes <text>', 'with --limits, send only the shapes whose label contains this text'))
  .action((options: BenchOptions) => main(options));

runCommand(command);
