import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { CYPHER_DIR } from '../common/paths';
import { splitStatements } from './cypher';
import { Executor } from './executor';

const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema');

/** Applies every statement of `cypher/schema/*.cypher`, in file order. All are idempotent. */
export async function applySchema(executor: Executor): Promise<number> {
  let applied = 0;
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.cypher')).sort()) {
    for (const statement of splitStatements(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))) {
      await executor.runSchemaStatement(statement);
      applied += 1;
    }
  }
  await executor.runSchemaStatement('CALL db.awaitIndexes(300)');
  return applied;
}
