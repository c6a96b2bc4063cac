import { Driver } from 'neo4j-driver';
import pino from 'pino';

import { createDriver } from '../src/db/driver';
import { App, createApp } from '../src/server/app';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { emptyGraph, loadFixtureInto } from './helpers/own-app-fixture';

/**
 * The read-after-write cases over a routing `neo4j://` URI, as against a cluster or Aura: each read is a new
 * transaction in a new session right after the write, and must see it (the executor's sessions share one
 * bookmark manager). Against the one test Neo4j the routing table names that server for reads and writes.
 */
let driver: Driver;
let app: App;

async function execute(query: string, variables?: Record<string, unknown>) {
  const response = await app.apollo.executeOperation({ query, variables }, { contextValue: app.context() });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

async function gql(query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await execute(query, variables);
  expect(errors).toBeUndefined();
  return data as any;
}

beforeAll(async () => {
  const routingUri = process.env.TIERGRAPH_TEST_NEO4J_URI!.replace(/^bolt:\/\//, 'neo4j://');
  expect(routingUri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
  driver = createDriver(routingUri, 'neo4j', 'unused');
  app = await createApp({ driver, logger: pino({ level: 'silent' }) });
  await loadFixtureInto(app, driver, SMALL_GRAPH);
});

afterAll(async () => {
  await emptyGraph(driver);
  await app.stop();
  await driver.close();
});

describe('read your writes over neo4j://', () => {
  it('reads a company right after it was created, and its new name right after a rename', async () => {
    await gql(UPSERT_COMPANY, { input: { id: 'sme-rw', name: 'Lesen GmbH', postalCode: '58095' } });
    expect((await gql(COMPANY, { id: 'sme-rw' })).company).toEqual({ id: 'sme-rw', name: 'Lesen GmbH', postalCode: '58095', capabilities: [] });
    await gql(UPSERT_COMPANY, { input: { id: 'sme-rw', name: 'Lesen & Schreiben GmbH' } });
    expect((await gql(COMPANY, { id: 'sme-rw' })).company.name).toBe('Lesen & Schreiben GmbH');
  });

  it('reads capability claims right after they were replaced', async () => {
    await gql(SET_CAPABILITIES, { id: 'sme-rw', claims: [{ capabilityId: 'milling', level: 4 }, { capabilityId: 'harnesses', level: 2 }] });
    const claims = (await gql(COMPANY, { id: 'sme-rw' })).company.capabilities;
    expect(claims.map((claim: any) => [claim.capability.id, claim.level]).sort()).toEqual([['harnesses', 2], ['milling', 4]]);
    await gql(SET_CAPABILITIES, { id: 'sme-rw', claims: [{ capabilityId: 'ceramics', level: 3 }] });
    expect((await gql(COMPANY, { id: 'sme-rw' })).company.capabilities).toEqual([{ capability: { id: 'ceramics' }, level: 3 }]);
  });

  it('counts a new company in the list right after the write, and misses it right after the delete', async () => {
    const before = (await gql(COMPANY_COUNT)).companies.totalCount;
    await gql(UPSERT_COMPANY, { input: { id: 'sme-rw-2', name: 'Zweite GmbH' } });
    expect((await gql(COMPANY_COUNT)).companies.totalCount).toBe(before + 1);
    await gql(DELETE_COMPANY, { id: 'sme-rw-2' });
    expect((await gql(COMPANY_COUNT)).companies.totalCount).toBe(before);
    expect((await execute(COMPANY, { id: 'sme-rw-2' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

const COMPANY = 'query Company($id: ID!) { company(id: $id) { id name postalCode capabilities { capability { id } level } } }';
const COMPANY_COUNT = 'query CompanyCount { companies { totalCount } }';
const UPSERT_COMPANY = 'mutation UpsertCompany($input: CompanyInput!) { upsertCompany(input: $input) { id } }';
const SET_CAPABILITIES = 'mutation SetCapabilities($id: ID!, $claims: [CapabilityClaimInput!]!) { setCompanyCapabilities(companyId: $id, capabilities: $claims) { id } }';
const DELETE_COMPANY = 'mutation DeleteCompany($id: ID!) { deleteCompany(id: $id) }';
