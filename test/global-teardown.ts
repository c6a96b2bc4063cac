import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const started = globalThis.__TIERGRAPH_NEO4J__;
  if (!started) return;
  await started.neo4j.stop();
  rmSync(started.dataDir, { recursive: true, force: true });
}
