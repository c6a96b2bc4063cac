/**
 * The import half of `npm run bench`: companies and capability claims of the generated graph's shape, as CSV files
 * through the import service (the path a network office uses), into their own id range `bench-import-N`.
 * Prints rows per second for each file and for a re-import that changes nothing.
 */
import { Executor } from '../src/db/executor';
import { ImportService } from '../src/import/import.service';
import { DemoData } from '../src/demo-data/demo-data';

const SIZE_CLASSES = ['kleinst', 'klein', 'mittel', 'groß'];
const EVIDENCE_LEVELS = ['selbstauskunft', 'plausibilisiert', 'verifiziert'];

function companiesCsv(count: number): Buffer {
  const lines = ['Firmen-ID;Firma;Größenklasse;Mitarbeiter;PLZ;Ort;Kreis;Breitengrad;Längengrad'];
  for (let i = 0; i < count; i += 1) {
    lines.push(
      `bench-import-${i};Import Feinmechanik ${i} GmbH;${SIZE_CLASSES[i % 4]};${5 + (i % 240)};${String(58000 + (i % 999)).padStart(5, '0')};` +
      `Hagen;hagen;51,${3600 + (i % 900)};7,${4600 + (i % 900)}`,
    );
  }
  return Buffer.from(lines.join('\r\n'), 'latin1');
}

/** 3 to 8 distinct claims per company on the taxonomy's leaves, the first leaves more often than the last. */
function claimsCsv(count: number, leaves: string[]): Buffer {
  const lines = ['Firmen-ID;Fähigkeit;Stufe;Nachweisstufe'];
  for (let i = 0; i < count; i += 1) {
    const claimed = new Set<string>();
    for (let k = 0; k < 3 + (i % 6); k += 1) claimed.add(leaves[(i * 7 + k * k * 3) % Math.min(leaves.length, 8 + k * 6)]);
    [...claimed].forEach((leaf, k) => lines.push(`bench-import-${i};${leaf};${1 + ((i + k) % 5)};${EVIDENCE_LEVELS[(i + k) % 3]}`));
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

export interface ImportFigures {
  label: string;
  rows: number;
  rowsPerSecond: number;
  reimportRowsPerSecond: number;
}

/** Imports `companies` companies and their claims, printing and returning rows per second. */
export async function benchImports(executor: Executor, demo: DemoData, companies: number): Promise<ImportFigures[]> {
  const importer = new ImportService(executor);
  const leaves = demo.capabilities.map((c) => String(c.id)).filter((id) => !demo.capabilities.some((c) => c.parentId === id));
  const figures: ImportFigures[] = [];
  for (const [label, kind, bytes] of [
    ['companies', 'companies', companiesCsv(companies)],
    ['capability claims', 'capabilities', claimsCsv(companies, leaves)],
  ] as const) {
    const report = await importer.import(bytes, { kind, source: `bench ${label}`, fileName: `${kind}.csv` });
    if (report.rejected.length > 0) throw new Error(`bench file rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    const again = await importer.import(bytes, { kind, source: `bench ${label}`, fileName: `${kind}.csv` });
    console.log(
      `import ${label}: ${report.written.toLocaleString('en')} rows in ${report.seconds.toFixed(1)} s = ${report.rowsPerSecond.toLocaleString('en')} rows/s ` +
      `(re-import, no changes: ${again.rowsPerSecond.toLocaleString('en')} rows/s)`,
    );
    figures.push({ label, rows: report.written, rowsPerSecond: report.rowsPerSecond, reimportRowsPerSecond: again.rowsPerSecond });
  }
  return figures;
}
