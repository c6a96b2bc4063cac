import { loadConfig } from '../config';
import { startLocalNeo4j } from '../db/local-neo4j';
import { defineCommand, runCommand } from './bootstrap';

const command = defineCommand('neo4j', 'Starts only the local Neo4j, for cypher-shell, Neo4j Desktop or another client (LOCAL_NEO4J_PORT, default 7687).')
  .action(async () => {
    const config = loadConfig();
    const local = await startLocalNeo4j({ ...config.localNeo4j });
    console.log(`Local Neo4j running at ${local.uri} (no authentication, loopback only). Ctrl-C stops it.`);
    local.process.ref();
    const stop = () => {
      // The JVM is this process's only reason to stay; once it is down, the process ends by itself.
      void local.stop().then(() => local.process.unref());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

runCommand(command);
