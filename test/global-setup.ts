import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { findFreePort, LocalNeo4j, startLocalNeo4j } from '../src/db/local-neo4j';

declare global {
  // Shared between global setup and teardown, which run in the same context.
  var __TIERGRAPH_NEO4J__: { neo4j: LocalNeo4j; dataDir: string } | undefined;
}

/** Starts one throw-away Neo4j for the whole test run, on a free port with a temporary data directory. */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tiergraph-test-neo4j-'));
  const neo4j = await startLocalNeo4j({
    port: await findFreePort(),
    dataDir,
    heap: '768m',
    pageCache: '128m',
    txMemory: '256m',
    log: (message) => console.log(`\n${message}`),
  });
  process.env.TIERGRAPH_TEST_NEO4J_URI = neo4j.uri;
  globalThis.__TIERGRAPH_NEO4J__ = { neo4j, dataDir };
}
