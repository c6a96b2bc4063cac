import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';

import { ApolloServerPlugin } from '@apollo/server';
import { NextFunction, Request, RequestHandler, Response } from 'express';
import { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { assertPermitted, Permission } from '../auth/access';
import { callerOf } from '../auth/authenticate';
import { Caller } from '../auth/caller';
import { ErrorCode, HTTP_STATUS } from '../common/errors';
import { ExecutorObserver } from '../db/executor';
import { MAX_CONNECTION_POOL_SIZE } from '../db/driver';

export const METRICS_PATH = '/metrics';

/** Header values never written out: the API key travels in Authorization, a browser session in Cookie. */
const SECRET_HEADERS = ['authorization', 'cookie', 'x-api-key'];

/** What the GraphQL layer learned about a request, for its log line and metrics. */
interface GraphQLFacts {
  operation: string;
  errorCodes: string[];
}

/** Paths probed every few seconds, and static files: logged at debug so that they do not bury the requests. */
const QUIET_PATHS = ['/health', '/ready', METRICS_PATH, '/assets/', '/graphiql/assets/'];

/** Operation names are chosen by clients; past this many distinct ones, new names count as `other`. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Seconds: a quick lookup takes milliseconds, a heavy analysis some seconds, the transaction timeout ends at 30. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Where a GraphQL context keeps its HTTP response. A property and not a map keyed by the context: Apollo hands
 * plugins a shallow copy of the context, which keeps enumerable symbol properties.
 */
const HTTP_RESPONSE = Symbol('http response');

const CODE_OF_STATUS = new Map<number, string>(Object.entries(HTTP_STATUS).map(([code, status]) => [status, code as ErrorCode]));

/** The error code a REST answer of this status carries (the codes of src/common/errors.ts), if it is an error. */
function errorCodeOfStatus(status: number): string | undefined {
  if (status < 400) return undefined;
  return CODE_OF_STATUS.get(status) ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
}

/** The route a request matched, as declared (`/reports/companies/:id/chain.svg`), so that labels stay few. */
function routeOf(req: Request, graphqlPath: string): string {
  if (req.route?.path && typeof req.route.path === 'string') return `${req.baseUrl}${req.route.path}`;
  if (req.originalUrl.startsWith(graphqlPath)) return graphqlPath;
  return 'other';
}

/** Logs and metrics of one app: the request log line, the Prometheus registry, and the hooks that feed both. */
export interface Observability {
  logger: Logger;
  registry: Registry;
  /** Express middleware, mounted first: request id, one log line a request, request metrics. */
  requestLogging: RequestHandler;
  /** Remembers which HTTP response a GraphQL context belongs to (the Apollo plugin reports to it). */
  trackGraphQL<T extends object>(res: Response, context: T): T;
  apolloPlugin: ApolloServerPlugin<object>;
  executorObserver: ExecutorObserver;
  /** `GET /metrics` for the caller of the request: staff only where API keys are set. */
  metricsForCaller: RequestHandler;
  /** `GET /metrics` without a key, for a separate metrics port. */
  metricsOpen: RequestHandler;
}

export function createObservability(logger: Logger, graphqlPath: string): Observability {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestHistogram = <T extends string>(name: string, help: string, labelNames: T[]) =>
    new Histogram<T>({ name, help, labelNames, buckets: REQUEST_BUCKETS, registers: [registry] });
  const httpDuration = requestHistogram('tiergraph_http_request_duration_seconds', 'HTTP requests by method, route and status', ['method', 'route', 'status']);
  const graphqlDuration = requestHistogram('tiergraph_graphql_operation_duration_seconds', 'GraphQL requests over HTTP by operation name and outcome', ['operation', 'outcome']);
  const errors = new Counter({
    name: 'tiergraph_errors_total',
    help: 'Errors answered, by code (GraphQL extensions.code, or the code of a REST status) and route',
    labelNames: ['code', 'route'],
    registers: [registry],
  });
  const queryDuration = new Histogram({
    name: 'tiergraph_neo4j_query_duration_seconds',
    help: 'Named Cypher queries run in Neo4j transactions, by query, access mode and outcome',
    labelNames: ['query', 'mode', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 30],
    registers: [registry],
  });
  const sessionsOpen = new Gauge({
    name: 'tiergraph_neo4j_sessions_open',
    help: 'Neo4j sessions open now; each holds at most one connection of the driver pool',
    registers: [registry],
  });
  new Gauge({
    name: 'tiergraph_neo4j_connection_pool_max',
    help: 'The size of the driver connection pool',
    registers: [registry],
  }).set(MAX_CONNECTION_POOL_SIZE);

  const operationLabels = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!operationLabels.has(name) && operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
    operationLabels.add(name);
    return name;
  };

  const graphqlFacts = new WeakMap<ServerResponse, GraphQLFacts>();

  /** The fields a request's log line adds to pino-http's own (request id, method, url, status, responseTime). */
  const requestFacts = (req: IncomingMessage, res: ServerResponse) => {
    const facts = graphqlFacts.get(res);
    const caller = (res as Response).locals?.caller as Caller | undefined;
    return {
      reqId: req.id,
      ...(facts ? { operation: facts.operation } : {}),
      ...(caller ? { callerKind: caller.kind } : {}),
      errorCode: facts?.errorCodes[0] ?? errorCodeOfStatus(res.statusCode),
    };
  };

  const logRequests = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      // pino-http hands over its own serialized request; the secrets are replaced whichever logger writes it.
      req: (req: { headers?: Record<string, unknown> }) => ({
        ...req,
        headers: Object.fromEntries(Object.entries(req.headers ?? {}).map(([name, value]) => [name, SECRET_HEADERS.includes(name) ? '[redacted]' : value])),
      }),
    },
    customLogLevel: (req, res, error) => {
      const errorCodes = graphqlFacts.get(res)?.errorCodes ?? [];
      if (error || res.statusCode >= 500 || errorCodes.includes('INTERNAL_SERVER_ERROR')) return 'error';
      if (res.statusCode >= 400 || errorCodes.length > 0) return 'warn';
      return QUIET_PATHS.some((path) => req.url?.startsWith(path)) ? 'debug' : 'info';
    },
    customSuccessObject: (req, res, fields) => ({ ...fields, ...requestFacts(req, res) }),
    customErrorObject: (req, res, _error, fields) => ({ ...fields, ...requestFacts(req, res) }),
    customSuccessMessage: (req, res) => `${req.method} ${(req as Request).originalUrl} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${(req as Request).originalUrl} ${res.statusCode}`,
  });

  const measureRequests = (req: Request, res: Response, next: NextFunction) => {
    const endTimer = httpDuration.startTimer({ method: req.method });
    res.once('finish', () => {
      const route = routeOf(req, graphqlPath);
      const seconds = endTimer({ route, status: String(res.statusCode) });
      const facts = graphqlFacts.get(res);
      if (facts) {
        graphqlDuration.observe({ operation: facts.operation, outcome: facts.errorCodes.length > 0 ? 'error' : 'ok' }, seconds);
        for (const code of facts.errorCodes) errors.inc({ code, route });
      } else {
        const code = errorCodeOfStatus(res.statusCode);
        if (code) errors.inc({ code, route });
      }
    });
    next();
  };

  const answerMetrics = async (_req: Request, res: Response) => {
    res.set('Content-Type', registry.contentType).send(await registry.metrics());
  };

  return {
    logger,
    registry,
    requestLogging: (req, res, next) => logRequests(req, res, () => measureRequests(req, res, next)),
    trackGraphQL: (res, context) => Object.defineProperty(context, HTTP_RESPONSE, { value: res, enumerable: true }),
    apolloPlugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, operationName, request, response }) {
            const res = (contextValue as { [HTTP_RESPONSE]?: Response })[HTTP_RESPONSE];
            if (!res) return;
            const errorsSent = response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : [];
            graphqlFacts.set(res, {
              operation: operationLabel(operationName ?? request.operationName),
              errorCodes: errorsSent.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
            });
          },
        };
      },
    },
    executorObserver: {
      queryFinished: ({ query, operation, mode, durationMs, failed }) => {
        queryDuration.observe({ query, mode, outcome: failed ? 'error' : 'ok' }, durationMs / 1000);
        logger.debug({ query, operation, mode, durationMs: Math.round(durationMs * 10) / 10, failed }, `neo4j ${query}`);
      },
      sessionsChanged: (open) => sessionsOpen.set(open),
    },
    metricsForCaller: async (req, res, next) => {
      try {
        assertPermitted(callerOf(res), Permission.READ_METRICS);
        await answerMetrics(req, res);
      } catch (error) {
        next(error);
      }
    },
    metricsOpen: (req, res, next) => answerMetrics(req, res).catch(next),
  };
}
