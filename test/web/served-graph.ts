import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { addApiKey, ApiKeyEntry, loadApiKeys } from '../../src/auth/api-keys';
import { DemoData, loadDemoData } from '../../src/demo-data/demo-data';
import { createTestApp, loadFixture, removeSuiteGraph, serveForTest, TestApp } from '../helpers/test-app';

export interface ServedGraph {
  /** The app, for GraphQL checks beside the browser (what was written, what was not). */
  t: TestApp;
  /** Where the service listens, e.g. http://127.0.0.1:43121. */
  base: string;
  /** The API keys made for this graph, in the order given. */
  keys: string[];
}

/**
 * For the enclosing describe: the service on a graph of its own (a fixture, or the demo data, loaded into the empty
 * graph), served over HTTP on a loopback port, with API keys when given; the graph removed, the service stopped and
 * its keys file removed afterwards.
 */
export function serveGraph(graph: DemoData | 'demo data', options: { keys?: Omit<ApiKeyEntry, 'sha256'>[] } = {}): ServedGraph {
  const served = { keys: [] } as unknown as ServedGraph;
  let keysDir: string | undefined;
  let http: { close(): Promise<void> } | undefined;
  beforeAll(async () => {
    let apiKeys: ApiKeyEntry[] | undefined;
    if (options.keys) {
      keysDir = mkdtempSync(path.join(tmpdir(), 'tiergraph-web-keys-'));
      const file = path.join(keysDir, 'api-keys.json');
      served.keys = options.keys.map((entry) => addApiKey(file, entry));
      apiKeys = loadApiKeys(file);
    }
    served.t = await createTestApp({ apiKeys });
    await loadFixture(served.t, graph === 'demo data' ? loadDemoData() : graph);
    const server = await serveForTest(served.t);
    http = server;
    served.base = server.base;
  });
  afterAll(async () => {
    await http?.close();
    if (served.t) {
      await removeSuiteGraph(served.t);
      await served.t.close();
    }
    if (keysDir) rmSync(keysDir, { recursive: true, force: true });
  });
  return served;
}
