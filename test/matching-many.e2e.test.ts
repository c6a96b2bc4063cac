import { DemoData } from '../src/demo-data/demo-data';
import { MATCHING_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, loadFixture, removeFixture, TestApp } from './helpers/test-app';

/*
 * Far more eligible companies than one scoring batch (200): the service bounds them by place and ties, then scores
 * them batch by batch and keeps only the best. 450 fabric weavers, alike in everything but their place: weaver k
 * sits k × 0.01° (1.11 km) north of the requirement's location, so the nearest scores best. Their ids run against
 * their distance (the nearest has the highest id), so neither id order nor load order can pass for the ranking.
 */
const WEAVERS = 450;
const weaverId = (k: number) => `weaver-${String(1000 - k)}`;

const MANY_GRAPH: DemoData = {
  ...MATCHING_GRAPH,
  capabilities: [
    ...MATCHING_GRAPH.capabilities,
    { id: 'ballistic-fabric', name: 'Ballistic fabric', nameDe: 'Ballistisches Gewebe', parentId: 'composites', nsc: null, description: null },
  ],
  companies: [
    ...MATCHING_GRAPH.companies,
    ...Array.from({ length: WEAVERS }, (_, i) => ({
      id: weaverId(i + 1), regionId: 'hagen', parentGroupId: null, latitude: 50 + (i + 1) * 0.01, longitude: 8,
      properties: { name: `Weberei ${i + 1} GmbH`, legalForm: 'GmbH', sizeClass: 'SMALL', employees: 40, city: 'Hagen', postalCode: '58095', isPrime: false },
    })),
  ],
  capabilityClaims: [
    ...MATCHING_GRAPH.capabilityClaims,
    ...Array.from({ length: WEAVERS }, (_, i) => ({
      companyId: weaverId(i + 1), capabilityId: 'ballistic-fabric', level: 3, evidence: null, evidenceLevel: 'PLAUSIBILITY_CHECKED',
    })),
  ],
};

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, MANY_GRAPH);
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

describe('matching among many more eligible companies than a scoring batch', () => {
  it('ranks the nearest first, counts all 450 eligible and scores strictly by distance', async () => {
    const { data, errors } = await t.gql(MATCH, {
      requirement: { location: { latitude: 50, longitude: 8 }, requiredCapabilities: [{ capabilityId: 'ballistic-fabric', minLevel: 2 }] },
      first: 6,
    });
    expect(errors).toBeUndefined();
    const result = data!.matchSuppliersForRequirement;
    expect(result.eligibleCount).toBe(WEAVERS);
    expect(result.matches.map((m) => m.company.id)).toEqual([1, 2, 3, 4, 5, 6].map(weaverId));
    // Each step north costs proximity 1.11 km / 300 km × weight 0.15, about 0.0005 of the score once rounded.
    const scores = result.matches.map((m) => m.score);
    scores.slice(1).forEach((score, i) => {
      expect(scores[i] - score).toBeGreaterThan(0.0003);
      expect(scores[i] - score).toBeLessThan(0.0007);
    });
  });
});

const MATCH = graphql(`
  query MatchMany($requirement: RequirementInput!, $first: Int) {
    matchSuppliersForRequirement(requirement: $requirement, first: $first) { eligibleCount matches { company { id } score } }
  }`);
