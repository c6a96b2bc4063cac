import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { CYPHER_DIR } from '../common/paths';
import { QUERY_NAMES, QueryName } from './query-names';

export type CypherLibrary = Readonly<Record<QueryName, string>>;

/** Every `.cypher` file below `dir`, as names relative to it without the extension. */
export function listCypherFiles(dir: string = CYPHER_DIR): string[] {
  const names: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (entry.endsWith('.cypher')) names.push(path.relative(dir, full).replace(/\\/g, '/').replace(/\.cypher$/, ''));
    }
  };
  walk(dir);
  return names.sort();
}

/**
 * Loads every query the service asks once, at start-up. A missing file fails here, not at the first
 * request that needs it.
 */
export function loadCypherLibrary(dir: string = CYPHER_DIR): CypherLibrary {
  const library = {} as Record<QueryName, string>;
  for (const name of QUERY_NAMES) {
    const file = path.join(dir, `${name}.cypher`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`Cypher query file missing: ${file}`);
    }
    library[name] = text;
  }
  return Object.freeze(library);
}

/** Splits a schema file into its statements (statements end with `;`, `//` comments are dropped). */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
