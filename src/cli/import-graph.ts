import { readFileSync } from 'node:fs';

import { applySchema } from '../db/migrate';
import { GraphExportService, parseExport } from '../graph-export/graph-export.service';
import { defineCommand, runCommand, withDatabase } from './bootstrap';
import { withElapsed } from './progress';

const command = defineCommand('import-graph', 'Imports an export of export-graph into an empty database: the same graph again.')
  .argument('<file>', 'the JSON lines file written by export-graph (FILE.jsonl)')
  .action(async (file: string) => {
    // The whole file is checked before any database is touched; a problem names its line.
    const lines = parseExport(readFileSync(file, 'utf8'));
    await withDatabase(async ({ executor }) => {
      await applySchema(executor);
      const counts = await withElapsed(`${file}: importing ${lines.length.toLocaleString('en')} lines`, () => new GraphExportService(executor).import(lines));
      console.log(`${file}: ${counts.nodes} nodes and ${counts.relationships} relationships imported.`);
    });
  });

runCommand(command);
