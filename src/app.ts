import 'reflect-metadata';

import { Server } from 'node:http';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express } from 'express';
import { Driver } from 'neo4j-driver';

import { reportRouter } from './analysis/report.routes';
import { ApiKeyEntry, Authenticator } from './auth/api-keys';
import { authenticate, callerOf } from './auth/authenticate';
import { httpErrorHandler } from './common/http-errors';
import { loadCypherLibrary } from './db/cypher';
import { importRouter } from './import/import.routes';
import { ImportService } from './import/import.service';
import { Executor } from './db/executor';
import { ANONYMOUS, Caller } from './graphql/caller';
import { Context, createContext, createServices, Services } from './graphql/context';
import { depthLimit } from './graphql/depth-limit';
import { formatError } from './graphql/format-error';
import { graphiqlRouter } from './graphql/graphiql';
import { createRepositories, Repositories } from './graphql/repositories';
import { getSchema } from './graphql/schema';
import { webAppRouter } from './web/web-app.routes';

export const GRAPHQL_PATH = '/graphql';

export interface App {
  executor: Executor;
  repositories: Repositories;
  services: Services;
  apollo: ApolloServer<Context>;
  http: Express;
  /** A fresh context as a request of this caller (anonymous by default) would get it (tests use it with apollo.executeOperation). */
  context(caller?: Caller): Context;
  stop(): Promise<void>;
}

export interface AppOptions {
  driver: Driver;
  database?: string;
  queryTimeoutMs?: number;
  /** API keys (see src/auth/api-keys.ts); without them everyone is anonymous and may do everything. */
  apiKeys?: ApiKeyEntry[] | null;
}

/** Wires executor, repositories, services and Apollo Server; nothing listens until `listen`. */
export async function createApp(options: AppOptions): Promise<App> {
  const executor = new Executor(options.driver, loadCypherLibrary(), {
    database: options.database,
    timeoutMs: options.queryTimeoutMs ?? 30000,
  });
  const repositories = createRepositories(executor);
  const services = createServices(repositories, executor);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    validationRules: [depthLimit()],
    introspection: true,
    // main.ts owns the signals: it stops the HTTP server, Apollo, the driver and the local Neo4j in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const context = (caller: Caller = ANONYMOUS) => createContext(caller, repositories, services);

  const http = express();
  http.disable('x-powered-by');
  http.get('/health', async (_req, res) => {
    try {
      await executor.read('health', 'graph/ping');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  http.use(graphiqlRouter(GRAPHQL_PATH));
  // The pages are public; the data they show comes through /graphql with the user's key.
  http.use(webAppRouter());
  // Everything below answers only to a valid API key when keys are configured.
  http.use(authenticate(new Authenticator(options.apiKeys ?? null)));
  http.use(reportRouter(context));
  http.use(importRouter(new ImportService(executor)));
  http.use(GRAPHQL_PATH, express.json({ limit: '2mb' }), expressMiddleware(apollo, { context: async ({ res }) => context(callerOf(res)) }));
  http.use(httpErrorHandler);

  return {
    executor,
    repositories,
    services,
    apollo,
    http,
    context,
    stop: () => apollo.stop(),
  };
}

export function listen(app: App, port: number, host = '0.0.0.0'): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.http.listen(port, host, () => resolve(server));
    server.on('error', reject);
  });
}
