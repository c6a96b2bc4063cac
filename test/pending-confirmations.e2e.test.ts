import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';

import { addApiKey, loadApiKeys } from '../src/auth/api-keys';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, GqlResult, loadFixture, removeFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;
let http: { base: string; close(): Promise<void> };
let dir: string;
const keys: Record<'staff' | 'smeC' | 'smeD' | 'smeF', string> = { staff: '', smeC: '', smeD: '', smeF: '' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-pending-'));
  const file = path.join(dir, 'api-keys.json');
  keys.staff = addApiKey(file, { kind: 'staff', name: 'Geschäftsstelle' });
  keys.smeC = addApiKey(file, { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' });
  keys.smeD = addApiKey(file, { kind: 'company', companyId: 'sme-d', name: 'Drehteile D' });
  keys.smeF = addApiKey(file, { kind: 'company', companyId: 'sme-f', name: 'Faser F' });
  t = await createTestApp({ apiKeys: loadApiKeys(file) });
  await loadFixture(t, SMALL_GRAPH);
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

describe('what waits for confirmation', () => {
  it('lists for staff the link, clearance and parent group company keys declared, and nothing once staff confirmed them', async () => {
    expect((await post(keys.staff, PENDING)).data?.pendingConfirmations).toEqual({ supplyLinks: [], clearances: [], parentGroups: [] });

    const link = await post(keys.smeF, ADD_LINK, { input: { supplierId: 'sme-f', customerId: 'tier1-b', programId: 'prog-x', product: 'blanks' } });
    await post(keys.smeC, UPSERT, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } });
    await post(keys.smeD, UPSERT, { input: { id: 'sme-d', name: 'Drehteile D KG', parentGroupId: 'tier1-b' } });

    expect((await post(keys.staff, PENDING)).data?.pendingConfirmations).toEqual({
      supplyLinks: [{
        id: link.data!.addSupplyLink.id, status: 'PENDING', product: 'blanks', program: { id: 'prog-x' },
        supplier: { id: 'sme-f' }, customer: { id: 'tier1-b' }, enteredBy: { id: 'sme-f' },
      }],
      clearances: [{ id: 'sme-c', securityClearance: 'GEHEIM', clearanceStatus: 'PENDING', parentGroup: null }],
      parentGroups: [{ id: 'sme-d', securityClearance: 'NONE', clearanceStatus: 'CONFIRMED', parentGroup: { id: 'tier1-b' } }],
    });

    await post(keys.staff, CONFIRM_LINK, { id: link.data!.addSupplyLink.id });
    await post(keys.staff, CONFIRM_CLEARANCE, { companyId: 'sme-c' });
    await post(keys.staff, CONFIRM_PARENT_GROUP, { companyId: 'sme-d' });
    expect((await post(keys.staff, PENDING)).data?.pendingConfirmations).toEqual({ supplyLinks: [], clearances: [], parentGroups: [] });
  });

  it('is refused to a company key', async () => {
    const refused = await post(keys.smeC, PENDING);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only network staff may list what waits for confirmation', extensions: { code: 'FORBIDDEN' } });
  });

  it('names the end that entered a link, and no end when staff entered it', async () => {
    const entered = await post(keys.smeD, ADD_LINK, { input: { supplierId: 'sme-d', customerId: 'prime-a', programId: 'prog-y' } });
    expect(entered.data?.addSupplyLink).toMatchObject({ status: 'PENDING', enteredBy: { id: 'sme-d' } });
    const byStaff = await post(keys.staff, ADD_LINK, { input: { supplierId: 'sme-e', customerId: 'prime-a', programId: 'prog-y' } });
    expect(byStaff.data?.addSupplyLink).toMatchObject({ status: 'CONFIRMED', enteredBy: null });
  });
});

const PENDING = graphql(`
  query PendingConfirmations {
    pendingConfirmations {
      supplyLinks { id status product program { id } supplier { id } customer { id } enteredBy { id } }
      clearances { id securityClearance clearanceStatus parentGroup { id } }
      parentGroups { id securityClearance clearanceStatus parentGroup { id } }
    }
  }`);

const ADD_LINK = graphql(`
  mutation AddLinkToConfirm($input: SupplyLinkInput!) {
    addSupplyLink(input: $input) { id status enteredBy { id } }
  }`);

const UPSERT = graphql(`
  mutation DeclareCompanyFacts($input: CompanyInput!) {
    upsertCompany(input: $input) { id }
  }`);

const CONFIRM_LINK = graphql(`
  mutation ConfirmListedLink($id: ID!) {
    confirmSupplyLink(id: $id) { id }
  }`);

const CONFIRM_CLEARANCE = graphql(`
  mutation ConfirmListedClearance($companyId: ID!) {
    confirmSecurityClearance(companyId: $companyId) { id }
  }`);

const CONFIRM_PARENT_GROUP = graphql(`
  mutation ConfirmListedParentGroup($companyId: ID!) {
    confirmParentGroup(companyId: $companyId) { id }
  }`);
