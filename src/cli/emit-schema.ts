import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../common/paths';
import { printSchemaSdl } from '../graphql/schema';
import { reportFailure } from './bootstrap';

printSchemaSdl()
  .then((sdl) => {
    writeFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), sdl);
    console.log('schema.graphql written');
  })
  .catch(reportFailure);
