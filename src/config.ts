import path from 'node:path';

import { PROJECT_ROOT } from './common/paths';

export interface Config {
  port: number;
  neo4j: {
    /** Unset means: boot the local embedded Neo4j from tools/. */
    uri?: string;
    user: string;
    password: string;
    database?: string;
  };
  localNeo4j: {
    port: number;
    dataDir: string;
    heap: string;
    pageCache: string;
    txMemory: string;
  };
  queryTimeoutMs: number;
  /** Timeout of each transaction of the start's own work (schema, demo data), which may take far longer than a request. */
  startupQueryTimeoutMs: number;
  seedDemoData: boolean;
  /** How often `npm start` records the expiry of Defence Ready labels; 0 turns the run off. */
  readinessExpiryHours: number;
  /** API keys (see src/auth/api-keys.ts); unset: no keys, everyone may do everything. */
  apiKeysFile?: string;
  /** A port of its own for `/metrics`, answered without a key; unset: `/metrics` on the API's port (staff only). */
  metricsPort?: number;
  metricsHost: string;
  /** How long a SIGTERM waits for requests in flight before it closes their connections. */
  shutdownGraceMs: number;
  /** The interface to listen on (HOST); see src/server/listen-address.ts for the defaults. */
  host?: string;
  /** ALLOW_OPEN_ACCESS=true: serve another interface than loopback without API keys. */
  allowOpenAccess: boolean;
}

interface NumberRule {
  min: number;
  max?: number;
  /** Also accept a fraction (`0.5` hours). */
  fractions?: boolean;
}

/** A number from the environment, or the fallback when unset; anything else is refused with the variable named. */
function numberFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, rule: NumberRule): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  const wellFormed = rule.fractions ? /^\d+(\.\d+)?$/.test(text) : /^\d+$/.test(text);
  if (!wellFormed || value < rule.min || (rule.max !== undefined && value > rule.max)) {
    const kind = rule.fractions ? 'a number' : 'a whole number';
    const range = rule.max === undefined ? `of at least ${rule.min}` : `from ${rule.min} to ${rule.max}`;
    throw new Error(`${name} must be ${kind} ${range}, not '${env[name]}'`);
  }
  return value;
}

const MAX_PORT = 65535;

/** The configuration from environment variables; throws naming the variable when a number is not one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: numberFrom(env, 'PORT', 4000, { min: 0, max: MAX_PORT }),
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'neo4j',
      database: env.NEO4J_DATABASE || undefined,
    },
    localNeo4j: {
      port: numberFrom(env, 'LOCAL_NEO4J_PORT', 7687, { min: 1, max: MAX_PORT }),
      dataDir: env.LOCAL_NEO4J_DATA ?? path.join(PROJECT_ROOT, 'data', 'neo4j'),
      heap: env.LOCAL_NEO4J_HEAP ?? '1g',
      pageCache: env.LOCAL_NEO4J_PAGECACHE ?? '512m',
      txMemory: env.LOCAL_NEO4J_TX_MEMORY ?? '512m',
    },
    queryTimeoutMs: numberFrom(env, 'QUERY_TIMEOUT_MS', 30000, { min: 1 }),
    startupQueryTimeoutMs: numberFrom(env, 'STARTUP_QUERY_TIMEOUT_MS', 600000, { min: 1 }),
    seedDemoData: (env.SEED_DEMO_DATA ?? 'true') !== 'false',
    readinessExpiryHours: numberFrom(env, 'READINESS_EXPIRY_HOURS', 6, { min: 0, fractions: true }),
    apiKeysFile: env.API_KEYS_FILE || undefined,
    metricsPort: env.METRICS_PORT?.trim() ? numberFrom(env, 'METRICS_PORT', 0, { min: 1, max: MAX_PORT }) : undefined,
    metricsHost: env.METRICS_HOST || '127.0.0.1',
    shutdownGraceMs: numberFrom(env, 'SHUTDOWN_GRACE_MS', 10000, { min: 0 }),
    host: env.HOST?.trim() || undefined,
    allowOpenAccess: env.ALLOW_OPEN_ACCESS === 'true',
  };
}
