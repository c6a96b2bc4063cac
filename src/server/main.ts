import 'reflect-metadata';

import express from 'express';

import { loadApiKeys } from '../auth/api-keys';
import { logger } from '../common/logger';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { applySchema } from '../db/migrate';
import { scheduleExpiry } from '../readiness/readiness.expiry';
import { graphIsEmpty, loadDemoData, seedDemoData } from '../demo-data/demo-data';
import { createApp, GRAPHQL_PATH, listen } from './app';
import { drain } from './drain';
import { listenAddress } from './listen-address';
import { METRICS_PATH } from './observability';

const log = logger();

/** `npm start`: Neo4j (local or NEO4J_URI), schema, demo data on an empty graph, then the API. */
async function main(): Promise<void> {
  // Read the keys before anything starts: a broken keys file must not leave an open API behind.
  const config = loadConfig();
  const apiKeys = config.apiKeysFile ? loadApiKeys(config.apiKeysFile) : null;
  const address = listenAddress(config, apiKeys !== null);
  const db = await connectDatabase(config, log);
  const app = await createApp({ driver: db.driver, database: config.neo4j.database, queryTimeoutMs: config.queryTimeoutMs, apiKeys, logger: log });
  await applySchema(app.executor);
  if (db.config.seedDemoData && (await graphIsEmpty(app.executor))) {
    log.info('The graph is empty: loading the demo data ...');
    const counts = await seedDemoData(app.executor, loadDemoData());
    log.info(`Demo data loaded: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}.`);
  }
  const server = await listen(app, db.config.port, address.host);
  log.info(`tiergraph on http://localhost:${db.config.port}/ (the web application); GraphQL API and GraphiQL on http://localhost:${db.config.port}${GRAPHQL_PATH}`);
  log.info(apiKeys
    ? `Access: ${apiKeys.length} API key(s) from ${config.apiKeysFile}; ${address.exposure}.`
    : `Access: ${address.exposure}. Set API_KEYS_FILE before serving a network.`);
  const metricsServer = config.metricsPort
    ? express().get(METRICS_PATH, app.observability.metricsOpen).listen(config.metricsPort, config.metricsHost)
    : undefined;
  if (metricsServer) log.info(`Metrics on http://${config.metricsHost}:${config.metricsPort}${METRICS_PATH}`);
  const expiry = db.config.readinessExpiryHours > 0
    ? scheduleExpiry(app.services.readiness, db.config.readinessExpiryHours, (line) => log.info(line))
    : undefined;

  let stopping = false;
  // In order: no new requests (and /ready says so), the requests in flight finish, then Apollo, the driver and Neo4j stop.
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping; requests in flight may take up to ${config.shutdownGraceMs} ms ...`);
    app.beginShutdown();
    expiry?.stop();
    metricsServer?.close();
    await drain(server, config.shutdownGraceMs);
    await app.stop();
    await db.close();
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    log.info('Stopped.');
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  log.fatal(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
