import { applySchema } from '../db/migrate';
import { defineCommand, runCommand, withDatabase } from './bootstrap';

const command = defineCommand('migrate', 'Applies the constraints and indexes in cypher/schema/ and fills what they index (idempotent).')
  .action(() => withDatabase(async ({ executor }) => {
    const applied = await applySchema(executor);
    console.log(`Schema applied: ${applied} statements (constraints, indexes, what they index), all online.`);
  }));

runCommand(command);
