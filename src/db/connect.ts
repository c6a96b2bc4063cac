import { connect } from 'node:net';

import { Driver } from 'neo4j-driver';

import { Log } from '../common/logger';
import { Config, loadConfig } from '../config';
import { createDriver } from './driver';
import { DEFAULT_DATABASE } from './executor';
import { superviseLocalNeo4j, SupervisedNeo4j } from './neo4j-supervisor';

export interface Database {
  driver: Driver;
  config: Config;
  /** The local Neo4j this process started and supervises. */
  local?: SupervisedNeo4j;
  close(): Promise<void>;
}

/** True when something accepts connections on 127.0.0.1:port (a local Neo4j started by `npm start`). */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Connects to the Neo4j named by NEO4J_URI; when it is unset, to the local Neo4j if one already
 * runs (e.g. `npm run seed` next to `npm start`), or else boots the local embedded Neo4j and restarts
 * it whenever it dies. `log` takes the progress lines (the server's logger; the commands print them).
 */
export async function connectDatabase(config: Config = loadConfig(), log: Log = console): Promise<Database> {
  let local: SupervisedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri && (await isListening(config.localNeo4j.port))) {
    uri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
    log.info(`NEO4J_URI is not set: using the local Neo4j already running at ${uri}`);
  }
  if (!uri) {
    log.info(`NEO4J_URI is not set: starting the local Neo4j (data in ${config.localNeo4j.dataDir}) ...`);
    local = await superviseLocalNeo4j({ ...config.localNeo4j, log: (message) => log.info(message) }, log);
    uri = local.uri;
    log.info(`Local Neo4j ready at ${uri}`);
  }
  const driver = createDriver(uri, config.neo4j.user, config.neo4j.password);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database ?? DEFAULT_DATABASE });
  } catch (error) {
    await driver.close();
    await local?.stop();
    throw new Error(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}`);
  }
  return {
    driver,
    config,
    local,
    close: async () => {
      try {
        await driver.close();
      } finally {
        await local?.stop();
      }
    },
  };
}
