/**
 * `npm run bench`: imports 100,000 generated companies and 100,000 capability claims into a throw-away
 * local Neo4j (or NEO4J_URI, which it then fills) and prints rows per second and memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { loadCypherLibrary } from '../src/db/cypher';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { applySchema } from '../src/db/migrate';
import { ImportService } from '../src/import/import.service';
import { findFreePort, LocalNeo4j, startLocalNeo4j } from '../src/neo4j/local-neo4j';
import { loadDemoData, seedDemoData } from '../src/seed/demo-data';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

function companiesCsv(count: number): Buffer {
  const lines = ['Firmen-ID;Firma;Größenklasse;Mitarbeiter;PLZ;Ort;Kreis;Breitengrad;Längengrad'];
  for (let i = 0; i < count; i += 1) {
    lines.push(`bench-${i};Bench Firma ${i} GmbH;klein;${10 + (i % 40)};${String(40000 + (i % 19999)).padStart(5, '0')};Hagen;hagen;51,${3600 + (i % 100)};7,${4600 + (i % 100)}`);
  }
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

function claimsCsv(count: number, capabilities: string[]): Buffer {
  const lines = ['Firmen-ID;Fähigkeit;Stufe;Nachweisstufe'];
  for (let i = 0; i < count; i += 1) lines.push(`bench-${i};${capabilities[i % capabilities.length]};${1 + (i % 5)};selbstauskunft`);
  return Buffer.from(lines.join('\n'), 'utf8');
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
  try {
    const executor = new Executor(driver, loadCypherLibrary(), { timeoutMs: 600_000 });
    await applySchema(executor);
    const demo = loadDemoData();
    await seedDemoData(executor, demo);
    const importer = new ImportService(executor);
    const leaves = demo.capabilities.map((c) => String(c.id)).filter((id) => !demo.capabilities.some((c) => c.parentId === id));

    for (const [label, kind, bytes] of [
      ['companies', 'companies', companiesCsv(ROWS)],
      ['capability claims', 'capabilities', claimsCsv(ROWS, leaves)],
    ] as const) {
      const report = await importer.import(bytes, { kind, source: `bench ${label}`, fileName: `${kind}.csv` });
      if (report.rejected.length > 0) throw new Error(`bench file rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
      const again = await importer.import(bytes, { kind, source: `bench ${label}`, fileName: `${kind}.csv` });
      console.log(
        `import ${label}: ${report.written} rows in ${report.seconds.toFixed(1)} s = ${report.rowsPerSecond} rows/s ` +
        `(re-import, no changes: ${again.seconds.toFixed(1)} s = ${again.rowsPerSecond} rows/s); heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
      );
    }
  } finally {
    await driver.close();
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
