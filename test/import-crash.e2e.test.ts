import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Driver } from 'neo4j-driver';

import { loadCypherLibrary } from '../src/db/cypher';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { applySchema } from '../src/db/migrate';
import { ImportService } from '../src/import/import.service';
import { findFreePort, LocalNeo4j, startLocalNeo4j } from '../src/db/local-neo4j';
import { seedDemoData } from '../src/demo-data/demo-data';
import { SMALL_GRAPH } from './fixtures/small-graph';

const ROWS = 20_000;
const BATCH = 500;

function companiesCsv(): Buffer {
  const lines = ['id;name;postalCode;regionId'];
  for (let i = 0; i < ROWS; i += 1) lines.push(`crash-${i};Crash Test ${i} GmbH;${String(10000 + i).padStart(5, '0')};hagen`);
  return Buffer.from(lines.join('\n'));
}

async function countCompanies(driver: Driver): Promise<number> {
  const session = driver.session();
  try {
    const result = await session.run("MATCH (c:Company) WHERE c.id STARTS WITH 'crash-' RETURN count(c) AS n");
    return result.records[0].get('n') as number;
  } finally {
    await session.close();
  }
}

describe('an import interrupted by a crash', () => {
  it('leaves no half batch, and a rerun completes it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tiergraph-crash-test-'));
    const start = async () => startLocalNeo4j({ port: await findFreePort(), dataDir, heap: '512m', pageCache: '64m', txMemory: '256m', log: () => {} });
    const connect = (neo4j: LocalNeo4j) => {
      const driver = createDriver(neo4j.uri, 'neo4j', 'unused');
      return { driver, executor: new Executor(driver, loadCypherLibrary(), { timeoutMs: 60000 }) };
    };
    let neo4j = await start();
    try {
      let { driver, executor } = connect(neo4j);
      await applySchema(executor);
      await seedDemoData(executor, SMALL_GRAPH);
      const file = companiesCsv();
      let batches = 0;
      // The database dies (SIGKILL, no clean shutdown) while the import is between its batches.
      const crashed = new ImportService(executor).import(file, {
        kind: 'companies', source: 'import crash.csv', batchSize: BATCH,
        onProgress: () => {
          batches += 1;
          if (batches === 3) neo4j.process.kill('SIGKILL');
        },
      });
      await expect(crashed).rejects.toThrow();
      await driver.close().catch(() => undefined);

      neo4j = await start();
      ({ driver, executor } = connect(neo4j));
      const survived = await countCompanies(driver);
      expect(survived % BATCH).toBe(0);
      expect(survived).toBeGreaterThanOrEqual(3 * BATCH);
      expect(survived).toBeLessThan(ROWS);

      const rerun = await new ImportService(executor).import(file, { kind: 'companies', source: 'import crash.csv', batchSize: BATCH });
      expect(rerun.written).toBe(ROWS);
      expect(await countCompanies(driver)).toBe(ROWS);
      await driver.close();
    } finally {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300000); // two Neo4j starts, a crash recovery and 20,000 rows: about two minutes on 2 cores, more when they are busy
});
