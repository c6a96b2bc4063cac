import { applySchema } from '../db/migrate';
import { loadDemoData, seedDemoData } from '../demo-data/demo-data';
import { defineCommand, runCommand, withDatabase } from './bootstrap';
import { withElapsed } from './progress';

const command = defineCommand('seed', 'Loads the demo data (idempotent: twice gives the same graph).')
  .action(() => withDatabase(async ({ executor }) => {
    await applySchema(executor);
    const data = loadDemoData();
    // One transaction: there is nothing to count until it is done, so the line shows the time it takes.
    const counts = await withElapsed('Loading the demo data', () => seedDemoData(executor, data));
    console.log(`Demo data loaded: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}.`);
  }));

runCommand(command);
