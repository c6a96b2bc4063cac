import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { Driver } from 'neo4j-driver';

import { PROJECT_ROOT } from '../src/common/paths';
import { createDriver } from '../src/db/driver';
import { findFreePort } from '../src/db/local-neo4j';
import { loadDemoData } from '../src/demo-data/demo-data';
import { emptyGraph } from './helpers/own-app-fixture';
import { isAlive, launcherJvms, waitFor } from './helpers/processes';

/** The built service as `npm start` runs it (pretest builds it), with what it printed so far and how it ended. */
interface ServiceRun {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Log lines (JSON) whose message contains `text`, as they arrive. */
  logged(text: string): boolean;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startService(env: Record<string, string>): ServiceRun {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'server', 'main.js')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', NEO4J_URI: '', API_KEYS_FILE: '', METRICS_PORT: '', HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const messages = () => stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { msg: string }).msg);
  return { child, stdout: () => stdout, stderr: () => stderr, logged: (text) => messages().some((message) => message.includes(text)), exited };
}

/** What a failed start must print: one line on stderr naming the reason, no stack trace. */
function expectOneLineReason(run: ServiceRun, named: string): void {
  const lines = run.stderr().trimEnd().split('\n');
  expect(lines).toEqual([expect.stringContaining(named)]);
  expect(lines[0]).toMatch(/^tiergraph did not start: /);
}

describe('a start that fails after the local Neo4j is up', () => {
  let dataDir: string;
  let occupied: Server;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tiergraph-start-failure-test-'));
    occupied = createServer();
    await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => occupied.close(resolve));
    for (const pid of launcherJvms(dataDir)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits non-zero naming the occupied PORT on stderr, and stops the local Neo4j it started', async () => {
    const port = (occupied.address() as { port: number }).port;
    const run = startService({
      PORT: String(port),
      LOCAL_NEO4J_PORT: String(await findFreePort()),
      LOCAL_NEO4J_DATA: dataDir,
      LOCAL_NEO4J_HEAP: '256m',
      LOCAL_NEO4J_PAGECACHE: '32m',
      LOCAL_NEO4J_TX_MEMORY: '64m',
      SEED_DEMO_DATA: 'false',
    });
    let jvm: number | undefined;
    let neo4jReadyAt: number | undefined;
    const ended = await waitFor(() => {
      jvm ??= launcherJvms(`--parent-pid ${run.child.pid}`)[0];
      if (neo4jReadyAt === undefined && run.logged('Local Neo4j ready')) neo4jReadyAt = Date.now();
      return run.child.exitCode !== null;
    }, 200000);
    if (!ended) run.child.kill('SIGKILL');
    const { code } = await run.exited;

    expect(ended).toBe(true);
    expect(code).toBe(1);
    expectOneLineReason(run, `127.0.0.1:${port} (PORT=${port}): the port is in use by another process`);
    // It failed after Neo4j was up, and not long after: it neither hangs nor waits for the JVM to notice its parent is gone.
    expect(neo4jReadyAt).toBeDefined();
    expect(Date.now() - neo4jReadyAt!).toBeLessThan(60000);
    expect(jvm).toBeDefined();
    expect(isAlive(jvm!)).toBe(false);
    expect(launcherJvms(dataDir)).toEqual([]);
  }, 230000);
});

describe('a start that fails before Neo4j', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tiergraph-start-failure-test-'));
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits non-zero naming a broken keys file, and starts no Neo4j', async () => {
    const keysFile = path.join(dataDir, 'keys.json');
    writeFileSync(keysFile, '{ not json');
    const run = startService({ API_KEYS_FILE: keysFile, LOCAL_NEO4J_DATA: dataDir, LOCAL_NEO4J_PORT: String(await findFreePort()) });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expectOneLineReason(run, keysFile);
    expect(run.logged('starting the local Neo4j')).toBe(false);
  });

  it('exits non-zero naming the missing Java', async () => {
    const missingJava = path.join(dataDir, 'no-java-here');
    const run = startService({ JAVA_HOME: missingJava, LOCAL_NEO4J_DATA: dataDir, LOCAL_NEO4J_PORT: String(await findFreePort()) });
    const { code } = await run.exited;
    expect(code).toBe(1);
    expectOneLineReason(run, `Could not run ${path.join(missingJava, 'bin', 'java')}`);
    expect(launcherJvms(dataDir)).toEqual([]);
  });
});

describe('the start on an empty graph with QUERY_TIMEOUT_MS=1', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = createDriver(process.env.TIERGRAPH_TEST_NEO4J_URI!, 'neo4j', 'unused');
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
    if (Number(records[0].get('nodes')) > 0) throw new Error('The graph must be empty before this suite starts the service on it');
  });

  afterAll(async () => {
    await emptyGraph(driver);
    await driver.close();
  });

  it('still loads the demo data (the start has its own timeout, STARTUP_QUERY_TIMEOUT_MS) and serves, and stops on SIGTERM', async () => {
    const port = await findFreePort();
    const run = startService({ NEO4J_URI: process.env.TIERGRAPH_TEST_NEO4J_URI!, QUERY_TIMEOUT_MS: '1', PORT: String(port) });
    let serving = false;
    await waitFor(async () => {
      serving = await fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false);
      return serving || run.child.exitCode !== null;
    }, 240000);
    run.child.kill('SIGTERM');
    const { code } = await run.exited;

    expect(run.stderr()).toBe('');
    expect(serving).toBe(true);
    expect(run.logged('Demo data loaded')).toBe(true);
    const { records } = await driver.executeQuery('MATCH (company:Company) RETURN count(company) AS companies');
    expect(Number(records[0].get('companies'))).toBe(loadDemoData().companies.length);
    expect(code).toBe(0);
  }, 270000);
});
