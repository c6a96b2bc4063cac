import 'reflect-metadata';

import { loadApiKeys } from '../auth/api-keys';
import { reportFailure } from '../common/report-failure';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { applySchema } from '../db/migrate';
import { scheduleExpiry } from '../readiness/readiness.expiry';
import { graphIsEmpty, loadDemoData, seedDemoData } from '../demo-data/demo-data';
import { createApp, GRAPHQL_PATH, listen } from './app';
import { listenAddress } from './listen-address';

/** `npm start`: Neo4j (local or NEO4J_URI), schema, demo data on an empty graph, then the API. */
async function main(): Promise<void> {
  // Read the keys before anything starts: a broken keys file must not leave an open API behind.
  const config = loadConfig();
  const apiKeys = config.apiKeysFile ? loadApiKeys(config.apiKeysFile) : null;
  const address = listenAddress(config, apiKeys !== null);
  const db = await connectDatabase(config);
  const app = await createApp({ driver: db.driver, database: config.neo4j.database, queryTimeoutMs: config.queryTimeoutMs, apiKeys });
  await applySchema(app.executor);
  if (db.config.seedDemoData && (await graphIsEmpty(app.executor))) {
    console.log('The graph is empty: loading the demo data ...');
    const counts = await seedDemoData(app.executor, loadDemoData());
    console.log(`Demo data loaded: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}.`);
  }
  const server = await listen(app, db.config.port, address.host);
  console.log(`tiergraph on http://localhost:${db.config.port}/ (the web application); GraphQL API and GraphiQL on http://localhost:${db.config.port}${GRAPHQL_PATH}`);
  console.log(apiKeys
    ? `Access: ${apiKeys.length} API key(s) from ${config.apiKeysFile}; ${address.exposure}.`
    : `Access: ${address.exposure}. Set API_KEYS_FILE before serving a network.`);
  const expiry = db.config.readinessExpiryHours > 0
    ? scheduleExpiry(app.services.readiness, db.config.readinessExpiryHours, (line) => console.log(line))
    : undefined;

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping ...');
    expiry?.stop();
    server.closeAllConnections();
    server.close();
    await app.stop();
    await db.close();
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    console.log('Stopped.');
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch(reportFailure);
