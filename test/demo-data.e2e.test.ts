import { loadDemoData, seedDemoData } from '../src/seed/demo-data';
import { clearGraph, createTestApp, graphStats, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await clearGraph(t);
  await seedDemoData(t.app.executor, loadDemoData());
});

afterAll(() => t.close());

describe('the demo data', () => {
  it('is idempotent: loading it a second time gives the same graph', async () => {
    const once = await graphStats(t);
    await seedDemoData(t.app.executor, loadDemoData());
    expect(await graphStats(t)).toEqual(once);
  });

  it('has the size the issue asks for', async () => {
    const stats = await graphStats(t);
    expect(stats.Company).toBeGreaterThanOrEqual(200);
    expect(stats.Capability).toBeGreaterThanOrEqual(60);
    expect(stats.Certification).toBeGreaterThanOrEqual(10);
    expect(stats.Program).toBeGreaterThanOrEqual(8);
    const open = await t.gql('{ supplyRoles(where: { status: OPEN }, first: 0) { totalCount } }');
    expect(open.data.supplyRoles.totalCount).toBeGreaterThanOrEqual(50);
    const nrw = await t.gql('{ regions { id kind parent { parent { id } } } }');
    const nrwDistricts = nrw.data.regions.filter((r: any) => r.parent?.parent?.id === 'nrw').map((r: any) => r.id);
    let populated = 0;
    for (const regionId of nrwDistricts) {
      const { data } = await t.gql('query R($id: ID) { companies(where: { regionId: $id }, first: 0) { totalCount } }', { id: regionId });
      if (data.companies.totalCount > 0) populated += 1;
    }
    expect(populated).toBeGreaterThanOrEqual(12);
  });

  it('holds the real public networks and primes', async () => {
    const { data } = await t.gql('{ networks { id children { id } } primes { name } }');
    const defenceNrw = data.networks.find((n: any) => n.id === 'defence-nrw');
    expect(defenceNrw.children.map((c: any) => c.id).sort()).toEqual(
      ['aerospace-nrw', 'automotiveland-nrw', 'digital-sicher-nrw', 'ki-nrw', 'nmwp-nrw', 'zenit'],
    );
    expect(data.primes.map((p: any) => p.name)).toEqual([
      'Airbus Defence and Space GmbH', 'Diehl Defence GmbH & Co. KG', 'HENSOLDT AG', 'KNDS Deutschland GmbH & Co. KG', 'Rheinmetall AG',
      'thyssenkrupp Marine Systems GmbH',
    ]);
  });

  it('has supply chains four tiers deep', async () => {
    const { data } = await t.gql('{ company(id: "sme-ennepe-kabeltechnik") { tiers { tier program { id } chain { id } } } }');
    expect(data.company.tiers).toContainEqual({
      tier: 4, program: { id: 'prog-radschuetzenpanzer' },
      chain: [{ id: 'sme-ennepe-kabeltechnik' }, { id: 'sme-hagener-keramik' }, { id: 'sme-maerkische-schutzbau' }, { id: 't1-ruhr-schutzsysteme' }, { id: 'rheinmetall' }],
    });
  });

  it('has capabilities nobody holds and capabilities only one company holds', async () => {
    const holders = async (capabilityId: string) =>
      (await t.gql('query H($c: ID) { companies(where: { capabilityId: $c }, first: 0) { totalCount } }', { c: capabilityId })).data.companies.totalCount;
    expect(await holders('image-intensifier-tubes')).toBe(0);
    expect(await holders('high-power-lasers')).toBe(1);
    expect(await holders('precision-machining')).toBeGreaterThan(10);
  });

  it('shows the matching cases the README walks through', async () => {
    const hulls = await t.gql(`{ matchSuppliers(roleId: "role-002", first: 1, options: { includeNearMisses: true }) {
      eligibleCount matches { company { id } eligible missing { reason certification { id } mandatory } } } }`);
    expect(hulls.data.matchSuppliers.eligibleCount).toBe(0);
    expect(hulls.data.matchSuppliers.matches[0]).toEqual({
      company: { id: 'sme-maerkische-schutzbau' }, eligible: false,
      missing: [{ reason: 'EXPIRED_BEFORE_DEADLINE', certification: { id: 'aqap-2110' }, mandatory: true }],
    });
    const tubes = await t.gql('{ matchSuppliers(roleId: "role-003", options: { includeNearMisses: true }) { eligibleCount nearMissCount } }');
    expect(tubes.data.matchSuppliers).toEqual({ eligibleCount: 0, nearMissCount: 0 });
    const radar = await t.gql('{ consortia(roleId: "role-009") { singleSupplierCount consortia { members { company { id } isLead } } } }');
    expect(radar.data.consortia.singleSupplierCount).toBe(0);
    expect(radar.data.consortia.consortia[0].members).toEqual([
      { company: { id: 't1-bonner-cyberdefence' }, isLead: true }, { company: { id: 'sme-moehne-analytics' }, isLead: false },
    ]);
    const fit = await t.gql('{ whereDoIFit(companyId: "sme-maerkische-schutzbau") { qualifying { role { id } } cheapestSteps { rolesUnlocked roles { id } } } }');
    expect(fit.data.whereDoIFit.qualifying).toHaveLength(1);
    expect(fit.data.whereDoIFit.cheapestSteps).toEqual([
      { rolesUnlocked: 3, roles: [{ id: 'role-025' }, { id: 'role-037' }, { id: 'role-053' }] },
      { rolesUnlocked: 1, roles: [{ id: 'role-002' }] },
    ]);
  });

  it('shows the gaps and the fragile chain the README walks through', async () => {
    const gaps = await t.gql('{ capabilityGaps(scope: { networkId: "defence-nrw" }) { gaps { status capability { id } closers { company { id } } } } }');
    const byId = Object.fromEntries(gaps.data.capabilityGaps.gaps.map((g: any) => [g.capability.id, g]));
    expect(byId['image-intensifier-tubes']).toEqual({ status: 'UNCOVERED', capability: { id: 'image-intensifier-tubes' }, closers: [] });
    expect(byId['satellite-components'].status).toBe('UNCOVERED');
    expect(byId['satellite-components'].closers.map((c: any) => c.company.id).sort()).toEqual(['sme-isar-satellitenbau', 'sme-weser-raumfahrttechnik']);
    const chain = await t.gql('{ supplyChain(programId: "prog-radschuetzenpanzer") { companies { tier } singlePointsOfFailure { company { id } cutOff { id } } } }');
    expect(Math.max(...chain.data.supplyChain.companies.map((c: any) => c.tier))).toBe(4);
    const schutzbau = chain.data.supplyChain.singlePointsOfFailure.find((s: any) => s.company.id === 'sme-maerkische-schutzbau');
    expect(schutzbau.cutOff).toEqual([{ id: 'sme-ennepe-kabeltechnik' }, { id: 'sme-hagener-keramik' }]);
  });

  it('answers companies(first: 5) with nested capabilities and certifications', async () => {
    const { data, errors } = await t.gql(`{
      companies(first: 5) { edges { node { name capabilities { level capability { name } } certifications { certification { name } } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.companies.edges).toHaveLength(5);
    const withClaims = data.companies.edges.filter((e: any) => e.node.capabilities.length > 0 && e.node.certifications.length > 0);
    expect(withClaims.length).toBeGreaterThan(0);
  });
});
