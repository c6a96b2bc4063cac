import { MATCHING_GRAPH } from './fixtures/small-graph';
import { graphql, ResultOf } from './graphql';
import { createTestApp, loadFixture, removeFixture, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, MATCHING_GRAPH);
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

type Match = ResultOf<typeof MATCH>['matchSuppliers']['matches'][number];

const ids = (matches: Match[]) => matches.map((m) => m.company.id);
const component = (match: Match, criterion: string) => match.breakdown.find((b) => b.criterion === criterion)?.score;

describe('matchSuppliers', () => {
  it('ranks the eligible suppliers of role-1 with hand-computed scores', async () => {
    const { data, errors } = await t.gql(MATCH, { roleId: 'role-1' });
    expect(errors).toBeUndefined();
    const result = data!.matchSuppliers;
    expect(result.eligibleCount).toBe(2);
    expect(result.nearMissCount).toBe(4);
    expect(result.weights).toEqual({ capability: 0.4, certification: 0.2, readiness: 0.15, proximity: 0.15, relationship: 0.1 });
    expect(ids(result.matches)).toEqual(['sme-q', 'sme-c']);

    // sme-q: ceramics itself at level 3 (1.0); ISO 9001 through its AQAP 2110 (1.0); readiness (export control 1 +
    // quality management 1 + plausibility-checked claims 0.5) / 3; 0.84 km from the buyer; no ties to the buyer.
    const [q, c] = result.matches;
    expect(q.score).toBe(0.8746);
    expect(q.eligible).toBe(true);
    expect(q.distanceKm).toBe(0.8);
    expect(q.breakdown.map((b) => [b.criterion, b.score])).toEqual([
      ['CAPABILITY', 1], ['CERTIFICATION', 1], ['READINESS', 0.8333], ['PROXIMITY', 0.9972], ['RELATIONSHIP', 0],
    ]);
    expect(q.certificationMatches).toEqual([
      { certification: { id: 'iso-9001' }, heldCertification: { id: 'aqap-2110' }, met: true, reason: null, evidenceLevel: 'VERIFIED' },
    ]);

    // sme-c: armour tiles, narrower than ceramics (0.9); readiness (0 + 1 + (verified 1 + self-declared 0) / 2) / 3;
    // 59.0 km; already supplies the buyer.
    expect(c.score).toBe(0.8555);
    expect(c.distanceKm).toBe(59);
    expect(c.relationships).toEqual(['SUPPLIES_BUYER', 'SUPPLIES_PROGRAM', 'SUPPLIES_PRIME']);
    expect(c.breakdown.map((b) => [b.criterion, b.score, b.weight, b.contribution])).toEqual([
      ['CAPABILITY', 0.9, 0.4, 0.36], ['CERTIFICATION', 1, 0.2, 0.2], ['READINESS', 0.5, 0.15, 0.075],
      ['PROXIMITY', 0.8034, 0.15, 0.1205], ['RELATIONSHIP', 1, 0.1, 0.1],
    ]);
    expect(c.capabilityMatches).toEqual([
      { capability: { id: 'ceramics' }, kind: 'NARROWER', claimedCapability: { id: 'armour-tiles' }, claimedLevel: 4, minLevel: 3, met: true },
    ]);
    expect(c.missing).toEqual([]);
  });

  it('never proposes the buyer or its parent group', async () => {
    const { data } = await t.gql(MATCH, { roleId: 'role-1', options: { includeNearMisses: true } });
    const proposed = ids(data!.matchSuppliers.matches);
    expect(proposed).not.toContain('tier1-b');
    expect(proposed).not.toContain('group-h');
  });

  it('ranks near misses after every eligible company and says exactly what they miss', async () => {
    const { data } = await t.gql(MATCH, { roleId: 'role-1', options: { includeNearMisses: true } });
    const matches = data!.matchSuppliers.matches;
    expect(matches.map((m) => m.eligible)).toEqual([true, true, false, false, false, false]);
    const missingOf = Object.fromEntries(matches.filter((m) => !m.eligible).map((m) => [m.company.id, m.missing]));
    expect(missingOf).toEqual({
      'sme-k': [{ kind: 'CERTIFICATION', reason: 'EVIDENCE_TOO_WEAK', mandatory: true, certification: { id: 'iso-9001' }, capability: null, description: 'ISO 9001: evidence weaker than required' }],
      'sme-m': [{ kind: 'CAPABILITY', reason: 'ONLY_BROADER', mandatory: true, certification: null, capability: { id: 'ceramics' }, description: 'High-performance ceramics: only a broader capability is claimed' }],
      'sme-n': [{ kind: 'CERTIFICATION', reason: 'EXPIRED_BEFORE_DEADLINE', mandatory: true, certification: { id: 'iso-9001' }, capability: null, description: 'ISO 9001: expires before the deadline' }],
      'sme-p': [{ kind: 'CAPABILITY', reason: 'LEVEL_TOO_LOW', mandatory: true, certification: null, capability: { id: 'ceramics' }, description: 'High-performance ceramics: level 2 claimed, 3 required' }],
    });
    const broader = matches.find((m) => m.company.id === 'sme-m');
    expect(broader!.capabilityMatches[0]).toMatchObject({ kind: 'BROADER', claimedCapability: { id: 'materials' }, met: false });
  });

  it('keeps the near-miss count exact when first leaves room for only the best near miss', async () => {
    const all = await t.gql(MATCH, { roleId: 'role-1', options: { includeNearMisses: true } });
    const three = await t.gql(MATCH, { roleId: 'role-1', first: 3, options: { includeNearMisses: true } });
    expect(three.errors).toBeUndefined();
    expect([three.data!.matchSuppliers.eligibleCount, three.data!.matchSuppliers.nearMissCount]).toEqual([2, 4]);
    expect(three.data!.matchSuppliers.matches).toEqual(all.data!.matchSuppliers.matches.slice(0, 3));
    expect(three.data!.matchSuppliers.matches[2].eligible).toBe(false);
  });

  it('ranks role-2 by score: both eligible, the existing supplier of the buyer first', async () => {
    const { data } = await t.gql(MATCH, { roleId: 'role-2', options: { includeNearMisses: true } });
    const matches = data!.matchSuppliers.matches;
    expect(matches.map((m) => [m.company.id, m.eligible, m.score])).toEqual([
      ['sme-d', true, 0.7821],
      ['sme-r', true, 0.7654],
      expect.arrayContaining(['sme-f', false]),
      expect.arrayContaining(['sme-m', false]),
    ]);
    expect(matches[0].missing).toEqual([
      { kind: 'CAPABILITY', reason: 'ABSENT', mandatory: false, certification: null, capability: { id: 'composites' }, description: 'Composites: missing (nice to have)' },
    ]);
  });

  it('takes weights per request, normalised', async () => {
    const { data } = await t.gql(MATCH, {
      roleId: 'role-1', options: { weights: { capability: 2, certification: 0, readiness: 0, proximity: 0, relationship: 0 } },
    });
    expect(data!.matchSuppliers.weights).toEqual({ capability: 1, certification: 0, readiness: 0, proximity: 0, relationship: 0 });
    expect(data!.matchSuppliers.matches.map((m) => [m.company.id, m.score])).toEqual([['sme-q', 1], ['sme-c', 0.9]]);
    expect(component(data!.matchSuppliers.matches[1], 'CAPABILITY')).toBe(0.9);
  });

  it.each([
    ['an unknown role', { roleId: 'role-404' }, 'NOT_FOUND', 'roleId'],
    ['a negative first', { roleId: 'role-1', first: -1 }, 'BAD_USER_INPUT', 'first'],
    ['a negative weight', { roleId: 'role-1', options: { weights: { proximity: -1 } } }, 'BAD_USER_INPUT', 'options.weights.proximity'],
    ['weights summing to zero', { roleId: 'role-1', options: { weights: { capability: 0, certification: 0, readiness: 0, proximity: 0, relationship: 0 } } }, 'BAD_USER_INPUT', 'options.weights'],
  ])('rejects %s', async (_label, variables, code, field) => {
    const { errors } = await t.gql(MATCH, variables);
    expect(errors?.[0].extensions).toMatchObject({ code, field });
  });

  it('starts from the required capabilities: a company without any related claim is not even considered', async () => {
    const { data } = await t.gql(MATCH, { roleId: 'role-1', options: { includeNearMisses: true } });
    expect(ids(data!.matchSuppliers.matches)).not.toContain('sme-e');
    expect(ids(data!.matchSuppliers.matches)).not.toContain('sme-f');
  });
});

describe('matchSuppliersForRequirement', () => {
  it('gives the same answer for the same requirement sketched ad hoc', async () => {
    const { data, errors } = await t.gql(MATCH_REQUIREMENT, {
      requirement: {
        buyerId: 'tier1-b', programId: 'prog-x', deadline: '2027-03-01',
        requiredCapabilities: [{ capabilityId: 'ceramics', minLevel: 3 }],
        requiredCertifications: [{ certificationId: 'iso-9001', minEvidenceLevel: 'PLAUSIBILITY_CHECKED' }],
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.matchSuppliersForRequirement.role).toBeNull();
    expect(data!.matchSuppliersForRequirement.matches.map((m) => [m.company.id, m.score])).toEqual([['sme-q', 0.8746], ['sme-c', 0.8555]]);
  });

  it('names the unknown capability and an invalid level', async () => {
    const unknown = await t.gql(MATCH_REQUIREMENT, { requirement: { requiredCapabilities: [{ capabilityId: 'warp-drives' }] } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'requirement.requiredCapabilities[0].capabilityId' });
    const level = await t.gql(MATCH_REQUIREMENT, { requirement: { requiredCapabilities: [{ capabilityId: 'ceramics', minLevel: 9 }] } });
    expect(level.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requirement.requiredCapabilities[0].minLevel' });
  });
});

describe('consortia', () => {
  it('finds the team for a role no single company can fill, led by the member closest to the buyer', async () => {
    const { data, errors } = await t.gql(CONSORTIA, { roleId: 'role-4', maxPartners: 3 });
    expect(errors).toBeUndefined();
    expect(data!.consortia.singleSupplierCount).toBe(0);
    // Armour tiles come from sme-c or group-h, harnesses only from sme-e. sme-c leads its team: it already
    // supplies the program; in the other team sme-e leads: it supplies another program of the same prime.
    const [best, second] = data!.consortia.consortia;
    expect(data!.consortia.consortia).toHaveLength(2);
    expect(best.coverage).toBe(1);
    expect(best.members).toEqual([
      { company: { id: 'sme-c' }, isLead: true, capabilities: [{ id: 'armour-tiles' }], certifications: [] },
      { company: { id: 'sme-e' }, isLead: false, capabilities: [{ id: 'harnesses' }], certifications: [] },
    ]);
    expect(second.members).toEqual([
      { company: { id: 'sme-e' }, isLead: true, capabilities: [{ id: 'harnesses' }], certifications: [] },
      { company: { id: 'group-h' }, isLead: false, capabilities: [{ id: 'armour-tiles' }], certifications: [] },
    ]);
    expect(best.combinedScore).toBeGreaterThan(second.combinedScore);
  });

  it('rejects maxPartners outside 2..3 and unknown roles', async () => {
    const bad = await t.gql(CONSORTIA, { roleId: 'role-4', maxPartners: 4 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxPartners' });
    const unknown = await t.gql(CONSORTIA, { roleId: 'role-404', maxPartners: 2 });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'roleId' });
  });
});

describe('whereDoIFit', () => {
  it('shows an SME three links from the prime where it fits, what it lacks and with whom to team up', async () => {
    const { data, errors } = await t.gql(WHERE_DO_I_FIT, { companyId: 'sme-d' });
    expect(errors).toBeUndefined();
    const report = data!.whereDoIFit;
    expect(report.company.id).toBe('sme-d');
    expect(report.qualifying.map((m) => m.role?.id)).toEqual(['role-2']);
    expect(report.nearMisses.map((m) => m.role?.id).sort()).toEqual(['role-5', 'role-6', 'role-7']);
    expect(report.cheapestSteps).toEqual([
      { item: { kind: 'CERTIFICATION', certification: { id: 'en-9100' }, capability: null }, rolesUnlocked: 2, roles: [{ id: 'role-5' }, { id: 'role-6' }] },
      { item: { kind: 'CAPABILITY', certification: null, capability: { id: 'harnesses' } }, rolesUnlocked: 1, roles: [{ id: 'role-7' }] },
    ]);
    expect(report.reach).toEqual([
      { tier: 2, program: { id: 'prog-y' }, under: { id: 'tier1-b' }, prime: { id: 'prime-a' } },
      { tier: 3, program: { id: 'prog-x' }, under: { id: 'sme-c' }, prime: { id: 'prime-a' } },
    ]);
    expect(report.partners).toEqual([{ company: { id: 'sme-e' }, covers: [{ id: 'harnesses' }], roles: [{ id: 'role-7' }] }]);
  });

  it('answers NOT_FOUND for an unknown company', async () => {
    const { errors } = await t.gql(WHERE_DO_I_FIT, { companyId: 'nobody' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'companyId' });
  });
});

const MATCH_FIELDS = graphql(`
  fragment MatchFields on SupplierMatches {
    eligibleCount nearMissCount
    weights { capability certification readiness proximity relationship }
    matches {
      company { id } score eligible distanceKm relationships
      breakdown { criterion score weight contribution }
      capabilityMatches { capability { id } kind claimedCapability { id } claimedLevel minLevel met }
      certificationMatches { certification { id } heldCertification { id } met reason evidenceLevel }
      missing { kind reason mandatory capability { id } certification { id } description }
    }
  }`);

const MATCH = graphql(`
  query Match($roleId: ID!, $first: Int, $options: MatchOptions) {
    matchSuppliers(roleId: $roleId, first: $first, options: $options) { ...MatchFields }
  }`, [MATCH_FIELDS]);

const MATCH_REQUIREMENT = graphql(`
  query MatchRequirement($requirement: RequirementInput!) {
    matchSuppliersForRequirement(requirement: $requirement) { role { id } ...MatchFields }
  }`, [MATCH_FIELDS]);

const CONSORTIA = graphql(`
  query Consortia($roleId: ID!, $maxPartners: Int!) {
    consortia(roleId: $roleId, maxPartners: $maxPartners) {
      singleSupplierCount
      consortia { coverage combinedScore members { company { id } isLead capabilities { id } certifications { id } } }
    }
  }`);

const WHERE_DO_I_FIT = graphql(`
  query WhereDoIFit($companyId: ID!) {
    whereDoIFit(companyId: $companyId) {
      company { id }
      qualifying { role { id } score }
      nearMisses { role { id } missing { description } }
      cheapestSteps { item { kind certification { id } capability { id } } rolesUnlocked roles { id } }
      reach { tier program { id } under { id } prime { id } }
      partners { company { id } covers { id } roles { id } }
    }
  }`);
