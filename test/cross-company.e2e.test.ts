import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';

import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { GqlResult, graphStats, serveFixture, ServedFixture } from './helpers/test-app';

let t: ServedFixture<'staff' | 'ceramics'>;
let staffKey: string;
let ceramicsKey: string;

beforeAll(async () => {
  t = await serveFixture(SMALL_GRAPH, {
    keys: { staff: { kind: 'staff', name: 'Geschäftsstelle' }, ceramics: { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' } },
  });
  ({ staff: staffKey, ceramics: ceramicsKey } = t.keys);
});

afterAll(async () => {
  await t.driver.executeQuery("MATCH (person:ContactPerson {id: 'contact-d'}) DETACH DELETE person");
  await t.driver.executeQuery("MATCH (role:SupplyRole {id: 'role-race'}) DETACH DELETE role");
  await t.close();
});

async function post<Result, Variables>(key: string, document: TadaDocumentNode<Result, Variables>, variables?: Variables): Promise<GqlResult<Result>> {
  const response = await fetch(`${t.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as GqlResult<Result>;
}

const MILLING_D_CONTACT = { id: 'contact-d', name: 'Bernd Muster', function: 'Vertrieb', email: 'bernd.muster@sme-d.example' };

describe('writes stay inside the company being changed', () => {
  it("refuses a company's profile naming another company's contact person, for a company key and for staff; nothing changes", async () => {
    expect((await post(staffKey, UPSERT_CONTACTS, { input: { id: 'sme-d', name: 'Milling D GmbH', contacts: [MILLING_D_CONTACT] } })).errors).toBeUndefined();
    const before = await graphStats(t);
    const takeover = { id: 'contact-d', name: 'Übernommen', email: 'attacker@sme-c.example' };

    for (const key of [ceramicsKey, staffKey]) {
      const refused = await post(key, UPSERT_CONTACTS, {
        input: { id: 'sme-c', name: 'Ceramics C GmbH', contacts: [{ id: 'contact-c', name: 'Anna Beispiel' }, takeover] },
      });
      expect(refused.errors?.[0]).toMatchObject({
        message: "Invalid value for contacts[1].id: contact person 'contact-d' belongs to another company",
        extensions: { code: 'BAD_USER_INPUT', field: 'contacts[1].id' },
      });
    }

    expect(await graphStats(t)).toEqual(before);
    const contacts = await post(staffKey, CONTACTS, { c: 'sme-c', d: 'sme-d' });
    expect(contacts.data).toEqual({
      c: { contacts: [{ id: 'contact-c', name: 'Anna Beispiel', email: 'anna.beispiel@sme-c.example' }] },
      d: { contacts: [{ id: 'contact-d', name: 'Bernd Muster', email: 'bernd.muster@sme-d.example' }] },
    });
  });

  it('lists the saved analyses to staff only', async () => {
    const refused = await post(ceramicsKey, SAVED_ANALYSES);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only network staff may list the saved analyses', extensions: { code: 'FORBIDDEN' } });
    expect((await post(staffKey, SAVED_ANALYSES)).data?.savedAnalyses.length).toBeGreaterThanOrEqual(10);
  });

  it("refuses parallel upserts by a company key of another buyer's role; the role keeps its buyer", async () => {
    const role = (buyerId: string) => ({
      input: { id: 'role-race', title: `Role of ${buyerId}`, buyerId, tier: 2, requiredCapabilities: [{ capabilityId: 'milling' }] },
    });
    expect((await post(staffKey, UPSERT_ROLE, role('tier1-b'))).errors).toBeUndefined();
    const attempts = await Promise.all(Array.from({ length: 4 }, () => post(ceramicsKey, UPSERT_ROLE, role('sme-c'))));
    expect(attempts.map((attempt) => attempt.errors?.[0]?.extensions)).toEqual(Array(4).fill({ code: 'FORBIDDEN', field: 'id' }));
    expect((await post(staffKey, ROLE_BUYER, { id: 'role-race' })).data?.supplyRole?.buyer?.id).toBe('tier1-b');
  });
});

const UPSERT_CONTACTS = graphql(`
  mutation UpsertContacts($input: CompanyInput!) {
    upsertCompany(input: $input) { id }
  }`);

const CONTACTS = graphql(`
  query ContactsOfTwo($c: ID!, $d: ID!) {
    c: company(id: $c) { contacts { id name email } }
    d: company(id: $d) { contacts { id name email } }
  }`);

const SAVED_ANALYSES = graphql(`
  query SavedAnalysisNames {
    savedAnalyses { name }
  }`);

const UPSERT_ROLE = graphql(`
  mutation UpsertRaceRole($input: SupplyRoleInput!) {
    upsertSupplyRole(input: $input) { id }
  }`);

const ROLE_BUYER = graphql(`
  query RaceRoleBuyer($id: ID!) {
    supplyRole(id: $id) { buyer { id } }
  }`);
