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
  seedDemoData: boolean;
  /** How often `npm start` records the expiry of Defence Ready labels; 0 turns the run off. */
  readinessExpiryHours: number;
  /** API keys (see src/auth/api-keys.ts); unset: no keys, everyone may do everything. */
  apiKeysFile?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 4000),
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'neo4j',
      database: env.NEO4J_DATABASE || undefined,
    },
    localNeo4j: {
      port: Number(env.LOCAL_NEO4J_PORT ?? 7687),
      dataDir: env.LOCAL_NEO4J_DATA ?? path.join(PROJECT_ROOT, 'data', 'neo4j'),
      heap: env.LOCAL_NEO4J_HEAP ?? '1g',
      pageCache: env.LOCAL_NEO4J_PAGECACHE ?? '512m',
      txMemory: env.LOCAL_NEO4J_TX_MEMORY ?? '512m',
    },
    queryTimeoutMs: Number(env.QUERY_TIMEOUT_MS ?? 30000),
    seedDemoData: (env.SEED_DEMO_DATA ?? 'true') !== 'false',
    readinessExpiryHours: Number(env.READINESS_EXPIRY_HOURS ?? 6),
    apiKeysFile: env.API_KEYS_FILE || undefined,
  };
}
