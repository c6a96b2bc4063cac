/**
 * The import half of `npm run bench`: imports 100,000 generated companies and 100,000 capability claims (each
 * file twice, the second time to measure a re-import that changes nothing) and prints rows per second and memory.
 */
import { Executor } from '../src/db/executor';
import { ImportService } from '../src/import/import.service';
import { DemoData } from '../src/demo-data/demo-data';

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

/** Imports `rows` companies and as many capability claims (on the demo taxonomy's leaves), printing figures. */
export async function benchImports(executor: Executor, demo: DemoData, rows: number): Promise<void> {
  const importer = new ImportService(executor);
  const leaves = demo.capabilities.map((c) => String(c.id)).filter((id) => !demo.capabilities.some((c) => c.parentId === id));

  for (const [label, kind, bytes] of [
    ['companies', 'companies', companiesCsv(rows)],
    ['capability claims', 'capabilities', claimsCsv(rows, leaves)],
  ] as const) {
    const report = await importer.import(bytes, { kind, source: `bench ${label}`, fileName: `${kind}.csv` });
    if (report.rejected.length > 0) throw new Error(`bench file rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    const again = await importer.import(bytes, { kind, source: `bench ${label}`, fileName: `${kind}.csv` });
    console.log(
      `import ${label}: ${report.written} rows in ${report.seconds.toFixed(1)} s = ${report.rowsPerSecond} rows/s ` +
      `(re-import, no changes: ${again.seconds.toFixed(1)} s = ${again.rowsPerSecond} rows/s); heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
    );
  }
}
