import { DemoData } from '../src/demo-data/demo-data';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, loadFixture, removeFixture, TestApp } from './helpers/test-app';

/*
 * The partner ranking lives in cypher/match/partners-for-gaps.cypher; these suggestions are worked out by hand.
 * sme-s (milling 5, at 51.0° N 8.0° E) misses two open roles of tier1-b, both needing milling >= 3:
 *   role-weld        also welding >= 3                      (one gap: the first near miss, search 0)
 *   role-weld-paint  also painting >= 2 and welding >= 3    (two gaps: search 1)
 * Possible partners, due north of sme-s on 8.0° E (0.01° of latitude is 1.113 km), and the roles they help with:
 *   both     welding 4, painting 3   51.36°  40.075 km -> 40.1   both roles
 *   far      laser-welding 3         51.72°  80.150 km -> 80.2   both roles (laser welding is narrower than welding)
 *   nowhere  welding 5               no location                 both roles
 *   near-a   painting 2              51.045°  5.009 km -> 5.0    role-weld-paint
 *   near-b   painting 2              51.045°  5.009 km -> 5.0    role-weld-paint
 * Never suggested: weak (welding 1, below the level, 1.0 km away) and tier1-b (welding 5, but the roles' buyer).
 */
const PARTNER_GRAPH: DemoData = {
  ...SMALL_GRAPH,
  capabilities: [
    ...SMALL_GRAPH.capabilities,
    { id: 'welding', name: 'Welding', nameDe: 'Schweißen', parentId: 'manufacturing', nsc: null, description: null },
    { id: 'laser-welding', name: 'Laser welding', nameDe: 'Laserschweißen', parentId: 'welding', nsc: null, description: null },
    { id: 'painting', name: 'Painting', nameDe: 'Lackieren', parentId: 'manufacturing', nsc: null, description: null },
  ],
  companies: [
    ...SMALL_GRAPH.companies,
    company('sme-s', 51, 8),
    company('both', 51.36, 8),
    company('near-b', 51.045, 8),
    company('near-a', 51.045, 8),
    company('far', 51.72, 8),
    company('nowhere', null, null),
    company('weak', 51.009, 8),
  ],
  capabilityClaims: [
    ...SMALL_GRAPH.capabilityClaims,
    claim('sme-s', 'milling', 5),
    claim('both', 'welding', 4),
    claim('both', 'painting', 3),
    claim('near-b', 'painting', 2),
    claim('near-a', 'painting', 2),
    claim('far', 'laser-welding', 3),
    claim('nowhere', 'welding', 5),
    claim('weak', 'welding', 1),
    claim('tier1-b', 'welding', 5),
  ],
  supplyRoles: [
    role('role-weld', [need('milling', 3), need('welding', 3)]),
    role('role-weld-paint', [need('milling', 3), need('painting', 2), need('welding', 3)]),
  ],
};

let t: TestApp;

beforeAll(async () => { t = await createTestApp(); await loadFixture(t, PARTNER_GRAPH); });
afterAll(async () => { await removeFixture(t); await t.close(); });

describe('whereDoIFit partners', () => {
  it('merges a partner over roles and ranks by roles helped, then nearest, unknown distance last, then id; never the buyer or one below the level', async () => {
    const { data, errors } = await t.gql(FIT_PARTNERS, { companyId: 'sme-s', first: 20 });
    expect(errors).toBeUndefined();
    expect(data!.whereDoIFit.nearMisses.map((m) => m.role?.id)).toEqual(['role-weld', 'role-weld-paint']);
    const bothRoles = [{ id: 'role-weld' }, { id: 'role-weld-paint' }];
    expect(data!.whereDoIFit.partners).toEqual([
      { company: { id: 'both' }, distanceKm: 40.1, roles: bothRoles, covers: [{ id: 'welding' }, { id: 'painting' }] },
      { company: { id: 'far' }, distanceKm: 80.2, roles: bothRoles, covers: [{ id: 'welding' }] },
      { company: { id: 'nowhere' }, distanceKm: null, roles: bothRoles, covers: [{ id: 'welding' }] },
      { company: { id: 'near-a' }, distanceKm: 5, roles: [{ id: 'role-weld-paint' }], covers: [{ id: 'painting' }] },
      { company: { id: 'near-b' }, distanceKm: 5, roles: [{ id: 'role-weld-paint' }], covers: [{ id: 'painting' }] },
    ]);
  });

  it('returns only the first partners of the ranking', async () => {
    const { data, errors } = await t.gql(FIT_PARTNERS, { companyId: 'sme-s', first: 2 });
    expect(errors).toBeUndefined();
    expect(data!.whereDoIFit.partners.map((p) => p.company.id)).toEqual(['both', 'far']);
  });
});

function company(id: string, latitude: number | null, longitude: number | null): DemoData['companies'][number] {
  return {
    id, regionId: 'hagen', parentGroupId: null, latitude, longitude,
    properties: { name: `${id} GmbH`, legalForm: 'GmbH', sizeClass: 'SMALL', employees: 20, city: 'Hagen', postalCode: '58095', isPrime: false },
  };
}

function claim(companyId: string, capabilityId: string, level: number): DemoData['capabilityClaims'][number] {
  return { companyId, capabilityId, level, evidence: null, evidenceLevel: 'SELF_DECLARED' };
}

function need(capabilityId: string, minLevel: number) {
  return { capabilityId, minLevel, mandatory: true };
}

function role(id: string, requiredCapabilities: ReturnType<typeof need>[]): DemoData['supplyRoles'][number] {
  return {
    id, title: id, description: null, product: id, buyerId: 'tier1-b', programId: 'prog-x', tier: 2, status: 'OPEN', securityClearance: 'NONE',
    quantity: 10, deadline: '2027-09-01', location: null, regionId: null, maxDistanceKm: null, requiredCapabilities, requiredCertifications: [],
  };
}

const FIT_PARTNERS = graphql(`
  query FitPartners($companyId: ID!, $first: Int) {
    whereDoIFit(companyId: $companyId, first: $first) {
      nearMisses { role { id } }
      partners { company { id } distanceKm roles { id } covers { id } }
    }
  }`);
