// The import service reaches classes with type-graphql decorators (company and catalogue inputs), which need the
// metadata polyfill loaded before them.
import 'reflect-metadata';

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Option } from 'commander';

import { applySchema } from '../db/migrate';
import { IMPORT_KINDS, ImportKind } from '../import/columns';
import { ImportService } from '../import/import.service';
import { defineCommand, runCommand, withDatabase } from './bootstrap';
import { startProgress } from './progress';

interface ImportOptions {
  kind: ImportKind;
  dryRun?: true;
  skipInvalid?: true;
}

const command = defineCommand('import', 'Imports a CSV or XLSX file (see "Importing data" in the README): all rows valid, or nothing written.')
  .argument('<file>', 'the CSV or XLSX file to import')
  .addOption(new Option('--kind <kind>', 'what the rows are').choices(IMPORT_KINDS).makeOptionMandatory())
  .option('--dry-run', 'check only and print the report; nothing is written')
  .option('--skip-invalid', 'write the valid rows and report the rest')
  .action((file: string, options: ImportOptions) => withDatabase(async ({ executor }) => {
    await applySchema(executor);
    const progress = startProgress(path.basename(file), 'rows');
    const report = await new ImportService(executor).import(readFileSync(file), {
      kind: options.kind,
      source: `import ${path.basename(file)}`,
      fileName: file,
      dryRun: options.dryRun,
      skipInvalid: options.skipInvalid,
      onProgress: (done, total) => progress.update(done, total),
    }).finally(() => progress.finish());
    console.log(`${file}: ${report.rows} rows (${report.encoding}, '${report.delimiter}'), ${report.valid} valid, ${report.rejected.length} problems`);
    for (const problem of report.rejected) console.log(`  line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}: ${problem.reason}`);
    for (const warning of report.duplicates) console.log(`  line ${warning.line}: possible duplicate: ${warning.id} ${warning.reason} (${warning.similarTo})`);
    if (report.ignoredColumns.length > 0) console.log(`  ignored columns: ${report.ignoredColumns.join(', ')}`);
    if (report.dryRun) console.log('Dry run: nothing written.');
    else if (report.written === 0 && report.rejected.length > 0) console.log('Nothing written: fix the rows above, or pass --skip-invalid to write the valid rows only.');
    else console.log(`${report.written} rows written in ${report.seconds.toFixed(1)} s (${report.rowsPerSecond} rows/s).`);
    if (report.rejected.length > 0 && !options.skipInvalid) process.exitCode = 1;
  }));

runCommand(command);
