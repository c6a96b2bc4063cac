import { readFileSync } from 'node:fs';
import path from 'node:path';

import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { applySchema } from '../db/migrate';
import { IMPORT_KINDS, ImportKind } from '../import/columns';
import { ImportService } from '../import/import.service';
import { reportUsage, runCli } from './bootstrap';

const USAGE = `npm run import -- FILE --kind ${IMPORT_KINDS.join('|')} [--dry-run] [--skip-invalid]`;

interface ImportArgs {
  file: string;
  kind: ImportKind;
  dryRun: boolean;
  skipInvalid: boolean;
}

function parseArgs(args: string[]): ImportArgs | null {
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--kind');
  const kind = args[args.indexOf('--kind') + 1] as ImportKind;
  if (!file || !args.includes('--kind') || !IMPORT_KINDS.includes(kind)) return null;
  return { file, kind, dryRun: args.includes('--dry-run'), skipInvalid: args.includes('--skip-invalid') };
}

const parsed = parseArgs(process.argv.slice(2));

if (!parsed) reportUsage(USAGE);
else runImport(parsed);

function runImport(args: ImportArgs): void {
  runCli(async ({ driver, config }) => {
    const executor = new Executor(driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.queryTimeoutMs });
    await applySchema(executor);
    const report = await new ImportService(executor).import(readFileSync(args.file), {
      kind: args.kind,
      source: `import ${path.basename(args.file)}`,
      fileName: args.file,
      dryRun: args.dryRun,
      skipInvalid: args.skipInvalid,
      onProgress: (done, total) => {
        const width = 30;
        const filled = Math.round((done / total) * width);
        process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rows`);
      },
    });
    process.stderr.write('\n');
    console.log(`${args.file}: ${report.rows} rows (${report.encoding}, '${report.delimiter}'), ${report.valid} valid, ${report.rejected.length} problems`);
    for (const problem of report.rejected) console.log(`  line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}: ${problem.reason}`);
    for (const warning of report.duplicates) console.log(`  line ${warning.line}: possible duplicate: ${warning.id} ${warning.reason} (${warning.similarTo})`);
    if (report.ignoredColumns.length > 0) console.log(`  ignored columns: ${report.ignoredColumns.join(', ')}`);
    if (report.dryRun) console.log('Dry run: nothing written.');
    else if (report.written === 0 && report.rejected.length > 0) console.log('Nothing written: fix the rows above, or pass --skip-invalid to write the valid rows only.');
    else console.log(`${report.written} rows written in ${report.seconds.toFixed(1)} s (${report.rowsPerSecond} rows/s).`);
    if (report.rejected.length > 0 && !args.skipInvalid) process.exitCode = 1;
  });
}
