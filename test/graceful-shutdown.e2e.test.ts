import { Server } from 'node:http';
import { AddressInfo } from 'node:net';

import express, { Express } from 'express';
import { Driver } from 'neo4j-driver';
import pino from 'pino';

import { createDriver } from '../src/db/driver';
import { App, createApp } from '../src/server/app';
import { drain } from '../src/server/drain';

let driver: Driver;
let app: App;
/** The app behind one extra route (the app answers unknown paths itself, so the route goes in front of it). */
let http: Express;
/** Resolves when the slow request has reached its handler, i.e. is in flight. */
let slowRequestArrived: () => void;

beforeAll(async () => {
  driver = createDriver(process.env.TIERGRAPH_TEST_NEO4J_URI!, 'neo4j', 'unused');
  app = await createApp({ driver, logger: pino({ level: 'silent' }) });
  // A request that takes as long as the test says: the stand-in for a long report or import.
  http = express();
  http.post('/test/slow/:ms', (req, res) => {
    slowRequestArrived();
    setTimeout(() => res.json({ done: true }), Number(req.params.ms));
  });
  http.use(app.http);
});

afterAll(async () => {
  await app.stop();
  await driver.close();
});

async function serve(): Promise<{ server: Server; base: string }> {
  const server = await new Promise<Server>((resolve) => {
    const listening = http.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function startSlowRequest(base: string, ms: number): { response: Promise<Response>; arrived: Promise<void> } {
  const arrived = new Promise<void>((resolve) => {
    slowRequestArrived = resolve;
  });
  return { response: fetch(`${base}/test/slow/${ms}`, { method: 'POST' }), arrived };
}

describe('graceful shutdown', () => {
  it('answers /ready with 503 once the shutdown began, lets the request in flight finish, then takes no more connections', async () => {
    const { server, base } = await serve();
    const slow = startSlowRequest(base, 1000);
    await slow.arrived;
    app.beginShutdown();
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'shutting down' }]);

    const began = Date.now();
    const drained = drain(server, 10000);
    const response = await slow.response;
    expect([response.status, await response.json()]).toEqual([200, { done: true }]);
    await drained;
    expect(Date.now() - began).toBeLessThan(5000);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });

  it('closes a request that outlasts the grace period, and is done soon after it', async () => {
    const { server, base } = await serve();
    const slow = startSlowRequest(base, 5000);
    await slow.arrived;
    const began = Date.now();
    await drain(server, 300);
    expect(Date.now() - began).toBeLessThan(3000);
    await expect(slow.response).rejects.toThrow();
  });
});
