import { readFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../src/common/paths';
import { listCypherFiles, loadCypherLibrary } from '../src/db/cypher';
import { QUERY_NAMES } from '../src/db/query-names';
import { printSchemaSdl } from '../src/server/schema';
import { toLuceneQuery } from '../src/search/search.service';

describe('schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
    expect(await printSchemaSdl()).toBe(committed);
  });
});

describe('the cypher/ library', () => {
  it('holds exactly the queries the code names, each with a header comment saying what it returns', () => {
    const files = listCypherFiles().filter((name) => !name.startsWith('schema/') && !name.startsWith('analyses/'));
    expect(files).toEqual([...QUERY_NAMES].sort());
    const library = loadCypherLibrary();
    for (const name of QUERY_NAMES) expect(library[name].trimStart().startsWith('//')).toBe(true);
  });

  it('fails fast, naming the file, when a query file is missing', () => {
    expect(() => loadCypherLibrary(path.join(PROJECT_ROOT, 'test'))).toThrow(/Cypher query file missing: .*test\/analysis\/capability-holders\.cypher/);
  });
});

describe('toLuceneQuery', () => {
  it('matches each word as typed or as a prefix and escapes Lucene syntax', () => {
    expect(toLuceneQuery('Keramik')).toBe('Keramik keramik*');
    expect(toLuceneQuery('  AS 9100:2018 (EN) ')).toBe('AS as* 9100\\:2018 9100\\:2018* \\(EN\\) \\(en\\)*');
  });
});
