import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Milliseconds spent per kind of work within one timed request: `neo4j` (the server's own time for the queries),
 * `loading` (the rest of each query's wall time: network, records, conversion), and whatever `timed` names
 * (`scoring`, ...). Work that runs in parallel adds up, so the spans may sum to more than the request took.
 */
export type Spans = Record<string, number>;

const currentSpans = new AsyncLocalStorage<Spans>();

function add(spans: Spans, name: string, ms: number): void {
  spans[name] = (spans[name] ?? 0) + ms;
}

/** Runs `work` as one timed request: everything it does through `timed` and the executor is added to `spans`. */
export async function withTiming<T>(work: () => Promise<T>): Promise<{ result: T; spans: Spans; totalMs: number }> {
  const spans: Spans = {};
  const started = performance.now();
  const result = await currentSpans.run(spans, work);
  return { result, spans, totalMs: performance.now() - started };
}

/** Whether a timed request is running here; callers skip the cost of measuring when it is not. */
export function timingActive(): boolean {
  return currentSpans.getStore() !== undefined;
}

/**
 * Runs `work` (synchronous, or returning a promise) and adds its duration to the span `name` of the current timed
 * request; outside one it only runs `work`.
 */
export function timed<T>(name: string, work: () => T): T {
  const spans = currentSpans.getStore();
  if (!spans) return work();
  const started = performance.now();
  let result: T;
  try {
    result = work();
  } catch (error) {
    add(spans, name, performance.now() - started);
    throw error;
  }
  if (result instanceof Promise) {
    return result.finally(() => add(spans, name, performance.now() - started)) as T;
  }
  add(spans, name, performance.now() - started);
  return result;
}

/** The executor's report of one query: `serverMs` in Neo4j, the rest of `wallMs` counted as loading. */
export function recordQuery(wallMs: number, serverMs: number): void {
  const spans = currentSpans.getStore();
  if (!spans) return;
  add(spans, 'neo4j', serverMs);
  add(spans, 'loading', Math.max(0, wallMs - serverMs));
}
