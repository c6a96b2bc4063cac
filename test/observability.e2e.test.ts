import { mkdtempSync, rmSync } from 'node:fs';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

import { Driver } from 'neo4j-driver';
import pino from 'pino';

import { addApiKey, loadApiKeys } from '../src/auth/api-keys';
import { createDriver } from '../src/db/driver';
import { App, createApp, listen } from '../src/server/app';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { emptyGraph, loadFixtureInto } from './helpers/own-app-fixture';

/** The logger's output, one parsed JSON object a line, as an operator's log search would see it. */
const logLines: Record<string, any>[] = [];
const rawLog: string[] = [];
const captureLog = new Writable({
  write(chunk: Buffer, _encoding, done) {
    rawLog.push(chunk.toString());
    for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});

const dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-observability-'));
const keysFile = path.join(dir, 'api-keys.json');
const staffKey = addApiKey(keysFile, { kind: 'staff', name: 'Geschäftsstelle' });
const companyKey = addApiKey(keysFile, { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' });
let driver: Driver;
let app: App;
let server: Server;
let base: string;

beforeAll(async () => {
  driver = createDriver(process.env.TIERGRAPH_TEST_NEO4J_URI!, 'neo4j', 'unused');
  app = await createApp({ driver, apiKeys: loadApiKeys(keysFile), logger: pino({ level: 'debug' }, captureLog) });
  await loadFixtureInto(app, driver, SMALL_GRAPH);
  server = await listen(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await emptyGraph(driver);
  await new Promise((resolve) => server.close(resolve));
  await app.stop();
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post(key: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: (await response.json()) as any };
}

/** pino-http writes the line when the response has finished, which may be just after the client has read it. */
async function requestLine(requestId: string | null): Promise<Record<string, any>> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const line = logLines.find((candidate) => candidate.reqId === requestId && candidate.res);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no log line for request ${requestId}`);
}

describe('the request log', () => {
  it('writes one JSON line a request with its id, operation name, caller kind, status and duration, and the key redacted', async () => {
    const { status, requestId } = await post(staffKey, COMPANY_COUNT);
    expect(status).toBe(200);
    const line = await requestLine(requestId);
    expect(logLines.filter((candidate) => candidate.reqId === requestId && candidate.res)).toHaveLength(1);
    expect(line).toMatchObject({
      level: 30, reqId: requestId, operation: 'CompanyCount', callerKind: 'staff',
      req: { method: 'POST', url: '/graphql', headers: { authorization: '[redacted]' } },
      res: { statusCode: 200 },
    });
    expect(line.errorCode).toBeUndefined();
    expect(typeof line.responseTime).toBe('number');
    expect(rawLog.join('')).not.toContain(staffKey);
  });

  it('keeps a request id the client sent, and logs the error code of a refused operation at warn', async () => {
    const { body, requestId } = await post(companyKey, DELETE_COMPANY, { id: 'sme-a' }, { 'x-request-id': 'support-ticket-4711' });
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(requestId).toBe('support-ticket-4711');
    expect(await requestLine(requestId)).toMatchObject({ level: 40, operation: 'DeleteCompany', callerKind: 'company', errorCode: 'FORBIDDEN', res: { statusCode: 200 } });
    expect(rawLog.join('')).not.toContain(companyKey);
  });

  it('logs the timing of each Neo4j query by name at debug level', async () => {
    const { requestId } = await post(staffKey, COMPANY_COUNT);
    await requestLine(requestId);
    const queryLines = logLines.filter((line) => line.level === 20 && line.query === 'company/count');
    expect(queryLines.length).toBeGreaterThan(0);
    expect(queryLines[0]).toMatchObject({ msg: 'neo4j company/count', mode: 'READ', failed: false });
    expect(typeof queryLines[0].durationMs).toBe('number');
  });
});

describe('/metrics', () => {
  it('answers 401 without a key and 403 to a company key: only staff read the metrics where keys are set', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const refused = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${companyKey}` } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).errors[0]).toMatchObject({ message: 'Only network staff may read the metrics', extensions: { code: 'FORBIDDEN' } });
  });

  it('shows the latency histogram of each GraphQL operation, errors by code, Neo4j query timings and process metrics', async () => {
    for (let i = 0; i < 3; i += 1) await post(staffKey, THREE_TIMES);
    await post(staffKey, '{ company(id: "sme-c") { id } }');
    await post(staffKey, UPSERT_COMPANY, { input: { id: 'sme-x', name: 'X GmbH', postalCode: '5850' } });
    const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${staffKey}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const metrics = await response.text();
    expect(metrics).toContain('tiergraph_graphql_operation_duration_seconds_count{operation="ThreeTimes",outcome="ok"} 3');
    expect(metrics).toContain('tiergraph_graphql_operation_duration_seconds_count{operation="anonymous",outcome="ok"} 1');
    expect(metrics).toContain('tiergraph_graphql_operation_duration_seconds_count{operation="UpsertCompany",outcome="error"} 1');
    expect(metrics).toMatch(/tiergraph_graphql_operation_duration_seconds_bucket\{le="0\.005",operation="ThreeTimes",outcome="ok"\} \d/);
    expect(metrics).toContain('tiergraph_errors_total{code="BAD_USER_INPUT",route="/graphql"} 1');
    expect(metrics).toContain('tiergraph_errors_total{code="UNAUTHENTICATED",route="other"} 1');
    expect(metrics).toContain('tiergraph_errors_total{code="FORBIDDEN",route="/metrics"} 1');
    expect(metrics).toMatch(/tiergraph_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+/);
    expect(metrics).toMatch(/tiergraph_neo4j_query_duration_seconds_count\{query="company\/count",mode="READ",outcome="ok"\} \d+/);
    expect(metrics).toContain('tiergraph_neo4j_sessions_open 0');
    expect(metrics).toContain('tiergraph_neo4j_connection_pool_max 50');
    expect(metrics).toContain('process_cpu_seconds_total');
    expect(metrics).toContain('nodejs_eventloop_lag_seconds');
  });
});

describe('/health and /ready', () => {
  it('answer without a key: the process is alive, and the database answers', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready' });
  });
});

const COMPANY_COUNT = 'query CompanyCount { companies { totalCount } }';
const THREE_TIMES = 'query ThreeTimes { companies { totalCount } }';
const DELETE_COMPANY = 'mutation DeleteCompany($id: ID!) { deleteCompany(id: $id) }';
const UPSERT_COMPANY = 'mutation UpsertCompany($input: CompanyInput!) { upsertCompany(input: $input) { id } }';
