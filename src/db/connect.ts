import { connect } from 'node:net';

import { Driver } from 'neo4j-driver';

import { Config, loadConfig } from '../config';
import { LocalNeo4j, startLocalNeo4j } from './local-neo4j';
import { createDriver } from './driver';

export interface Database {
  driver: Driver;
  config: Config;
  local?: LocalNeo4j;
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
 * runs (e.g. `npm run seed` next to `npm start`), or else boots the local embedded Neo4j.
 */
export async function connectDatabase(config: Config = loadConfig()): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri && (await isListening(config.localNeo4j.port))) {
    uri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
    console.log(`NEO4J_URI is not set: using the local Neo4j already running at ${uri}`);
  }
  if (!uri) {
    console.log(`NEO4J_URI is not set: starting the local Neo4j (data in ${config.localNeo4j.dataDir}) ...`);
    local = await startLocalNeo4j({ ...config.localNeo4j });
    uri = local.uri;
    console.log(`Local Neo4j ready at ${uri}`);
  }
  const driver = createDriver(uri, config.neo4j.user, config.neo4j.password);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
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
      await driver.close();
      await local?.stop();
    },
  };
}
