import { spawn, spawnSync, ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

import { LAUNCHER_DIR as PROJECT_LAUNCHER_DIR } from '../common/paths';

const READY_LINE = 'TIERGRAPH_NEO4J_READY';
const MAIN_CLASS = 'tiergraph.launcher.Neo4jLauncher';

/** The JVM flags Neo4j's own neo4j.conf passes, so that Netty and the page cache may use NIO internals. */
const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
];

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  txMemory: string;
  startTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

function launcherIsBuilt(): string | undefined {
  const classpathFile = path.join(PROJECT_LAUNCHER_DIR, 'target', 'classpath.txt');
  const mainClass = path.join(PROJECT_LAUNCHER_DIR, 'target', 'classes', 'tiergraph', 'launcher', 'Neo4jLauncher.class');
  if (!existsSync(classpathFile) || !existsSync(mainClass)) return undefined;
  const builtAt = statSync(mainClass).mtimeMs;
  const sources = [
    path.join(PROJECT_LAUNCHER_DIR, 'pom.xml'),
    path.join(PROJECT_LAUNCHER_DIR, 'src', 'main', 'java', 'tiergraph', 'launcher', 'Neo4jLauncher.java'),
  ];
  if (sources.some((source) => statSync(source).mtimeMs > builtAt)) return undefined;
  const jars = readFileSync(classpathFile, 'utf8').trim().split(path.delimiter);
  if (jars.some((jar) => !existsSync(jar))) return undefined;
  return [path.join(PROJECT_LAUNCHER_DIR, 'target', 'classes'), ...jars].join(path.delimiter);
}

function assertMavenInstalled(): void {
  const probe = spawnSync('mvn', ['--version'], { stdio: 'ignore' });
  if (probe.status !== 0) {
    throw new Error('The local Neo4j needs Apache Maven (mvn) and Java 17+ on the PATH to fetch Neo4j; or set NEO4J_URI to use another Neo4j.');
  }
}

/**
 * Compiles the launcher and resolves Neo4j's classpath with Maven. Tries the local Maven cache first
 * (offline), and only goes to Maven Central when something is missing there.
 */
export function buildLauncher(log: (message: string) => void = console.log): string {
  const ready = launcherIsBuilt();
  if (ready) return ready;
  assertMavenInstalled();
  const run = (offline: boolean) =>
    spawnSync('mvn', ['-B', '-q', ...(offline ? ['-o'] : []), '-f', path.join(PROJECT_LAUNCHER_DIR, 'pom.xml'), 'compile'], {
      encoding: 'utf8',
    });
  let result = run(true);
  if (result.status !== 0) {
    log('Fetching Neo4j Community 5.26 from Maven Central into the local Maven cache (about 50 MB, first run only) ...');
    result = run(false);
  }
  if (result.status !== 0) {
    throw new Error(`Building the Neo4j launcher failed (mvn exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const built = launcherIsBuilt();
  if (!built) throw new Error('Maven finished but the Neo4j launcher classpath is missing');
  return built;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Neo4j embedded in a child JVM with Bolt on 127.0.0.1. The JVM watches this process and its
 * own standard input, so it ends when this process ends, even after a crash.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? console.log;
  const classpath = buildLauncher(log);
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    ...NEO4J_JVM_FLAGS,
    '-cp',
    classpath,
    MAIN_CLASS,
    '--port', String(options.port),
    '--data', path.resolve(options.dataDir),
    '--pagecache', options.pageCache,
    '--tx-memory', options.txMemory,
    '--parent-pid', String(process.pid),
    '--watch-stdin',
  ];
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const uri = `bolt://127.0.0.1:${options.port}`;
  let output = '';

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${options.startTimeoutMs ?? 120000} ms:\n${output}`));
    }, options.startTimeoutMs ?? 120000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not run ${java}: ${error.message}. Neo4j needs Java 17 or newer.`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  // The child must not keep this process alive; it follows us out through the stdin pipe.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();

  return {
    uri,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 30000);
        child.once('exit', () => {
          clearTimeout(killTimer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
