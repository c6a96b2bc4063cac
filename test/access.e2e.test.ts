import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { addApiKey, loadApiKeys } from '../src/auth/api-keys';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { createTestApp, loadFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;
let http: { base: string; close(): Promise<void> };
let dir: string;
let staffKey: string;
let companyKey: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-keys-'));
  const file = path.join(dir, 'api-keys.json');
  staffKey = addApiKey(file, { kind: 'staff', name: 'Geschäftsstelle' });
  companyKey = addApiKey(file, { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' });
  t = await createTestApp({ apiKeys: loadApiKeys(file) });
  await loadFixture(t, SMALL_GRAPH);
  http = await serveForTest(t);
});

afterAll(async () => {
  await http.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A GraphQL request over HTTP, with the key (if any) as a bearer token. */
async function post(key: string | null, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${http.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: await response.json() };
}

const CLAIMS = '{ company(id: $id) { capabilities { capability { id } level evidenceLevel source } } }';
const claimsOf = async (id: string) =>
  (await post(staffKey, `query C($id: ID!) ${CLAIMS}`, { id })).body.data.company.capabilities;
const SET_CLAIMS = `mutation S($id: ID!, $claims: [CapabilityClaimInput!]!) {
  setCompanyCapabilities(companyId: $id, capabilities: $claims) { id } }`;

describe('API keys', () => {
  it('answer 401 without a key or with an unknown one; health and GraphiQL need none', async () => {
    const none = await post(null, '{ companies(first: 1) { totalCount } }');
    expect(none.status).toBe(401);
    expect(none.body.errors[0]).toEqual({
      message: 'An API key is required: send it as "Authorization: Bearer <key>"', extensions: { code: 'UNAUTHENTICATED' },
    });
    const unknown = await post('tg_not-a-key', '{ companies(first: 1) { totalCount } }');
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors[0].message).toBe('Unknown API key');
    expect((await fetch(`${http.base}/reports/capability-gaps.csv`)).status).toBe(401);

    expect((await fetch(`${http.base}/health`)).status).toBe(200);
    expect((await fetch(`${http.base}/graphiql`)).status).toBe(200);
    const me = await post(companyKey, '{ me { kind name companyId source isStaff company { name } } }');
    expect(me.body.data.me).toEqual({
      kind: 'COMPANY', name: 'Ceramics C', companyId: 'sme-c', source: 'self-service (sme-c)', isStaff: false, company: { name: 'Ceramics C GmbH' },
    });
    expect((await post(staffKey, '{ me { kind source isStaff company { name } } }')).body.data.me)
      .toEqual({ kind: 'STAFF', source: 'staff (Geschäftsstelle)', isStaff: true, company: null });
    const read = await post(companyKey, '{ companies(first: 1) { totalCount } }');
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
    expect(other.body.errors[0]).toMatchObject({
      message: "The key of 'sme-c' may not change company 'sme-d' (companyId)", extensions: { code: 'FORBIDDEN', field: 'companyId' },
    });
    expect(await claimsOf('sme-d')).toEqual(before);

    const verified = await post(companyKey, SET_CLAIMS, {
      id: 'sme-c', claims: [{ capabilityId: 'milling', level: 5 }, { capabilityId: 'composites', level: 5, evidenceLevel: 'VERIFIED' }],
    });
    expect(verified.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', field: 'capabilities[1].evidenceLevel' });
    expect((await claimsOf('sme-c')).map((c: any) => [c.capability.id, c.level])).toEqual([['armour-tiles', 4], ['milling', 3]]);

    const refused = async (query: string, variables?: Record<string, unknown>) => (await post(companyKey, query, variables)).body.errors[0];
    expect(await refused('mutation { deleteCompany(id: "sme-c") }')).toMatchObject({ message: 'Only network staff may delete companies' });
    // Who is a prime and who belongs to which network is kept by the network office.
    expect(await refused('mutation { upsertCompany(input: { id: "sme-c", name: "Ceramics C GmbH", isPrime: true }) { id } }'))
      .toMatchObject({ message: 'Only network staff may set isPrime', extensions: { code: 'FORBIDDEN', field: 'isPrime' } });
    expect(await refused('mutation { upsertCompany(input: { id: "sme-c", name: "Ceramics C GmbH", memberships: [{ networkId: "defence-nrw" }] }) { id } }'))
      .toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'memberships' } });
    expect(await refused('mutation { upsertCompany(input: { id: "sme-d", name: "Drehteile D KG" }) { id } }')).toMatchObject({ extensions: { field: 'id' } });
    expect(await refused('mutation { awardReadiness(assessmentId: "dr-any") { id } }')).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await refused('mutation { expireReadinessAssessments { id } }')).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await refused('mutation { startReadinessAssessment(companyId: "sme-d") { id } }')).toMatchObject({ extensions: { field: 'companyId' } });
    expect(await refused('mutation { addSupplyLink(input: { supplierId: "sme-d", customerId: "sme-e", programId: "prog-x" }) { id } }'))
      .toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'supplierId' } });
    expect(await refused('mutation { removeSupplyLink(id: "l-ey") { id } }')).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'id' } });
    const role = (buyerId: string) => `mutation { upsertSupplyRole(input: { id: "role-1", title: "Taken over", buyerId: "${buyerId}", tier: 2,
      requiredCapabilities: [{ capabilityId: "milling" }] }) { id } }`;
    expect(await refused(role('tier1-b'))).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'buyerId' } });
    // Not even by naming itself the buyer of another company's role.
    expect(await refused(role('sme-c'))).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'id' } });

    const check = await post(staffKey, '{ supplyRole(id: "role-1") { title buyer { id } } company(id: "sme-e") { customers { id } } }');
    expect(check.body.data.supplyRole).toEqual({ title: 'Armour tiles for add-on armour', buyer: { id: 'tier1-b' } });
    expect(check.body.data.company.customers).toEqual([{ id: 'l-ey' }]);

    const form = new FormData();
    form.append('file', new Blob(['Firmen-ID;Firma\nsme-z;Z GmbH\n']), 'firmen.csv');
    const upload = await fetch(`${http.base}/imports/companies`, { method: 'POST', body: form, headers: { authorization: `Bearer ${companyKey}` } });
    expect(upload.status).toBe(403);
  });

  it('walk the label: the company submits its own self-assessment, staff award it, the trail says who', async () => {
    const started = await post(companyKey, 'mutation { startReadinessAssessment(companyId: "sme-c") { id } }');
    const id = started.body.data.startReadinessAssessment.id;
    const answers = [
      'quality-management', 'documented-processes', 'clear-responsibilities', 'certifications', 'information-security',
      'security-clearance-readiness', 'export-control', 'capacity-and-delivery',
    ].map((criterionId) => ({ criterionId, fulfilled: true, evidence: 'Nachweis' }));
    const saved = await post(companyKey, 'mutation S($id: ID!, $input: ReadinessAnswersInput!) { saveReadinessAnswers(assessmentId: $id, input: $input) { id } }', {
      id, input: { answers, claimedCertificationIds: ['iso-9001'], productionEmployees: 20, onTimeDeliveryPercent: 96 },
    });
    expect(saved.body.errors).toBeUndefined();
    const submitted = await post(companyKey, 'mutation S($id: ID!) { submitReadinessAssessment(assessmentId: $id) { status } }', { id });
    expect(submitted.body.data.submitReadinessAssessment.status).toBe('IN_PLAUSIBILITY_CHECK');

    const awarded = await post(staffKey, 'mutation A($id: ID!) { awardReadiness(assessmentId: $id) { status events { to by } } }', { id });
    expect(awarded.body.data.awardReadiness).toEqual({
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
    const profile = await post(companyKey, 'mutation { upsertCompany(input: { id: "sme-c", name: "Ceramics C GmbH", employees: 34 }) { employees isPrime networks { network { id } } } }');
    expect(profile.body.errors).toBeUndefined();
    const { networks, ...rest } = profile.body.data.upsertCompany;
    expect(rest).toEqual({ employees: 34, isPrime: false });
    expect(networks.map((m: any) => m.network.id).sort()).toEqual(['bvmw-hagen', 'nmwp-nrw']);
  });

  it("show another company's self-assessment as its label only, and keep saved analyses for staff", async () => {
    const started = await post(staffKey, 'mutation { startReadinessAssessment(companyId: "sme-d") { id } }');
    const id = started.body.data.startReadinessAssessment.id;
    await post(staffKey, 'mutation S($id: ID!) { saveReadinessAnswers(assessmentId: $id, input: { answers: [{ criterionId: "quality-management", fulfilled: true, evidence: "ISO 9001" }], productionEmployees: 6 }) { id } }', { id });
    const FIELDS = '{ status complete score productionEmployees answers { score } events { to } }';

    const own = await post(staffKey, `{ company(id: "sme-d") { readiness ${FIELDS} } }`);
    expect(own.body.data.company.readiness).toEqual({
      status: 'DRAFT', complete: true, score: 0.125, productionEmployees: 6, answers: [{ score: 1 }], events: [{ to: 'DRAFT' }],
    });
    const label = { status: 'DRAFT', complete: false, score: 0.125, productionEmployees: null, answers: [], events: [] };
    expect((await post(companyKey, `{ company(id: "sme-d") { readiness ${FIELDS} } }`)).body.data.company.readiness).toEqual(label);
    expect((await post(companyKey, `query A($id: ID!) { readinessAssessment(assessmentId: $id) ${FIELDS} }`, { id })).body.data.readinessAssessment).toEqual(label);
    // Its own assessment a company sees whole.
    expect((await post(companyKey, '{ company(id: "sme-c") { readiness { complete events { to } } } }')).body.data.company.readiness.complete).toBe(true);

    const analysis = await post(companyKey, '{ runAnalysis(name: "members-without-certification", parameters: { networkId: "defence-nrw" }) { rowCount } }');
    expect(analysis.body.errors[0]).toMatchObject({ message: 'Only network staff may run saved analyses', extensions: { code: 'FORBIDDEN' } });
    const auth = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
    expect((await fetch(`${http.base}/reports/analyses/members-without-certification.json`, auth(companyKey))).status).toBe(403);
    expect((await fetch(`${http.base}/reports/analyses/members-without-certification.json?networkId=defence-nrw`, auth(staffKey))).status).toBe(200);
    // The network reports are for every key.
    expect((await fetch(`${http.base}/reports/capability-gaps.json`, auth(companyKey))).status).toBe(200);
  });

  it('name what is wrong in a broken keys file', () => {
    const file = path.join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify([{ sha256: 'a'.repeat(64), kind: 'company', name: 'No company' }]));
    expect(() => loadApiKeys(file)).toThrow(`API keys file ${file}, entry 0: a company key needs companyId`);
    writeFileSync(file, JSON.stringify([{ sha256: 'short', kind: 'staff', name: 'X' }]));
    expect(() => loadApiKeys(file)).toThrow(`API keys file ${file}, entry 0: sha256 must be 64 hex digits`);
  });
});
