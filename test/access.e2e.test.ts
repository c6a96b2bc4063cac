import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';

import { loadApiKeys } from '../src/auth/api-keys';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { GqlResult, removeReadinessAssessments, serveFixture, ServedFixture } from './helpers/test-app';

let t: ServedFixture<'staff' | 'company'>;
/** Where the test of broken keys files writes them. */
let dir: string;
let staffKey: string;
let companyKey: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-keys-'));
  t = await serveFixture(SMALL_GRAPH, {
    keys: { staff: { kind: 'staff', name: 'Geschäftsstelle' }, company: { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' } },
  });
  ({ staff: staffKey, company: companyKey } = t.keys);
});

afterAll(async () => {
  await removeReadinessAssessments(t);
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A GraphQL request over HTTP, with the key (if any) as a bearer token. */
async function post<Result, Variables>(
  key: string | null,
  document: TadaDocumentNode<Result, Variables>,
  variables?: Variables,
): Promise<{ status: number; body: GqlResult<Result> }> {
  const response = await fetch(`${t.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, body: (await response.json()) as GqlResult<Result> };
}

const claimsOf = async (id: string) => (await post(staffKey, CLAIMS, { id })).body.data?.company?.capabilities;

describe('API keys', () => {
  it('answer 401 without a key or with an unknown one; health and GraphiQL need none', async () => {
    const none = await post(null, COMPANY_COUNT);
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]).toEqual({
      message: 'An API key is required: send it as "Authorization: Bearer <key>"', extensions: { code: 'UNAUTHENTICATED' },
    });
    const unknown = await post('tg_not-a-key', COMPANY_COUNT);
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0].message).toBe('Unknown API key');
    expect((await fetch(`${t.base}/reports/capability-gaps.csv`)).status).toBe(401);

    expect((await fetch(`${t.base}/health`)).status).toBe(200);
    expect((await fetch(`${t.base}/graphiql`)).status).toBe(200);
    const me = await post(companyKey, ME);
    expect(me.body.data?.me).toEqual({
      kind: 'COMPANY', name: 'Ceramics C', companyId: 'sme-c', source: 'self-service (sme-c)', isStaff: false, company: { name: 'Ceramics C GmbH' },
    });
    expect((await post(staffKey, ME_WITHOUT_NAME)).body.data?.me)
      .toEqual({ kind: 'STAFF', source: 'staff (Geschäftsstelle)', isStaff: true, company: null });
    const read = await post(companyKey, COMPANY_COUNT);
    // A company key reads the whole network: the six companies of the fixture.
    expect(read.body).toEqual({ data: { companies: { totalCount: 6 } } });
  });

  it('let a company change its own profile, recorded as self-service', async () => {
    const set = await post(companyKey, SET_CLAIMS, {
      id: 'sme-c', claims: [{ capabilityId: 'armour-tiles', level: 4 }, { capabilityId: 'milling', level: 3 }],
    });
    expect(set.body.errors).toBeUndefined();
    // Milling is now self-service; the verified armour tiles claim keeps its stronger source.
    expect(await claimsOf('sme-c')).toEqual([
      { capability: { id: 'armour-tiles' }, level: 4, evidenceLevel: 'VERIFIED', source: 'demo data' },
      { capability: { id: 'milling' }, level: 3, evidenceLevel: 'SELF_DECLARED', source: 'self-service (sme-c)' },
    ]);
  });

  it('refuse a company what belongs to other companies or to staff, and write nothing', async () => {
    const before = await claimsOf('sme-d');
    const other = await post(companyKey, SET_CLAIMS, { id: 'sme-d', claims: [{ capabilityId: 'milling', level: 1 }] });
    expect(other.body.errors?.[0]).toMatchObject({
      message: "The key of 'sme-c' may not change company 'sme-d' (companyId)", extensions: { code: 'FORBIDDEN', field: 'companyId' },
    });
    expect(await claimsOf('sme-d')).toEqual(before);

    const verified = await post(companyKey, SET_CLAIMS, {
      id: 'sme-c', claims: [{ capabilityId: 'milling', level: 5 }, { capabilityId: 'composites', level: 5, evidenceLevel: 'VERIFIED' }],
    });
    expect(verified.body.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', field: 'capabilities[1].evidenceLevel' });
    expect((await claimsOf('sme-c'))?.map((c) => [c.capability.id, c.level])).toEqual([['armour-tiles', 4], ['milling', 3]]);

    const refused = async <Result, Variables>(document: TadaDocumentNode<Result, Variables>, variables: Variables) =>
      (await post(companyKey, document, variables)).body.errors?.[0];
    expect(await refused(DELETE_COMPANY, { id: 'sme-c' })).toMatchObject({ message: 'Only network staff may delete companies' });
    // Who is a prime and who belongs to which network is kept by the network office.
    expect(await refused(UPSERT_COMPANY, { input: { id: 'sme-c', name: 'Ceramics C GmbH', isPrime: true } }))
      .toMatchObject({ message: 'Only network staff may set isPrime', extensions: { code: 'FORBIDDEN', field: 'isPrime' } });
    expect(await refused(UPSERT_COMPANY, { input: { id: 'sme-c', name: 'Ceramics C GmbH', memberships: [{ networkId: 'defence-nrw' }] } }))
      .toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'memberships' } });
    expect(await refused(UPSERT_COMPANY, { input: { id: 'sme-d', name: 'Drehteile D KG' } })).toMatchObject({ extensions: { field: 'id' } });
    expect(await refused(AWARD, { id: 'dr-any' })).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await refused(EXPIRE, {})).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await refused(START, { companyId: 'sme-d' })).toMatchObject({ extensions: { field: 'companyId' } });
    expect(await refused(ADD_LINK, { input: { supplierId: 'sme-d', customerId: 'sme-e', programId: 'prog-x' } }))
      .toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'supplierId' } });
    expect(await refused(REMOVE_LINK, { id: 'l-ey' })).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'id' } });
    const role = (buyerId: string) => ({
      input: { id: 'role-1', title: 'Taken over', buyerId, tier: 2, requiredCapabilities: [{ capabilityId: 'milling' }] },
    });
    expect(await refused(UPSERT_ROLE, role('tier1-b'))).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'buyerId' } });
    // Not even by naming itself the buyer of another company's role.
    expect(await refused(UPSERT_ROLE, role('sme-c'))).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'id' } });

    const check = await post(staffKey, ROLE_AND_CUSTOMERS, { roleId: 'role-1', companyId: 'sme-e' });
    expect(check.body.data?.supplyRole).toEqual({ title: 'Armour tiles for add-on armour', buyer: { id: 'tier1-b' } });
    expect(check.body.data?.company?.customers).toEqual([{ id: 'l-ey' }]);

    const form = new FormData();
    form.append('file', new Blob(['Firmen-ID;Firma\nsme-z;Z GmbH\n']), 'firmen.csv');
    const upload = await fetch(`${t.base}/imports/companies`, { method: 'POST', body: form, headers: { authorization: `Bearer ${companyKey}` } });
    expect(upload.status).toBe(403);
  });

  it('walk the label: the company submits its own self-assessment, staff award it, the trail says who', async () => {
    const started = await post(companyKey, START, { companyId: 'sme-c' });
    const id = started.body.data!.startReadinessAssessment.id;
    const answers = [
      'quality-management', 'documented-processes', 'clear-responsibilities', 'certifications', 'information-security',
      'security-clearance-readiness', 'export-control', 'capacity-and-delivery',
    ].map((criterionId) => ({ criterionId, fulfilled: true, evidence: 'Nachweis' }));
    const saved = await post(companyKey, SAVE_ANSWERS, {
      id, input: { answers, claimedCertificationIds: ['iso-9001'], productionEmployees: 20, onTimeDeliveryPercent: 96 },
    });
    expect(saved.body.errors).toBeUndefined();
    const submitted = await post(companyKey, SUBMIT, { id });
    expect(submitted.body.data?.submitReadinessAssessment.status).toBe('IN_PLAUSIBILITY_CHECK');

    const awarded = await post(staffKey, AWARD_WITH_TRAIL, { id });
    expect(awarded.body.data?.awardReadiness).toEqual({
      status: 'AWARDED',
      events: [
        { to: 'DRAFT', by: 'self-service (sme-c)' }, { to: 'SUBMITTED', by: 'self-service (sme-c)' },
        { to: 'IN_PLAUSIBILITY_CHECK', by: 'plausibility check' }, { to: 'AWARDED', by: 'staff (Geschäftsstelle)' },
      ],
    });

    // Staff record verified evidence for any company.
    const staff = await post(staffKey, SET_CLAIMS, { id: 'sme-d', claims: [{ capabilityId: 'milling', level: 5, evidenceLevel: 'VERIFIED' }] });
    expect(staff.body.errors).toBeUndefined();
    expect(await claimsOf('sme-d')).toEqual([
      { capability: { id: 'milling' }, level: 5, evidenceLevel: 'VERIFIED', source: 'staff (Geschäftsstelle)' },
    ]);
    // A company updates its own profile; what it leaves out stays.
    const profile = await post(companyKey, UPSERT_PROFILE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', employees: 34 } });
    expect(profile.body.errors).toBeUndefined();
    const { networks, ...rest } = profile.body.data!.upsertCompany;
    expect(rest).toEqual({ employees: 34, isPrime: false });
    expect(networks.map((m) => m.network.id).sort()).toEqual(['bvmw-hagen', 'nmwp-nrw']);
  });

  it("show another company's self-assessment as its label only, and keep saved analyses for staff", async () => {
    const started = await post(staffKey, START, { companyId: 'sme-d' });
    const id = started.body.data!.startReadinessAssessment.id;
    await post(staffKey, SAVE_ANSWERS, {
      id, input: { answers: [{ criterionId: 'quality-management', fulfilled: true, evidence: 'ISO 9001' }], productionEmployees: 6 },
    });

    const own = await post(staffKey, COMPANY_READINESS, { id: 'sme-d' });
    expect(own.body.data?.company?.readiness).toEqual({
      status: 'DRAFT', complete: true, score: 0.125, productionEmployees: 6, answers: [{ score: 1 }], events: [{ to: 'DRAFT' }],
    });
    const label = { status: 'DRAFT', complete: false, score: 0.125, productionEmployees: null, answers: [], events: [] };
    expect((await post(companyKey, COMPANY_READINESS, { id: 'sme-d' })).body.data?.company?.readiness).toEqual(label);
    expect((await post(companyKey, READINESS_ASSESSMENT, { id })).body.data?.readinessAssessment).toEqual(label);
    // Its own assessment a company sees whole.
    expect((await post(companyKey, OWN_READINESS, { id: 'sme-c' })).body.data?.company?.readiness?.complete).toBe(true);

    const analysis = await post(companyKey, RUN_MEMBERS_WITHOUT_CERTIFICATION);
    expect(analysis.body.errors?.[0]).toMatchObject({ message: 'Only network staff may run saved analyses', extensions: { code: 'FORBIDDEN' } });
    const auth = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
    expect((await fetch(`${t.base}/reports/analyses/members-without-certification.json`, auth(companyKey))).status).toBe(403);
    expect((await fetch(`${t.base}/reports/analyses/members-without-certification.json?networkId=defence-nrw`, auth(staffKey))).status).toBe(200);
    // The network reports are for every key.
    expect((await fetch(`${t.base}/reports/capability-gaps.json`, auth(companyKey))).status).toBe(200);
  });

  it('name what is wrong in a broken keys file', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify([{ sha256: 'a'.repeat(64), kind: 'company', name: 'No company' }]));
    expect(() => loadApiKeys(file)).toThrow(`API keys file ${file}, entry 0: a company key needs companyId`);
    writeFileSync(file, JSON.stringify([{ sha256: 'short', kind: 'staff', name: 'X' }]));
    expect(() => loadApiKeys(file)).toThrow(`API keys file ${file}, entry 0: sha256 must be 64 hex digits`);
  });
});

const COMPANY_COUNT = graphql(`
  query CompanyCount {
    companies(first: 1) { totalCount }
  }`);

const ME = graphql(`
  query Me {
    me { kind name companyId source isStaff company { name } }
  }`);

const ME_WITHOUT_NAME = graphql(`
  query MeWithoutName {
    me { kind source isStaff company { name } }
  }`);

const CLAIMS = graphql(`
  query Claims($id: ID!) {
    company(id: $id) { capabilities { capability { id } level evidenceLevel source } }
  }`);

const SET_CLAIMS = graphql(`
  mutation SetClaims($id: ID!, $claims: [CapabilityClaimInput!]!) {
    setCompanyCapabilities(companyId: $id, capabilities: $claims) { id }
  }`);

const DELETE_COMPANY = graphql(`
  mutation DeleteCompany($id: ID!) {
    deleteCompany(id: $id)
  }`);

const UPSERT_COMPANY = graphql(`
  mutation UpsertCompany($input: CompanyInput!) {
    upsertCompany(input: $input) { id }
  }`);

const UPSERT_PROFILE = graphql(`
  mutation UpsertProfile($input: CompanyInput!) {
    upsertCompany(input: $input) { employees isPrime networks { network { id } } }
  }`);

const START = graphql(`
  mutation Start($companyId: ID!) {
    startReadinessAssessment(companyId: $companyId) { id }
  }`);

const SAVE_ANSWERS = graphql(`
  mutation SaveAnswers($id: ID!, $input: ReadinessAnswersInput!) {
    saveReadinessAnswers(assessmentId: $id, input: $input) { id }
  }`);

const SUBMIT = graphql(`
  mutation Submit($id: ID!) {
    submitReadinessAssessment(assessmentId: $id) { status }
  }`);

const AWARD = graphql(`
  mutation Award($id: ID!) {
    awardReadiness(assessmentId: $id) { id }
  }`);

const AWARD_WITH_TRAIL = graphql(`
  mutation AwardWithTrail($id: ID!) {
    awardReadiness(assessmentId: $id) { status events { to by } }
  }`);

const EXPIRE = graphql(`
  mutation Expire {
    expireReadinessAssessments { id }
  }`);

const ADD_LINK = graphql(`
  mutation AddLink($input: SupplyLinkInput!) {
    addSupplyLink(input: $input) { id }
  }`);

const REMOVE_LINK = graphql(`
  mutation RemoveLink($id: ID!) {
    removeSupplyLink(id: $id) { id }
  }`);

const UPSERT_ROLE = graphql(`
  mutation UpsertRole($input: SupplyRoleInput!) {
    upsertSupplyRole(input: $input) { id }
  }`);

const ROLE_AND_CUSTOMERS = graphql(`
  query RoleAndCustomers($roleId: ID!, $companyId: ID!) {
    supplyRole(id: $roleId) { title buyer { id } }
    company(id: $companyId) { customers { id } }
  }`);

const READINESS_FIELDS = graphql(`
  fragment ReadinessFields on ReadinessAssessment {
    status complete score productionEmployees answers { score } events { to }
  }`);

const COMPANY_READINESS = graphql(`
  query CompanyReadiness($id: ID!) {
    company(id: $id) { readiness { ...ReadinessFields } }
  }`, [READINESS_FIELDS]);

const READINESS_ASSESSMENT = graphql(`
  query ReadinessAssessment($id: ID!) {
    readinessAssessment(assessmentId: $id) { ...ReadinessFields }
  }`, [READINESS_FIELDS]);

const OWN_READINESS = graphql(`
  query OwnReadiness($id: ID!) {
    company(id: $id) { readiness { complete events { to } } }
  }`);

const RUN_MEMBERS_WITHOUT_CERTIFICATION = graphql(`
  query RunMembersWithoutCertification {
    runAnalysis(name: "members-without-certification", parameters: { networkId: "defence-nrw" }) { rowCount }
  }`);
