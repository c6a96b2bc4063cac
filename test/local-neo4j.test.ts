import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { PROJECT_ROOT } from '../src/common/paths';
import { findFreePort } from '../src/db/local-neo4j';
import { isAlive, waitFor } from './helpers/processes';

describe('the local Neo4j launcher', () => {
  it('leaves no orphan JVM when the process that started it is killed', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tiergraph-orphan-test-'));
    const port = await findFreePort();
    // A separate Node process starts Neo4j from the compiled launcher code, reports the JVM's pid,
    // and is then killed with SIGKILL, so that none of its own clean-up can run.
    const script = `
      const { startLocalNeo4j } = require(${JSON.stringify(path.join(PROJECT_ROOT, 'dist', 'src', 'db', 'local-neo4j.js'))});
      startLocalNeo4j({ port: ${port}, dataDir: ${JSON.stringify(dataDir)}, heap: '256m', pageCache: '32m', txMemory: '64m', log: () => {} })
        .then((neo4j) => { console.log('JVM ' + neo4j.process.pid); setInterval(() => {}, 1000); })
        .catch((error) => { console.error(error); process.exitCode = 1; });`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const jvmPid = await new Promise<number>((resolve, reject) => {
        let output = '';
        parent.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /JVM (\d+)/.exec(output);
          if (match) resolve(Number(match[1]));
        });
        parent.on('exit', (code) => reject(new Error(`launcher parent exited early with ${code}`)));
      });
      expect(isAlive(jvmPid)).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitFor(() => !isAlive(jvmPid), 45000)).toBe(true);
    } finally {
      parent.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120000);
});
