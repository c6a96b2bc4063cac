import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../common/paths';
import { printSchemaSdl } from '../server/schema';
import { defineCommand, runCommand } from './bootstrap';

const command = defineCommand('schema:emit', 'Rewrites schema.graphql from the code (a test fails when it drifts).')
  .action(async () => {
    writeFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), await printSchemaSdl());
    console.log('schema.graphql written');
  });

runCommand(command);
