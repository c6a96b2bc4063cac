import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';

import { addApiKey, loadApiKeys } from '../src/auth/api-keys';
import { DemoData } from '../src/demo-data/demo-data';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, GqlResult, loadFixture, reloadFixture, removeFixture, serveForTest, TestApp } from './helpers/test-app';

/**
 * The small graph plus role-g: buyer tier1-b, prog-x, ceramics >= 3 and clearance GEHEIM. Only sme-c claims
 * ceramics (armour tiles 4, a narrower capability); it has no clearance in the fixture.
 */
const GRAPH: DemoData = {
  ...SMALL_GRAPH,
  supplyRoles: [
    ...SMALL_GRAPH.supplyRoles,
    {
      id: 'role-g', title: 'Classified armour tiles', description: null, product: 'armour tiles', buyerId: 'tier1-b', programId: 'prog-x',
      tier: 2, status: 'OPEN', securityClearance: 'GEHEIM', quantity: 10, deadline: '2027-09-01', location: null, regionId: null,
      maxDistanceKm: null, requiredCapabilities: [{ capabilityId: 'ceramics', minLevel: 3, mandatory: true }], requiredCertifications: [],
    },
  ],
};

let t: TestApp;
let http: { base: string; close(): Promise<void> };
let dir: string;
const keys: Record<'staff' | 'smeC' | 'smeD' | 'tier1B', string> = { staff: '', smeC: '', smeD: '', tier1B: '' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-second-voice-'));
  const file = path.join(dir, 'api-keys.json');
  keys.staff = addApiKey(file, { kind: 'staff', name: 'Geschäftsstelle' });
  keys.smeC = addApiKey(file, { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' });
  keys.smeD = addApiKey(file, { kind: 'company', companyId: 'sme-d', name: 'Drehteile D' });
  keys.tier1B = addApiKey(file, { kind: 'company', companyId: 'tier1-b', name: 'Tier One B' });
  t = await createTestApp({ apiKeys: loadApiKeys(file) });
  await loadFixture(t, GRAPH);
  http = await serveForTest(t);
});

afterAll(async () => {
  await http.close();
  await removeFixture(t);
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post<Result, Variables>(key: string, document: TadaDocumentNode<Result, Variables>, variables?: Variables): Promise<GqlResult<Result>> {
  const response = await fetch(`${http.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as GqlResult<Result>;
}

describe('a security clearance a company declares itself', () => {
  afterAll(() => reloadFixture(t, GRAPH));

  it('makes an SME eligible for a GEHEIM role only once staff confirm it', async () => {
    const before = await post(keys.staff, GEHEIM_MATCHES);
    expect(before.data?.matchSuppliers).toEqual({
      eligibleCount: 0,
      matches: [{ company: { id: 'sme-c' }, eligible: false, missing: [{ reason: 'CLEARANCE_TOO_LOW', description: 'Security clearance GEHEIM: clearance too low' }] }],
    });

    const declared = await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } });
    expect(declared.data?.upsertCompany).toEqual({ securityClearance: 'GEHEIM', clearanceStatus: 'PENDING' });
    const pending = await post(keys.smeC, GEHEIM_MATCHES);
    expect(pending.data?.matchSuppliers).toEqual({
      eligibleCount: 0,
      matches: [{
        company: { id: 'sme-c' }, eligible: false,
        missing: [{ reason: 'CLEARANCE_NOT_CONFIRMED', description: 'Security clearance GEHEIM: clearance self-declared, not confirmed' }],
      }],
    });
    // Saving the profile again with the same clearance does not make it look confirmed, nor does the company confirm itself.
    expect((await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } }))
      .data?.upsertCompany.clearanceStatus).toBe('PENDING');
    expect((await post(keys.smeC, CONFIRM_CLEARANCE, { companyId: 'sme-c' })).errors?.[0])
      .toMatchObject({ message: 'Only network staff may confirm a security clearance', extensions: { code: 'FORBIDDEN' } });

    const confirmed = await post(keys.staff, CONFIRM_CLEARANCE, { companyId: 'sme-c' });
    expect(confirmed.data?.confirmSecurityClearance).toEqual({ securityClearance: 'GEHEIM', clearanceStatus: 'CONFIRMED' });
    const after = await post(keys.smeC, GEHEIM_MATCHES);
    expect(after.data?.matchSuppliers).toEqual({ eligibleCount: 1, matches: [{ company: { id: 'sme-c' }, eligible: true, missing: [] }] });

    // Re-sending the confirmed clearance keeps it confirmed; declaring a different one waits for staff again.
    expect((await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } }))
      .data?.upsertCompany.clearanceStatus).toBe('CONFIRMED');
    expect((await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'VS_NFD' } }))
      .data?.upsertCompany.clearanceStatus).toBe('PENDING');
  });

  it('is confirmed when staff set it', async () => {
    const set = await post(keys.staff, SET_CLEARANCE, { input: { id: 'sme-d', name: 'Drehteile D KG', securityClearance: 'VS_NFD' } });
    expect(set.data?.upsertCompany).toEqual({ securityClearance: 'VS_NFD', clearanceStatus: 'CONFIRMED' });
  });
});

const GEHEIM_MATCHES = graphql(`
  query GeheimMatches {
    matchSuppliers(roleId: "role-g", options: { includeNearMisses: true }) {
      eligibleCount
      matches { company { id } eligible missing { reason description } }
    }
  }`);

const SET_CLEARANCE = graphql(`
  mutation SetClearance($input: CompanyInput!) {
    upsertCompany(input: $input) { securityClearance clearanceStatus }
  }`);

const CONFIRM_CLEARANCE = graphql(`
  mutation ConfirmClearance($companyId: ID!) {
    confirmSecurityClearance(companyId: $companyId) { securityClearance clearanceStatus }
  }`);
