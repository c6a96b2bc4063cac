import neo4j, { Driver } from 'neo4j-driver';

/**
 * How long a request may wait for the database before it fails with UNAVAILABLE: opening a connection,
 * getting one from the pool, and retrying a transaction that failed on a lost connection. Kept short so
 * that a database that is down or restarting answers quickly instead of holding requests for a minute.
 */
export const DRIVER_TIMEOUTS = {
  connectionTimeoutMs: 5000,
  connectionAcquisitionTimeoutMs: 10000,
  maxTransactionRetryTimeMs: 5000,
};

export const MAX_CONNECTION_POOL_SIZE = 50;

/**
 * A driver that hands back plain JavaScript numbers for integers (counts, levels, years all fit). Takes
 * `bolt://` (one server) and `neo4j://` / `neo4j+s://` (routing: a cluster or Aura) URIs alike; after a lost
 * connection it reconnects by itself on the next transaction.
 */
export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
    connectionTimeout: DRIVER_TIMEOUTS.connectionTimeoutMs,
    connectionAcquisitionTimeout: DRIVER_TIMEOUTS.connectionAcquisitionTimeoutMs,
    maxTransactionRetryTime: DRIVER_TIMEOUTS.maxTransactionRetryTimeMs,
    userAgent: 'tiergraph',
  });
}
