import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

import { GraphExportService } from '../graph-export/graph-export.service';
import { defineCommand, runCommand, withDatabase } from './bootstrap';
import { startProgress } from './progress';

const command = defineCommand('export-graph', 'Writes the whole graph, or a network\'s part, as JSON lines with typed values.')
  .argument('<file>', 'the JSON lines file to write (FILE.jsonl)')
  .option('--network <id>', 'only this network\'s members and what they hold')
  .action((file: string, options: { network?: string }) => withDatabase(async ({ executor }) => {
    // Streamed line by line: the export of a large graph never sits in memory as a whole.
    const out = createWriteStream(file, 'utf8');
    const progress = startProgress(file, 'lines');
    let written = 0;
    try {
      for await (const line of new GraphExportService(executor).lines(options.network ?? null)) {
        if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
        written += 1;
        progress.update(written);
      }
    } finally {
      progress.finish();
      out.end();
      await once(out, 'finish');
    }
    console.log(`${file}: ${written - 1} nodes and relationships exported${options.network ? ` (network ${options.network})` : ''}.`);
  }));

runCommand(command);
