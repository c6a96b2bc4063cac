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
