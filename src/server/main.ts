import 'reflect-metadata';

import { Server } from 'node:http';
import { inspect } from 'node:util';

import express, { Express } from 'express';

import { loadApiKeys } from '../auth/api-keys';
import { Log, logger } from '../common/logger';
import { loadConfig } from '../config';
import { loadCypherLibrary } from '../db/cypher';
import { connectDatabase } from '../db/connect';
import { Executor } from '../db/executor';
import { applySchema } from '../db/migrate';
import { scheduleExpiry } from '../readiness/readiness.expiry';
import { graphIsEmpty, loadDemoData, seedDemoData } from '../demo-data/demo-data';
import { createApp, GRAPHQL_PATH } from './app';
import { drain } from './drain';
import { listenAddress } from './listen-address';
import { METRICS_PATH } from './observability';

/** Runs one step of the start; its failure says which step failed. */
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Listens on host:port; a port in use fails naming the address and the variable that chose it. */
function listenOn(http: Express, host: string, port: number, variable: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = http.listen(port, host, (error?: NodeJS.ErrnoException) => {
      if (!error) return resolve(server);
      const reason = error.code === 'EADDRINUSE' ? 'the port is in use by another process' : error.message;
      reject(new Error(`Cannot listen on ${host}:${port} (${variable}=${port}): ${reason}`, { cause: error }));
    });
  });
}

/** Loads the demo data into an empty graph; a graph that holds anything is left as it is. */
async function loadDemoDataIfEmpty(executor: Executor, log: Log): Promise<void> {
  if (!(await graphIsEmpty(executor))) return;
  log.info('The graph is empty: loading the demo data ...');
  const counts = await seedDemoData(executor, loadDemoData());
  log.info(`Demo data loaded: ${Object.entries(counts).map(([kind, n]) => `${n} ${kind}`).join(', ')}.`);
}

/**
 * `npm start`: Neo4j (local or NEO4J_URI), schema, demo data on an empty graph, then the API. A failure once Neo4j
 * runs (schema, demo data, a port in use) stops what started, the local Neo4j too, before the error goes on.
 */
async function main(): Promise<void> {
  const log = logger();
  // Read the keys before anything starts: a broken keys file must not leave an open API behind.
  const config = loadConfig();
  const apiKeys = config.apiKeysFile ? loadApiKeys(config.apiKeysFile) : null;
  const address = listenAddress(config, apiKeys !== null);
  const db = await connectDatabase(config, log);
  const serve = async () => {
    const app = await createApp({ driver: db.driver, database: config.neo4j.database, queryTimeoutMs: config.queryTimeoutMs, apiKeys, logger: log });
    const listening: Server[] = [];
    try {
      // The start's own work has a timeout of its own: loading the demo data is one long write, which a busy machine
      // may take far longer over than a request may take.
      const startupExecutor = new Executor(db.driver, loadCypherLibrary(), { database: config.neo4j.database, timeoutMs: config.startupQueryTimeoutMs });
      await step('Applying the schema', () => applySchema(startupExecutor));
      if (db.config.seedDemoData) await step('Loading the demo data', () => loadDemoDataIfEmpty(startupExecutor, log));
      const server = await listenOn(app.http, address.host, db.config.port, 'PORT');
      listening.push(server);
      const metricsServer = config.metricsPort
        ? await listenOn(express().get(METRICS_PATH, app.observability.metricsOpen), config.metricsHost, config.metricsPort, 'METRICS_PORT')
        : undefined;
      return { app, server, metricsServer };
    } catch (error) {
      for (const server of listening) server.close();
      await app.stop();
      throw error;
    }
  };
  const { app, server, metricsServer } = await serve().catch(async (error: unknown) => {
    log.info(db.local ? 'The start failed: stopping the local Neo4j ...' : 'The start failed: closing the connection to Neo4j ...');
    await db.close();
    throw error;
  });
  log.info(`tiergraph on http://localhost:${db.config.port}/ (the web application); GraphQL API and GraphiQL on http://localhost:${db.config.port}${GRAPHQL_PATH}`);
  log.info(apiKeys
    ? `Access: ${apiKeys.length} API key(s) from ${config.apiKeysFile}; ${address.exposure}.`
    : `Access: ${address.exposure}. Set API_KEYS_FILE before serving a network.`);
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

/** One line on standard error naming why the start failed; the stack only at LOG_LEVEL=debug or trace. */
function reportStartFailure(error: unknown): void {
  const withStack = ['debug', 'trace'].includes(process.env.LOG_LEVEL?.trim() ?? '');
  const reason = withStack ? inspect(error) : error instanceof Error ? error.message : String(error);
  process.stderr.write(`tiergraph did not start: ${reason}\n`);
}

// Everything that started is stopped by now (the local Neo4j too), so the process ends by itself, with code 1.
main().catch((error: unknown) => {
  reportStartFailure(error);
  process.exitCode = 1;
});
