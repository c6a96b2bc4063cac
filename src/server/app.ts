import 'reflect-metadata';

import { Server } from 'node:http';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Express } from 'express';
import { Driver } from 'neo4j-driver';
import { Logger } from 'pino';

import { ApiKeyEntry, Authenticator } from '../auth/api-keys';
import { authenticate, callerOf } from '../auth/authenticate';
import { ANONYMOUS, Caller } from '../auth/caller';
import { httpErrorHandler, notFoundHandler, requireJsonPost } from '../common/http-errors';
import { logger } from '../common/logger';
import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';
import { createContainer, Services } from './container';
import { createRequestContext, RequestContext } from './context';
import { depthLimit } from './depth-limit';
import { formatError } from './format-error';
import { graphiqlRouter } from './http/graphiql';
import { healthRouter } from './http/health.routes';
import { importRouter } from './http/import.routes';
import { reportRouter } from './http/report.routes';
import { securityHeaders } from './http/security-headers';
import { webAppRouter } from './http/web-app.routes';
import { createObservability, METRICS_PATH, Observability } from './observability';
import { DEFAULT_REQUEST_LIMITS, requestLimitsPlugin, RequestLimits } from './request-limits';
import { buildAppSchema } from './schema';

export const GRAPHQL_PATH = '/graphql';

export interface App {
  executor: Executor;
  services: Services;
  apollo: ApolloServer<RequestContext>;
  http: Express;
  observability: Observability;
  /** From now on `/ready` answers 503, so that a load balancer sends no new requests while in-flight ones finish. */
  beginShutdown(): void;
  /** A fresh context as a request of this caller (anonymous by default) would get it (tests use it with apollo.executeOperation). */
  context(caller?: Caller): RequestContext;
  stop(): Promise<void>;
}

export interface AppOptions {
  driver: Driver;
  database?: string;
  queryTimeoutMs?: number;
  /** API keys (see src/auth/api-keys.ts); without them everyone is anonymous and may do everything. */
  apiKeys?: ApiKeyEntry[] | null;
  /** The request log and the executor's query timings go here; the process's logger by default. */
  logger?: Logger;
  /** What one GraphQL request may cost (tests lower them); DEFAULT_REQUEST_LIMITS otherwise. */
  limits?: Partial<RequestLimits>;
}

/** Wires executor, container (repositories, services, resolvers), schema, Apollo Server and the HTTP routes; nothing listens until `listen`. */
export async function createApp(options: AppOptions): Promise<App> {
  const observability = createObservability(options.logger ?? logger(), GRAPHQL_PATH);
  const executor = new Executor(options.driver, loadCypherLibrary(), {
    database: options.database,
    timeoutMs: options.queryTimeoutMs ?? 30000,
    observer: observability.executorObserver,
  });
  const container = createContainer(executor);
  const { repositories, services } = container;
  const schema = await buildAppSchema(container);
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...options.limits };
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    validationRules: [depthLimit()],
    introspection: true,
    // main.ts owns the signals: it stops the HTTP server, Apollo, the driver and the local Neo4j in order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), observability.apolloPlugin, requestLimitsPlugin(schema, limits)],
  });
  await apollo.start();
  const context = (caller: Caller = ANONYMOUS) => createRequestContext(caller, repositories);

  let shuttingDown = false;

  const http = express();
  http.disable('x-powered-by');
  http.use(observability.requestLogging);
  http.use(securityHeaders());
  http.use(healthRouter(executor, () => shuttingDown));
  http.use(graphiqlRouter(GRAPHQL_PATH));
  // The pages are public; the data they show comes through /graphql with the user's key.
  http.use(webAppRouter());
  // Everything below answers only to a valid API key when keys are configured.
  http.use(authenticate(new Authenticator(options.apiKeys ?? null)));
  http.get(METRICS_PATH, observability.metricsForCaller);
  http.use(reportRouter(services, context));
  http.use(importRouter(services.import));
  http.use(GRAPHQL_PATH, requireJsonPost, express.json({ limit: '2mb' }), expressMiddleware(apollo, { context: async ({ res }) => observability.trackGraphQL(res, context(callerOf(res))) }));
  http.use(notFoundHandler);
  http.use(httpErrorHandler);

  return {
    executor,
    services,
    apollo,
    http,
    observability,
    beginShutdown: () => {
      shuttingDown = true;
    },
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
