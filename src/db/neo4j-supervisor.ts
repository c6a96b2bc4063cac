import { Log } from '../common/logger';
import { LocalNeo4j, LocalNeo4jOptions, startLocalNeo4j } from './local-neo4j';

export interface RestartBackoff {
  /** The wait before the first restart after a crash. */
  initialMs: number;
  /** Each failed restart, and each crash soon after a start, doubles the wait, up to this. */
  maxMs: number;
  /** A JVM that ran this long was healthy: its crash starts the backoff again from `initialMs`. */
  stableAfterMs: number;
}

export const DEFAULT_RESTART_BACKOFF: RestartBackoff = { initialMs: 500, maxMs: 30000, stableAfterMs: 60000 };

/** The local Neo4j under supervision: the JVM is restarted whenever it dies, on the same port and data. */
export interface SupervisedNeo4j {
  uri: string;
  /** The JVM that runs now; undefined while it is being restarted. */
  current(): LocalNeo4j | undefined;
  /** How many times the JVM was restarted after it died. */
  restarts(): number;
  /** Ends supervision and stops the JVM. */
  stop(): Promise<void>;
}

/**
 * Starts the local Neo4j and restarts it each time its JVM dies, with a growing wait between failed
 * attempts and a log line for every crash and restart. The driver needs nothing: the restarted Neo4j
 * listens on the same port, and the driver replaces the connections it lost on the next transaction.
 */
export async function superviseLocalNeo4j(options: LocalNeo4jOptions, log: Log, backoff: RestartBackoff = DEFAULT_RESTART_BACKOFF): Promise<SupervisedNeo4j> {
  let running: LocalNeo4j | undefined = await startLocalNeo4j(options);
  let startedAt = Date.now();
  let stopping = false;
  let restarts = 0;
  /** Doublings of the wait: failed restarts and crashes soon after a start, since the last healthy run. */
  let backoffSteps = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let pendingStart: Promise<LocalNeo4j | undefined> | undefined;

  const scheduleRestart = () => {
    const delay = Math.min(backoff.initialMs * 2 ** backoffSteps, backoff.maxMs);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      const restartBegan = Date.now();
      pendingStart = startLocalNeo4j(options).then(
        (neo4j) => neo4j,
        (error: Error) => {
          backoffSteps += 1;
          log.error(`Restarting the local Neo4j failed: ${error.message.split('\n')[0]}`);
          return undefined;
        },
      );
      void pendingStart.then(async (neo4j) => {
        pendingStart = undefined;
        if (stopping) return neo4j?.stop();
        if (!neo4j) return scheduleRestart();
        running = neo4j;
        startedAt = Date.now();
        restarts += 1;
        log.warn(`Local Neo4j restarted at ${neo4j.uri} in ${Date.now() - restartBegan} ms (restart ${restarts})`);
        watch(neo4j);
      });
    }, delay);
    restartTimer.unref();
    log.warn(`Restarting the local Neo4j in ${delay} ms ...`);
  };

  const watch = (neo4j: LocalNeo4j) => {
    neo4j.process.once('exit', (code, signal) => {
      if (stopping) return;
      running = undefined;
      // A JVM that dies soon after it started is failing rather than crashing now and then: wait longer each time.
      backoffSteps = Date.now() - startedAt < backoff.stableAfterMs ? backoffSteps + 1 : 0;
      log.error(`The local Neo4j died (${signal ?? `exit code ${code}`}); requests answer UNAVAILABLE until it is back`);
      scheduleRestart();
    });
  };
  watch(running);

  return {
    uri: running.uri,
    current: () => running,
    restarts: () => restarts,
    stop: async () => {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      await pendingStart;
      await running?.stop();
      running = undefined;
    },
  };
}
