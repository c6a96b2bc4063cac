import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, loadFixture, removeFixture, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

describe('capabilities', () => {
  it('returns the taxonomy as a tree with parent, children, domain and depth', async () => {
    const { data, errors } = await t.gql(CAPABILITY_TREE);
    expect(errors).toBeUndefined();
    const byId = Object.fromEntries(data!.capabilities.map((c) => [c.id, c]));
    expect(Object.keys(byId)).toHaveLength(9);
    expect(byId['armour-tiles']).toEqual({
      id: 'armour-tiles', name: 'Ceramic armour tiles', nameDe: 'Keramische Schutzkacheln', nsc: '9390', depth: 2,
      parent: { id: 'ceramics' }, children: [], domain: { id: 'materials' },
    });
    expect(byId.materials).toMatchObject({ depth: 0, parent: null, domain: { id: 'materials' }, children: [{ id: 'ceramics' }, { id: 'composites' }] });
  });

  it('lists the top domains only, or one domain', async () => {
    const roots = await t.gql(CAPABILITY_DOMAINS);
    expect(roots.data!.capabilities.map((c) => c.id)).toEqual(['electronics', 'manufacturing', 'materials']);
    const domain = await t.gql(CAPABILITIES_OF_DOMAIN, { domainId: 'manufacturing' });
    expect(domain.data!.capabilities.map((c) => c.id)).toEqual(['machining', 'manufacturing', 'milling']);
    const unknown = await t.gql(CAPABILITIES_OF_DOMAIN, { domainId: 'nope' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'domainId' });
  });

  it('reads the taxonomy once per request however many fields need it', async () => {
    const before = t.app.executor.queryCount;
    await t.gql(CAPABILITY_TREE);
    expect(t.app.executor.queryCount - before).toBe(1);
  });
});

describe('certifications, programs, networks, regions', () => {
  it('lists the certification catalogue', async () => {
    const { data } = await t.gql(CERTIFICATIONS);
    expect(data!.certifications).toEqual([
      { id: 'aqap-2110', name: 'AQAP 2110', category: 'DEFENCE' },
      { id: 'en-9100', name: 'EN 9100', category: 'AEROSPACE' },
      { id: 'iso-9001', name: 'ISO 9001', category: 'QUALITY' },
    ]);
  });

  it('lists programs with their prime and supply roles, soonest deadline first', async () => {
    const { data } = await t.gql(PROGRAMS);
    expect(data!.programs).toEqual([
      { id: 'prog-x', customer: 'BAAINBw', prime: { id: 'prime-a' }, supplyRoles: [{ id: 'role-2', status: 'OPEN' }, { id: 'role-1', status: 'OPEN' }] },
      { id: 'prog-y', customer: 'BAAINBw', prime: { id: 'prime-a' }, supplyRoles: [{ id: 'role-3', status: 'FILLED' }] },
    ]);
  });

  it('nests networks and counts members of sub-networks in the parent', async () => {
    const { data } = await t.gql(NETWORKS);
    const byId = Object.fromEntries(data!.networks.map((n) => [n.id, n]));
    expect(byId['defence-nrw']).toEqual({
      id: 'defence-nrw', memberCount: 1, parent: null, children: [{ id: 'nmwp-nrw' }], members: [{ id: 'sme-c' }, { id: 'sme-e' }],
    });
    expect(byId['bvmw-hagen']).toEqual({ id: 'bvmw-hagen', memberCount: 2, parent: { id: 'bvmw' }, children: [], members: [{ id: 'sme-c' }, { id: 'sme-d' }] });
  });

  it('nests regions: Land, Regierungsbezirk, Kreis', async () => {
    const { data } = await t.gql(REGIONS);
    const byId = Object.fromEntries(data!.regions.map((r) => [r.id, r]));
    expect(byId['rb-arnsberg']).toEqual({
      id: 'rb-arnsberg', kind: 'REGIERUNGSBEZIRK', parent: { id: 'nrw' }, children: [{ id: 'hagen' }, { id: 'maerkischer-kreis' }],
    });
    expect(byId.nrw.parent).toBeNull();
  });
});

const CAPABILITY_TREE = graphql(`
  query CapabilityTree {
    capabilities { id name nameDe nsc depth parent { id } children { id } domain { id } }
  }`);

const CAPABILITY_DOMAINS = graphql(`
  query CapabilityDomains {
    capabilities(rootsOnly: true) { id }
  }`);

const CAPABILITIES_OF_DOMAIN = graphql(`
  query CapabilitiesOfDomain($domainId: ID!) {
    capabilities(domainId: $domainId) { id }
  }`);

const CERTIFICATIONS = graphql(`
  query Certifications {
    certifications { id name category }
  }`);

const PROGRAMS = graphql(`
  query Programs {
    programs { id customer prime { id } supplyRoles { id status } }
  }`);

const NETWORKS = graphql(`
  query Networks {
    networks { id memberCount parent { id } children { id } members { id } }
  }`);

const REGIONS = graphql(`
  query Regions {
    regions { id kind parent { id } children { id } }
  }`);
