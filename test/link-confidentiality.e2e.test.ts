import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TadaDocumentNode } from 'gql.tada';

import { addApiKey, loadApiKeys } from '../src/auth/api-keys';
import { DemoData } from '../src/demo-data/demo-data';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, GqlResult, loadFixture, postWithKey, removeFixture, serveForTest, TestApp } from './helpers/test-app';

/**
 * The small graph plus role-team (buyer sme-d, prog-x: armour tiles >= 4 and harnesses >= 3, both mandatory), which
 * only sme-c (armour tiles 4) and sme-e (harnesses 3) together meet.
 *
 * Supply links that matter here (all confirmed, none shareable at first):
 *   l-cx  sme-c -> tier1-b (prog-x): for role-1 (buyer tier1-b, prog-x, led by prime-a) sme-c supplies the buyer, the
 *         program and the prime (relationship score 1); for role-team it supplies the program and the prime (0.8)
 *   l-ey  sme-e -> tier1-b (prog-y, also led by prime-a): for role-team sme-e supplies the prime (0.6)
 * The key of sme-f is at neither end of either link; tier1-b is the other end of both.
 *
 * role-team's scores by hand (buyer sme-d in Lüdenscheid): sme-c 0.2 + 0.2 + 0.075 + 0.15 * 0.9365 (19.1 km) + 0.08
 * = 0.6955; sme-e 0.2 + 0.2 + 0 + 0.15 * 0.811 (56.7 km) + 0.06 = 0.5817.
 */
const GRAPH: DemoData = {
  ...SMALL_GRAPH,
  supplyRoles: [
    ...SMALL_GRAPH.supplyRoles,
    {
      id: 'role-team', title: 'Armoured cable ducts', description: null, product: 'cable ducts', buyerId: 'sme-d', programId: 'prog-x',
      tier: 3, status: 'OPEN', securityClearance: 'NONE', quantity: 10, deadline: '2027-09-01', location: null, regionId: null, maxDistanceKm: null,
      requiredCapabilities: [{ capabilityId: 'armour-tiles', minLevel: 4, mandatory: true }, { capabilityId: 'harnesses', minLevel: 3, mandatory: true }],
      requiredCertifications: [],
    },
  ],
};

let t: TestApp;
let http: { base: string; close(): Promise<void> };
let dir: string;
/** The company keys of the suite, by the name the tests use. */
const COMPANY_KEYS = { smeC: 'sme-c', smeE: 'sme-e', smeF: 'sme-f', tier1B: 'tier1-b' } as const;
const keys: Record<'staff' | keyof typeof COMPANY_KEYS, string> = { staff: '', smeC: '', smeE: '', smeF: '', tier1B: '' };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiergraph-link-confidentiality-'));
  const file = path.join(dir, 'api-keys.json');
  keys.staff = addApiKey(file, { kind: 'staff', name: 'Geschäftsstelle' });
  for (const [name, companyId] of Object.entries(COMPANY_KEYS)) {
    keys[name as keyof typeof COMPANY_KEYS] = addApiKey(file, { kind: 'company', companyId, name: companyId });
  }
  t = await createTestApp({ apiKeys: loadApiKeys(file) });
  await loadFixture(t, GRAPH);
  http = await serveForTest(t);
});

afterAll(async () => {
  await Promise.all([http.close(), removeFixture(t)]);
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = <Result, Variables>(key: string, document: TadaDocumentNode<Result, Variables>, variables?: Variables): Promise<GqlResult<Result>> =>
  postWithKey(http.base, key, document, variables);

/** Both ends mark a link shareable (or withdraw it), each by its own key. */
async function share(linkId: string, endKeys: string[], shareable: boolean): Promise<void> {
  for (const key of endKeys) {
    const { errors } = await post(key, SET_SHAREABLE, { id: linkId, shareable });
    expect(errors).toBeUndefined();
  }
}

const ALL_TIES = ['SUPPLIES_BUYER', 'SUPPLIES_PROGRAM', 'SUPPLIES_PRIME'];
const relationshipEntry = (confidential: boolean) => ({ criterion: 'RELATIONSHIP', score: 1, weight: 0.1, contribution: 0.1, confidential });

describe('matching for a company key at neither end of a link', () => {
  it('lists no tie resting on the hidden link, while the score and ranking still count it', async () => {
    const staff = (await post(keys.staff, ROLE_ONE_MATCHES)).data?.matchSuppliers.matches;
    const other = (await post(keys.smeF, ROLE_ONE_MATCHES)).data?.matchSuppliers.matches;
    expect(staff?.map((m) => [m.company.id, m.relationships])).toEqual([['sme-c', ALL_TIES]]);
    expect(other?.map((m) => [m.company.id, m.relationships])).toEqual([['sme-c', []]]);
    expect(other?.[0].score).toBe(staff?.[0].score);
    expect(staff?.[0].breakdown.find((entry) => entry.criterion === 'RELATIONSHIP')).toEqual(relationshipEntry(false));
    expect(other?.[0].breakdown.find((entry) => entry.criterion === 'RELATIONSHIP')).toEqual(relationshipEntry(true));
    expect(other?.[0].breakdown.filter((entry) => entry.confidential).map((entry) => entry.criterion)).toEqual(['RELATIONSHIP']);
  });

  it('hides the tie of an ad-hoc requirement naming the buyer and program in the same way', async () => {
    const requirement = { buyerId: 'tier1-b', programId: 'prog-x', requiredCapabilities: [{ capabilityId: 'ceramics', minLevel: 3 }] };
    const ties = async (key: string) => (await post(key, REQUIREMENT_MATCHES, { requirement })).data?.matchSuppliersForRequirement.matches
      .map((m) => [m.company.id, m.relationships]);
    expect(await ties(keys.staff)).toEqual([['sme-c', ALL_TIES]]);
    expect(await ties(keys.smeF)).toEqual([['sme-c', []]]);
  });

  it("hides the ties in another company's where-do-I-fit, and shows the company its own", async () => {
    const fit = async (key: string) => {
      const report = (await post(key, FIT_OF_C)).data?.whereDoIFit;
      return [...(report?.qualifying ?? []), ...(report?.nearMisses ?? [])].map((m) => [m.role?.id, m.relationships]);
    };
    // role-team's buyer sme-d shares BVMW Hagen with sme-c: no supply link, so shown to everyone.
    const own = [['role-1', ALL_TIES], ['role-team', ['SUPPLIES_PROGRAM', 'SUPPLIES_PRIME', 'SHARES_NETWORK']]];
    expect(await fit(keys.smeC)).toEqual(own);
    expect(await fit(keys.staff)).toEqual(own);
    expect(await fit(keys.smeF)).toEqual([['role-1', []], ['role-team', ['SHARES_NETWORK']]]);
  });

  it('shows the ties to both ends of the link and to staff', async () => {
    for (const key of [keys.staff, keys.smeC, keys.tier1B]) {
      const match = (await post(key, ROLE_ONE_MATCHES)).data?.matchSuppliers.matches[0];
      expect(match?.relationships).toEqual(ALL_TIES);
      expect(match?.breakdown.find((entry) => entry.criterion === 'RELATIONSHIP')?.confidential).toBe(false);
    }
  });

  it('shows the ties to every key once both ends marked the link shareable, not when one did', async () => {
    try {
      await share('l-cx', [keys.smeC], true);
      expect((await post(keys.smeF, ROLE_ONE_MATCHES)).data?.matchSuppliers.matches[0].relationships).toEqual([]);
      await share('l-cx', [keys.tier1B], true);
      const match = (await post(keys.smeF, ROLE_ONE_MATCHES)).data?.matchSuppliers.matches[0];
      expect(match?.relationships).toEqual(ALL_TIES);
      expect(match?.breakdown.find((entry) => entry.criterion === 'RELATIONSHIP')).toEqual(relationshipEntry(false));
    } finally {
      await share('l-cx', [keys.smeC, keys.tier1B], false);
    }
  });
});

describe('consortia for a company key', () => {
  const teams = async (key: string) => (await post(key, TEAMS)).data?.consortia.consortia
    .map((team) => team.members.map((member) => [member.company.id, member.isLead, member.score]));

  // Staff: sme-c supplies the program (chain distance 2), sme-e only the prime (3): sme-c leads.
  it('chooses the lead by the links the caller sees, with the same scores for everyone', async () => {
    expect(await teams(keys.staff)).toEqual([[['sme-c', true, 0.6955], ['sme-e', false, 0.5817]]]);
    // Both links hidden from sme-f: neither is closer, so the better score leads.
    expect(await teams(keys.smeF)).toEqual([[['sme-c', true, 0.6955], ['sme-e', false, 0.5817]]]);
    try {
      await share('l-ey', [keys.smeE, keys.tier1B], true);
      // sme-f now sees sme-e supply the prime, and nothing of sme-c's tie: sme-e leads for it, not for staff or sme-c.
      expect(await teams(keys.smeF)).toEqual([[['sme-e', true, 0.5817], ['sme-c', false, 0.6955]]]);
      expect(await teams(keys.smeC)).toEqual([[['sme-c', true, 0.6955], ['sme-e', false, 0.5817]]]);
      expect(await teams(keys.staff)).toEqual([[['sme-c', true, 0.6955], ['sme-e', false, 0.5817]]]);
    } finally {
      await share('l-ey', [keys.smeE, keys.tier1B], false);
    }
  });
});

/**
 * Suppliers into prog-x (l-bx, l-cx, l-dx, l-fx): armour tiles only sme-c (share 1), composites only sme-f (share 1).
 * Each company is its own group. sme-e is at neither end of any prog-x link.
 */
describe('the concentration report scoped to a program', () => {
  const largestGroups = async (key: string) => Object.fromEntries(((await post(key, CONCENTRATION_X)).data?.concentration ?? [])
    .filter((entry) => ['armour-tiles', 'composites'].includes(entry.capability.id))
    .map((entry) => [entry.capability.id, [entry.supplierCount, entry.largestGroup?.id ?? null, entry.largestGroupShare, entry.largestRegion?.id]]));

  it('names no group tied to the program only by links hidden from the caller, and gives the shares', async () => {
    expect(await largestGroups(keys.staff)).toEqual({ 'armour-tiles': [1, 'sme-c', 1, 'hagen'], composites: [1, 'sme-f', 1, 'hagen'] });
    expect(await largestGroups(keys.smeE)).toEqual({ 'armour-tiles': [1, null, 1, 'hagen'], composites: [1, null, 1, 'hagen'] });
    expect(await largestGroups(keys.smeC)).toEqual({ 'armour-tiles': [1, 'sme-c', 1, 'hagen'], composites: [1, null, 1, 'hagen'] });
  });

  it('names the group once both ends shared its link, and the report route follows the same rule', async () => {
    const reportRows = async (key: string) => {
      const response = await fetch(`${http.base}/reports/concentration.json?program=prog-x`, { headers: { authorization: `Bearer ${key}` } });
      const body = (await response.json()) as { rows: Record<string, unknown>[] };
      return Object.fromEntries(body.rows
        .filter((row) => ['Keramische Schutzkacheln', 'Faserverbundwerkstoffe'].includes(String(row['Fähigkeit'])))
        .map((row) => [row['Fähigkeit'], row['Größte Gruppe']]));
    };
    expect(await reportRows(keys.smeE)).toEqual({ 'Keramische Schutzkacheln': 'vertrauliche Gruppe', Faserverbundwerkstoffe: 'vertrauliche Gruppe' });
    expect(await reportRows(keys.staff)).toEqual({ 'Keramische Schutzkacheln': 'Ceramics C GmbH', Faserverbundwerkstoffe: 'Faser F GmbH' });
    try {
      await share('l-cx', [keys.smeC, keys.tier1B], true);
      expect(await largestGroups(keys.smeE)).toEqual({ 'armour-tiles': [1, 'sme-c', 1, 'hagen'], composites: [1, null, 1, 'hagen'] });
      expect(await reportRows(keys.smeE)).toEqual({ 'Keramische Schutzkacheln': 'Ceramics C GmbH', Faserverbundwerkstoffe: 'vertrauliche Gruppe' });
    } finally {
      await share('l-cx', [keys.smeC, keys.tier1B], false);
    }
  });

  it('names every group when scoped to a network or region, where no link decides who is in scope', async () => {
    const entries = (await post(keys.smeE, CONCENTRATION_HAGEN)).data?.concentration ?? [];
    expect(entries.find((entry) => entry.capability.id === 'composites')?.largestGroup?.id).toBe('sme-f');
  });
});

const MATCH_FIELDS = graphql(`
  fragment MatchFields on SupplierMatch {
    company { id } score relationships breakdown { criterion score weight contribution confidential }
  }
`);

const ROLE_ONE_MATCHES = graphql(`
  query RoleOneMatches { matchSuppliers(roleId: "role-1") { matches { ...MatchFields } } }
`, [MATCH_FIELDS]);

const REQUIREMENT_MATCHES = graphql(`
  query RequirementMatches($requirement: RequirementInput!) {
    matchSuppliersForRequirement(requirement: $requirement) { matches { company { id } relationships } }
  }
`);

const FIT_OF_C = graphql(`
  query FitOfC {
    whereDoIFit(companyId: "sme-c") { qualifying { role { id } relationships } nearMisses { role { id } relationships } }
  }
`);

const TEAMS = graphql(`
  query Teams { consortia(roleId: "role-team", maxPartners: 2) { consortia { members { company { id } isLead score } } } }
`);

const CONCENTRATION_X = graphql(`
  query ConcentrationX {
    concentration(scope: { programId: "prog-x" }) { capability { id } supplierCount largestGroup { id } largestGroupShare largestRegion { id } }
  }
`);

const CONCENTRATION_HAGEN = graphql(`
  query ConcentrationHagen { concentration(scope: { regionId: "hagen" }) { capability { id } largestGroup { id } } }
`);

const SET_SHAREABLE = graphql(`
  mutation SetShareable($id: ID!, $shareable: Boolean!) { setSupplyLinkShareable(id: $id, shareable: $shareable) { id } }
`);
