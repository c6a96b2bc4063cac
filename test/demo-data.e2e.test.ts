import { loadDemoData } from '../src/demo-data/demo-data';
import { graphql, VariablesOf } from './graphql';
import { createTestApp, graphStats, loadFixture, reloadFixture, removeFixture, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, loadDemoData());
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

describe('the demo data', () => {
  it('is idempotent: loading it a second time gives the same graph', async () => {
    const once = await graphStats(t);
    await reloadFixture(t, loadDemoData());
    expect(await graphStats(t)).toEqual(once);
  });

  it('has the size the issue asks for', async () => {
    const stats = await graphStats(t);
    expect(stats.Company).toBeGreaterThanOrEqual(200);
    expect(stats.Capability).toBeGreaterThanOrEqual(60);
    expect(stats.Certification).toBeGreaterThanOrEqual(10);
    expect(stats.Program).toBeGreaterThanOrEqual(8);
    const open = await t.gql(OPEN_ROLE_COUNT);
    expect(open.data!.supplyRoles.totalCount).toBeGreaterThanOrEqual(50);
    const nrw = await t.gql(REGIONS);
    const nrwDistricts = nrw.data!.regions.filter((r) => r.parent?.parent?.id === 'nrw').map((r) => r.id);
    let populated = 0;
    for (const regionId of nrwDistricts) {
      const { data } = await t.gql(COMPANIES_IN_REGION, { id: regionId });
      if (data!.companies.totalCount > 0) populated += 1;
    }
    expect(populated).toBeGreaterThanOrEqual(12);
  });

  it('holds the real public networks and primes', async () => {
    const { data } = await t.gql(NETWORKS_AND_PRIMES);
    const defenceNrw = data!.networks.find((n) => n.id === 'defence-nrw');
    expect(defenceNrw?.children.map((c) => c.id).sort()).toEqual(
      ['aerospace-nrw', 'automotiveland-nrw', 'digital-sicher-nrw', 'ki-nrw', 'nmwp-nrw', 'zenit'],
    );
    expect(data!.primes.map((p) => p.name)).toEqual([
      'Airbus Defence and Space GmbH', 'Diehl Defence GmbH & Co. KG', 'HENSOLDT AG', 'KNDS Deutschland GmbH & Co. KG', 'Rheinmetall AG',
      'thyssenkrupp Marine Systems GmbH',
    ]);
  });

  it('has supply chains four tiers deep', async () => {
    const { data } = await t.gql(TIERS, { id: 'sme-ennepe-kabeltechnik' });
    expect(data!.company!.tiers).toContainEqual({
      tier: 4, program: { id: 'prog-radschuetzenpanzer' },
      chain: [{ id: 'sme-ennepe-kabeltechnik' }, { id: 'sme-hagener-keramik' }, { id: 'sme-maerkische-schutzbau' }, { id: 't1-ruhr-schutzsysteme' }, { id: 'rheinmetall' }],
    });
  });

  it('has capabilities nobody holds and capabilities only one company holds', async () => {
    const holders = async (capabilityId: string) =>
      (await t.gql(HOLDERS, { c: capabilityId })).data!.companies.totalCount;
    expect(await holders('image-intensifier-tubes')).toBe(0);
    expect(await holders('high-power-lasers')).toBe(1);
    expect(await holders('precision-machining')).toBeGreaterThan(10);
  });

  it('shows the matching cases the README walks through', async () => {
    const hulls = await t.gql(HULLS);
    expect(hulls.data!.matchSuppliers.eligibleCount).toBe(0);
    expect(hulls.data!.matchSuppliers.matches[0]).toEqual({
      company: { id: 'sme-maerkische-schutzbau' }, eligible: false,
      missing: [{ reason: 'EXPIRED_BEFORE_DEADLINE', certification: { id: 'aqap-2110' }, mandatory: true }],
    });
    const tubes = await t.gql(TUBES);
    expect(tubes.data!.matchSuppliers).toEqual({ eligibleCount: 0, nearMissCount: 0 });
    const radar = await t.gql(RADAR);
    expect(radar.data!.consortia.singleSupplierCount).toBe(0);
    expect(radar.data!.consortia.consortia[0].members).toEqual([
      { company: { id: 't1-bonner-cyberdefence' }, isLead: true }, { company: { id: 'sme-moehne-analytics' }, isLead: false },
    ]);
    const fit = await t.gql(FIT_OF_SCHUTZBAU);
    expect(fit.data!.whereDoIFit.qualifying).toHaveLength(1);
    expect(fit.data!.whereDoIFit.cheapestSteps).toEqual([
      { rolesUnlocked: 3, roles: [{ id: 'role-025' }, { id: 'role-037' }, { id: 'role-053' }] },
      { rolesUnlocked: 1, roles: [{ id: 'role-002' }] },
    ]);
  });

  it('shows the gaps and the fragile chain the README walks through', async () => {
    const gaps = await t.gql(GAPS_OF_DEFENCE_NRW);
    const byId = Object.fromEntries(gaps.data!.capabilityGaps.gaps.map((g) => [g.capability.id, g]));
    expect(byId['image-intensifier-tubes']).toEqual({ status: 'UNCOVERED', capability: { id: 'image-intensifier-tubes' }, closers: [] });
    expect(byId['satellite-components'].status).toBe('UNCOVERED');
    expect(byId['satellite-components'].closers.map((c) => c.company.id).sort()).toEqual(['sme-isar-satellitenbau', 'sme-weser-raumfahrttechnik']);
    const chain = await t.gql(CHAIN_OF_RADSCHUETZENPANZER);
    expect(Math.max(...chain.data!.supplyChain.companies.map((c) => c.tier))).toBe(4);
    const schutzbau = chain.data!.supplyChain.singlePointsOfFailure.find((s) => s.company.id === 'sme-maerkische-schutzbau');
    expect(schutzbau?.cutOff).toEqual([{ id: 'sme-ennepe-kabeltechnik' }, { id: 'sme-hagener-keramik' }]);
  });

  it('shows a Defence Ready assessment in every state, and the label in matching', async () => {
    const status = async (id: string) =>
      (await t.gql(READINESS, { id })).data!.company!.readiness;
    const expected: [string, string][] = [
      ['sme-hagener-keramik', 'AWARDED'], ['sme-teuto-aero', 'AWARDED'], ['sme-lenne-vision', 'AWARDED'], ['sme-moehne-analytics', 'AWARDED'],
      ['sme-sauerland-sicherheitstechnik', 'IN_PLAUSIBILITY_CHECK'], ['sme-vogelsang-data-labs', 'REJECTED'],
      ['sme-volme-zerspanung', 'EXPIRED'], ['sme-sauerland-photonik', 'DRAFT'],
    ];
    for (const [id, state] of expected) expect([id, (await status(id))?.status]).toEqual([id, state]);
    expect((await status('sme-volme-zerspanung'))?.events.map((e) => e.to)).toEqual(['DRAFT', 'SUBMITTED', 'IN_PLAUSIBILITY_CHECK', 'AWARDED', 'EXPIRED']);
    expect(await status('sme-maerkische-schutzbau')).toBeNull();

    // The label counts in matching: Hagener Keramik's readiness component for the ceramic tiles is 1.
    const tiles = await t.gql(TILES);
    const keramik = tiles.data!.matchSuppliers.matches.find((m) => m.company.id === 'sme-hagener-keramik');
    expect(keramik?.breakdown.find((b) => b.criterion === 'READINESS')?.score).toBe(1);

    // The worklist of the network office: the check waiting, the label run out.
    const worklist = await t.gql(WORKLIST);
    expect(worklist.data!.runAnalysis.rows.map((r) => [r.task, r.companyId])).toEqual([
      ['CHECK_PLAUSIBILITY', 'sme-sauerland-sicherheitstechnik'], ['EXPIRED', 'sme-volme-zerspanung'],
    ]);
    // Companies holding the label are not "one criterion short" of readiness.
    const near = await t.gql(NEAR_DEFENCE_READY);
    const nearIds = near.data!.runAnalysis.rows.map((r) => r.companyId);
    expect(nearIds).not.toContain('sme-lenne-vision');
    expect(nearIds.length).toBeGreaterThan(0);
  });

  it('records the rejected demo assessment with the findings the automatic checks give today', async () => {
    const stored = (await t.gql(STORED_ASSESSMENT, { id: 'dr-demo-vogelsang-data-labs' })).data!.readinessAssessment!;
    expect(stored.status).toBe('REJECTED');
    // The same self-assessment, submitted again through the workflow, is rejected for the same reasons.
    const demo = loadDemoData().readinessAssessments.find((a) => a.id === 'dr-demo-vogelsang-data-labs')!;
    const properties = demo.properties as Record<string, unknown>;
    const fresh = (await t.gql(START, { companyId: 'sme-vogelsang-data-labs' })).data!.startReadinessAssessment;
    try {
      const saved = await t.gql(SAVE, {
        id: fresh.id,
        // The demo data file holds what the API takes: its rows are read as plain JSON.
        input: {
          answers: demo.answers, claimedCertificationIds: properties.claimedCertificationIds, secureInformationHandling: properties.secureInformationHandling,
          productionEmployees: properties.productionEmployees, freeCapacityPercent: properties.freeCapacityPercent, onTimeDeliveryPercent: properties.onTimeDeliveryPercent,
        } as VariablesOf<typeof SAVE>['input'],
      });
      expect(saved.errors).toBeUndefined();
      const submitted = await t.gql(SUBMIT, { id: fresh.id });
      expect(submitted.data!.submitReadinessAssessment).toEqual({ status: 'REJECTED', findings: stored.findings });
      expect(stored.rejectionReasons).toEqual(stored.findings);
    } finally {
      const session = t.driver.session();
      try {
        await session.run('MATCH (a:ReadinessAssessment {id: $id}) OPTIONAL MATCH (x)-[:IN|ON]->(a) DETACH DELETE a, x', { id: fresh.id });
      } finally {
        await session.close();
      }
    }
  });

  it('answers companies(first: 5) with nested capabilities and certifications', async () => {
    const { data, errors } = await t.gql(FIRST_FIVE_COMPANIES);
    expect(errors).toBeUndefined();
    expect(data!.companies.edges).toHaveLength(5);
    const withClaims = data!.companies.edges.filter((e) => e.node.capabilities.length > 0 && e.node.certifications.length > 0);
    expect(withClaims.length).toBeGreaterThan(0);
  });
});

const OPEN_ROLE_COUNT = graphql(`
  query OpenRoleCount {
    supplyRoles(where: { status: OPEN }, first: 0) { totalCount }
  }`);

const REGIONS = graphql(`
  query Regions {
    regions { id kind parent { parent { id } } }
  }`);

const COMPANIES_IN_REGION = graphql(`
  query CompaniesInRegion($id: ID) {
    companies(where: { regionId: $id }, first: 0) { totalCount }
  }`);

const NETWORKS_AND_PRIMES = graphql(`
  query NetworksAndPrimes {
    networks { id children { id } }
    primes { name }
  }`);

const TIERS = graphql(`
  query Tiers($id: ID!) {
    company(id: $id) { tiers { tier program { id } chain { id } } }
  }`);

const HOLDERS = graphql(`
  query Holders($c: ID) {
    companies(where: { capabilityId: $c }, first: 0) { totalCount }
  }`);

const HULLS = graphql(`
  query Hulls {
    matchSuppliers(roleId: "role-002", first: 1, options: { includeNearMisses: true }) {
      eligibleCount matches { company { id } eligible missing { reason certification { id } mandatory } }
    }
  }`);

const TUBES = graphql(`
  query Tubes {
    matchSuppliers(roleId: "role-003", options: { includeNearMisses: true }) { eligibleCount nearMissCount }
  }`);

const RADAR = graphql(`
  query Radar {
    consortia(roleId: "role-009") { singleSupplierCount consortia { members { company { id } isLead } } }
  }`);

const FIT_OF_SCHUTZBAU = graphql(`
  query FitOfSchutzbau {
    whereDoIFit(companyId: "sme-maerkische-schutzbau") { qualifying { role { id } } cheapestSteps { rolesUnlocked roles { id } } }
  }`);

const GAPS_OF_DEFENCE_NRW = graphql(`
  query GapsOfDefenceNrw {
    capabilityGaps(scope: { networkId: "defence-nrw" }) { gaps { status capability { id } closers { company { id } } } }
  }`);

const CHAIN_OF_RADSCHUETZENPANZER = graphql(`
  query ChainOfRadschuetzenpanzer {
    supplyChain(programId: "prog-radschuetzenpanzer") { companies { tier } singlePointsOfFailure { company { id } cutOff { id } } }
  }`);

const READINESS = graphql(`
  query Readiness($id: ID!) {
    company(id: $id) { readiness { status events { to } } }
  }`);

const TILES = graphql(`
  query Tiles {
    matchSuppliers(roleId: "role-001", first: 50, options: { includeNearMisses: true }) { matches { company { id } breakdown { criterion score } } }
  }`);

const WORKLIST = graphql(`
  query Worklist {
    runAnalysis(name: "defence-ready-worklist", parameters: { days: 30 }) { rows }
  }`);

const NEAR_DEFENCE_READY = graphql(`
  query NearDefenceReady {
    runAnalysis(name: "near-defence-ready") { rows }
  }`);

const STORED_ASSESSMENT = graphql(`
  query StoredAssessment($id: ID!) {
    readinessAssessment(assessmentId: $id) { status findings rejectionReasons }
  }`);

const START = graphql(`
  mutation Start($companyId: ID!) {
    startReadinessAssessment(companyId: $companyId) { id }
  }`);

const SAVE = graphql(`
  mutation Save($id: ID!, $input: ReadinessAnswersInput!) {
    saveReadinessAnswers(assessmentId: $id, input: $input) { id }
  }`);

const SUBMIT = graphql(`
  mutation Submit($id: ID!) {
    submitReadinessAssessment(assessmentId: $id) { status findings }
  }`);

const FIRST_FIVE_COMPANIES = graphql(`
  query FirstFiveCompanies {
    companies(first: 5) { edges { node { name capabilities { level capability { name } } certifications { certification { name } } } } }
  }`);
