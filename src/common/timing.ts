import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Milliseconds spent per kind of work within one timed request: `neo4j` (the server's own time for the queries),
 * `loading` (the rest of the time queries were in flight: network, records, conversion), and whatever `timed`
 * names (`scoring`, ...).
 */
export type Spans = Record<string, number>;

interface RequestTiming {
  spans: Spans;
  queriesInFlight: number;
  inFlightSince: number;
  /** Time with at least one query in flight: queries run in parallel count once. */
  queryBusyMs: number;
  queryWallMs: number;
  queryServerMs: number;
}

const currentRequest = new AsyncLocalStorage<RequestTiming>();

function add(spans: Spans, name: string, ms: number): void {
  spans[name] = (spans[name] ?? 0) + ms;
}

/**
 * Runs `work` as one timed request: what it does through `timed` and the executor is added to `spans`. Queries that
 * ran in parallel count once: the time with any query in flight is split into `neo4j` and `loading` in the
 * proportion of the queries' server time to their wall time (exact when they ran one after another).
 */
export async function withTiming<T>(work: () => Promise<T>): Promise<{ result: T; spans: Spans; totalMs: number }> {
  const request: RequestTiming = { spans: {}, queriesInFlight: 0, inFlightSince: 0, queryBusyMs: 0, queryWallMs: 0, queryServerMs: 0 };
  const started = performance.now();
  const result = await currentRequest.run(request, work);
  const totalMs = performance.now() - started;
  if (request.queryWallMs > 0) {
    const neo4j = request.queryBusyMs * Math.min(1, request.queryServerMs / request.queryWallMs);
    add(request.spans, 'neo4j', neo4j);
    add(request.spans, 'loading', request.queryBusyMs - neo4j);
  }
  return { result, spans: request.spans, totalMs };
}

/**
 * Runs `work` (synchronous, or returning a promise) and adds its duration to the span `name` of the current timed
 * request; outside one it only runs `work`.
 */
export function timed<T>(name: string, work: () => T): T {
  const request = currentRequest.getStore();
  if (!request) return work();
  const started = performance.now();
  let result: T;
  try {
    result = work();
  } catch (error) {
    add(request.spans, name, performance.now() - started);
    throw error;
  }
  if (result instanceof Promise) {
    return result.finally(() => add(request.spans, name, performance.now() - started)) as T;
  }
  add(request.spans, name, performance.now() - started);
  return result;
}

/**
 * Called by the executor as a query starts: null outside a timed request (nothing to measure), otherwise the
 * function to call when its records are loaded, with the time Neo4j reported for it.
 */
export function queryStarted(): ((serverMs: number) => void) | null {
  const request = currentRequest.getStore();
  if (!request) return null;
  const started = performance.now();
  if (request.queriesInFlight === 0) request.inFlightSince = started;
  request.queriesInFlight += 1;
  return (serverMs) => {
    const finished = performance.now();
    request.queriesInFlight -= 1;
    if (request.queriesInFlight === 0) request.queryBusyMs += finished - request.inFlightSince;
    request.queryWallMs += finished - started;
    request.queryServerMs += serverMs;
  };
}
