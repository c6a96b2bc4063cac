import { applySchema } from '../db/migrate';
import { defineCommand, runCommand, withDatabase } from './bootstrap';

const command = defineCommand('migrate', 'Applies the constraints and indexes in cypher/schema/ (idempotent).')
  .action(() => withDatabase(async ({ executor }) => {
    const applied = await applySchema(executor);
    console.log(`Schema applied: ${applied} statements (constraints and indexes), all online.`);
  }));

runCommand(command);
