import { graphql } from './graphql';
import { createTestApp, graphStats, loadFixture, TestApp } from './helpers/test-app';

const NOTHING = {
  regions: [], networks: [], capabilities: [], certifications: [], companies: [], memberships: [], capabilityClaims: [],
  certificates: [], contacts: [], programs: [], supplyLinks: [], supplyRoles: [], readinessAssessments: [],
};

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // An empty fixture: the suite starts from a database without demo data and builds everything through the API.
  await loadFixture(t, NOTHING);
});

afterAll(async () => {
  // The graph was empty when the suite began, so everything in it now is what the suite created.
  await t.driver.executeQuery('MATCH (n) DETACH DELETE n');
  await t.close();
});

describe('a fresh database set up entirely through the API', () => {
  it('creates regions with AGS and NUTS keys, a taxonomy of three levels, certifications with inclusions, networks and a program', async () => {
    for (const input of [
      { id: 'nrw', name: 'Nordrhein-Westfalen', kind: 'LAND' as const, ags: '05', nuts: 'DEA' },
      { id: 'rb-arnsberg', name: 'Regierungsbezirk Arnsberg', kind: 'REGIERUNGSBEZIRK' as const, parentId: 'nrw', ags: '059', nuts: 'DEA5' },
      { id: 'ennepe-ruhr-kreis', name: 'Ennepe-Ruhr-Kreis', kind: 'KREIS' as const, parentId: 'rb-arnsberg', ags: '05954', nuts: 'DEA56' },
    ]) expect((await t.gql(UPSERT_REGION, { input })).errors).toBeUndefined();
    for (const input of [
      { id: 'materials', name: 'Advanced materials', nameDe: 'Neue Werkstoffe', edaCapTech: 'Materials & Structures' },
      { id: 'ceramics', name: 'High-performance ceramics', nameDe: 'Hochleistungskeramik', parentId: 'materials', nace: '23.44' },
      { id: 'armour-tiles', name: 'Ceramic armour tiles', nameDe: 'Keramische Schutzkacheln', parentId: 'ceramics', nsc: '9390', cpv: '35321000-5' },
    ]) expect((await t.gql(UPSERT_CAPABILITY, { input })).errors).toBeUndefined();
    for (const input of [
      { id: 'din-en-iso-9001', name: 'DIN EN ISO 9001', category: 'QUALITY' as const, validityYears: 3, isQualityManagement: true },
      { id: 'aqap-2110', name: 'AQAP 2110', category: 'DEFENCE' as const, validityYears: 3, includes: ['din-en-iso-9001'] },
    ]) expect((await t.gql(UPSERT_CERTIFICATION, { input })).errors).toBeUndefined();
    for (const input of [
      { id: 'defence-nrw', name: 'DEFENCE.NRW', kind: 'UMBRELLA' as const },
      { id: 'nmwp-nrw', name: 'NMWP.NRW', kind: 'CLUSTER' as const, parentId: 'defence-nrw', website: 'https://www.nmwp.de' },
    ]) expect((await t.gql(UPSERT_NETWORK, { input })).errors).toBeUndefined();
    expect((await t.gql(UPSERT_COMPANY, { input: { id: 'prime', name: 'Prime AG', isPrime: true } })).errors).toBeUndefined();
    const program = await t.gql(UPSERT_PROGRAM, {
      input: { id: 'vehicle', name: 'Vehicle program', primeId: 'prime', customer: 'BAAINBw', domain: 'land' },
    });
    expect(program.data?.upsertProgram).toEqual({ id: 'vehicle', name: 'Vehicle program', customer: 'BAAINBw', domain: 'land', prime: { id: 'prime' } });

    const { data, errors } = await t.gql(CATALOGUE);
    expect(errors).toBeUndefined();
    expect(data!.capabilities.find((c) => c.id === 'armour-tiles')).toEqual({
      id: 'armour-tiles', name: 'Ceramic armour tiles', nameDe: 'Keramische Schutzkacheln', nsc: '9390', cpv: '35321000-5', nace: null,
      edaCapTech: null, depth: 2, parent: { id: 'ceramics' }, domain: { id: 'materials' },
    });
    expect(data!.certifications).toEqual([
      { id: 'aqap-2110', isQualityManagement: false, includes: [{ id: 'din-en-iso-9001' }] },
      { id: 'din-en-iso-9001', isQualityManagement: true, includes: [] },
    ]);
    expect(data!.networks).toEqual([
      { id: 'defence-nrw', kind: 'UMBRELLA', parent: null, children: [{ id: 'nmwp-nrw' }] },
      { id: 'nmwp-nrw', kind: 'CLUSTER', parent: { id: 'defence-nrw' }, children: [] },
    ]);
    expect(data!.regions).toEqual([
      { id: 'ennepe-ruhr-kreis', kind: 'KREIS', ags: '05954', nuts: 'DEA56', parent: { id: 'rb-arnsberg' } },
      { id: 'nrw', kind: 'LAND', ags: '05', nuts: 'DEA', parent: null },
      { id: 'rb-arnsberg', kind: 'REGIERUNGSBEZIRK', ags: '059', nuts: 'DEA5', parent: { id: 'nrw' } },
    ]);
  });

  it('refuses a taxonomy move that would make a cycle, naming the cycle, and writes nothing', async () => {
    const before = await graphStats(t);
    const { errors } = await t.gql(UPSERT_CAPABILITY, { input: { id: 'materials', name: 'Advanced materials', parentId: 'armour-tiles' } });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect(errors?.[0].message).toBe('Invalid value for parentId: would make a cycle: materials > armour-tiles > ceramics > materials');
    expect(await graphStats(t)).toEqual(before);
    const { data } = await t.gql(CATALOGUE);
    expect(data!.capabilities.find((c) => c.id === 'materials')).toMatchObject({ parent: null, nameDe: 'Neue Werkstoffe' });
  });

  it('refuses a certification inclusion cycle and writes nothing', async () => {
    const before = await graphStats(t);
    const { errors } = await t.gql(UPSERT_CERTIFICATION, {
      input: { id: 'din-en-iso-9001', name: 'DIN EN ISO 9001', category: 'QUALITY', isQualityManagement: true, includes: ['aqap-2110'] },
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'includes' });
    expect(errors?.[0].message).toBe('Invalid value for includes: would make a cycle: din-en-iso-9001 > aqap-2110 > din-en-iso-9001');
    expect(await graphStats(t)).toEqual(before);
  });

  it('refuses a parent, an inclusion or a prime that does not exist (NOT_FOUND naming the field)', async () => {
    const parent = await t.gql(UPSERT_REGION, { input: { id: 'hagen', name: 'Hagen', kind: 'KREISFREIE_STADT', parentId: 'rb-nowhere' } });
    expect(parent.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parentId', id: 'rb-nowhere' });
    const included = await t.gql(UPSERT_CERTIFICATION, { input: { id: 'aqap-2310', name: 'AQAP 2310', category: 'DEFENCE', includes: ['en-9100'] } });
    expect(included.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'includes', id: 'en-9100' });
    const prime = await t.gql(UPSERT_PROGRAM, { input: { id: 'frigate', name: 'Frigate', primeId: 'nobody' } });
    expect(prime.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'primeId', entity: 'Company' });
    const { data } = await t.gql(CATALOGUE);
    expect(data!.regions.map((r) => r.id)).not.toContain('hagen');
  });

  it('finds a capability by its NSC, CPV or NACE code', async () => {
    for (const [text, id] of [['9390', 'armour-tiles'], ['35321000', 'armour-tiles'], ['23.44', 'ceramics']]) {
      const { data, errors } = await t.gql(SEARCH, { text });
      expect(errors).toBeUndefined();
      expect(data!.search[0]).toMatchObject({ node: { __typename: 'Capability', id } });
    }
  });

  it('matches suppliers and reports gaps on the catalogue it built, counting AQAP 2110 as quality management through its inclusion', async () => {
    await t.gql(UPSERT_COMPANY, {
      input: { id: 'sme-x', name: 'Keramik X GmbH', regionId: 'ennepe-ruhr-kreis', location: { latitude: 51.39, longitude: 7.33 }, memberships: [{ networkId: 'nmwp-nrw' }] },
    });
    await t.gql(UPSERT_COMPANY, { input: { id: 'sme-y', name: 'Keramik Y GmbH', regionId: 'ennepe-ruhr-kreis', memberships: [{ networkId: 'defence-nrw' }] } });
    await t.gql(SET_CAPABILITIES, { companyId: 'sme-x', capabilities: [{ capabilityId: 'armour-tiles', level: 4, evidenceLevel: 'VERIFIED' }] });
    await t.gql(SET_CAPABILITIES, { companyId: 'sme-y', capabilities: [{ capabilityId: 'armour-tiles', level: 2, evidenceLevel: 'VERIFIED' }] });
    await t.gql(SET_CERTIFICATIONS, {
      companyId: 'sme-x', certifications: [{ certificationId: 'aqap-2110', validUntil: '2099-12-31', evidenceLevel: 'VERIFIED' }],
    });
    const role = await t.gql(UPSERT_ROLE, {
      input: {
        id: 'tiles-role', title: 'Armour tiles', buyerId: 'prime', programId: 'vehicle', tier: 2,
        requiredCapabilities: [{ capabilityId: 'armour-tiles', minLevel: 3 }], requiredCertifications: [{ certificationId: 'din-en-iso-9001' }],
      },
    });
    expect(role.errors).toBeUndefined();

    const { data, errors } = await t.gql(MATCH, { roleId: 'tiles-role' });
    expect(errors).toBeUndefined();
    const [best] = data!.matchSuppliers.matches;
    expect(best.company.id).toBe('sme-x');
    expect(best.eligible).toBe(true);
    // Readiness: export control not assessed 0, quality management 1 (AQAP 2110 includes the flagged DIN EN ISO 9001),
    // claims all VERIFIED 1: (0 + 1 + 1) / 3.
    expect(best.breakdown.find((b) => b.criterion === 'READINESS')?.score).toBe(0.6667);
    expect(best.certificationMatches).toEqual([{ certification: { id: 'din-en-iso-9001' }, heldCertification: { id: 'aqap-2110' }, met: true }]);
    expect(data!.matchSuppliers.eligibleCount).toBe(1);

    const gaps = await t.gql(GAPS, { scope: { networkId: 'defence-nrw' } });
    expect(gaps.errors).toBeUndefined();
    expect(gaps.data!.capabilityGaps.gaps).toEqual([
      { status: 'SINGLE_SOURCE', capability: { id: 'armour-tiles' }, requiredLevel: 3, suppliers: [{ id: 'sme-x' }] },
    ]);
  });

  it('refuses to retire a capability that is claimed and required, writes nothing, and retires it when they move to a replacement', async () => {
    const before = await graphStats(t);
    const used = await t.gql(RETIRE_CAPABILITY, { id: 'armour-tiles' });
    expect(used.errors?.[0]).toMatchObject({
      message: "Capability 'armour-tiles' is claimed by 2 companies and required by 1 supply roles: name a replacementId to move them to",
      extensions: { code: 'CONFLICT' },
    });
    const narrower = await t.gql(RETIRE_CAPABILITY, { id: 'ceramics' });
    expect(narrower.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await graphStats(t)).toEqual(before);

    await t.gql(UPSERT_CAPABILITY, { input: { id: 'ceramic-armour', name: 'Ceramic armour', parentId: 'ceramics' } });
    const retired = await t.gql(RETIRE_CAPABILITY, { id: 'armour-tiles', replacementId: 'ceramic-armour' });
    expect(retired.data?.retireCapability).toBe('armour-tiles');
    const { data } = await t.gql(MATCH, { roleId: 'tiles-role' });
    expect(data!.matchSuppliers.matches.map((m) => [m.company.id, m.eligible])).toEqual([['sme-x', true], ['sme-y', false]]);
  });

  it('accepts ids in any case on input and lookup, and stores them lower-case', async () => {
    const created = await t.gql(UPSERT_COMPANY, { input: { id: 'ZZ-A', name: 'Zulieferer ZZ-A GmbH', regionId: 'Ennepe-Ruhr-Kreis' } });
    expect(created.data?.upsertCompany).toEqual({ id: 'zz-a' });
    await t.gql(SET_CAPABILITIES, { companyId: 'Zz-A', capabilities: [{ capabilityId: 'CERAMIC-ARMOUR', level: 3 }] });
    const { data, errors } = await t.gql(COMPANY, { id: 'ZZ-A' });
    expect(errors).toBeUndefined();
    expect(data!.company).toEqual({ id: 'zz-a', region: { id: 'ennepe-ruhr-kreis' }, capabilities: [{ capability: { id: 'ceramic-armour' } }] });
    const invalid = await t.gql(COMPANY, { id: 'ZZ A' });
    expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    await t.gql(DELETE_COMPANY, { id: 'ZZ-a' });
    expect((await t.gql(COMPANY, { id: 'zz-a' })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets only network staff manage the catalogue: a company key is refused', async () => {
    const companyKey = { kind: 'company' as const, companyId: 'sme-x', name: 'Keramik X' };
    const response = await t.app.apollo.executeOperation(
      { query: UPSERT_REGION, variables: { input: { id: 'hagen', name: 'Hagen', kind: 'KREISFREIE_STADT' } } },
      { contextValue: t.app.context(companyKey) },
    );
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    expect(errors?.[0]).toMatchObject({ message: expect.stringContaining('Only network staff may manage the catalogue'), extensions: { code: 'FORBIDDEN' } });
  });
});

const UPSERT_REGION = graphql(`
  mutation UpsertRegion($input: RegionInput!) { upsertRegion(input: $input) { id name kind ags nuts parent { id } } }`);

const UPSERT_CAPABILITY = graphql(`
  mutation UpsertCapability($input: CapabilityInput!) { upsertCapability(input: $input) { id name parent { id } } }`);

const UPSERT_CERTIFICATION = graphql(`
  mutation UpsertCertification($input: CertificationInput!) { upsertCertification(input: $input) { id includes { id } } }`);

const UPSERT_NETWORK = graphql(`
  mutation UpsertNetwork($input: NetworkInput!) { upsertNetwork(input: $input) { id kind parent { id } } }`);

const UPSERT_PROGRAM = graphql(`
  mutation UpsertProgram($input: ProgramInput!) { upsertProgram(input: $input) { id name customer domain prime { id } } }`);

const RETIRE_CAPABILITY = graphql(`
  mutation RetireCapability($id: ID!, $replacementId: ID) { retireCapability(id: $id, replacementId: $replacementId) }`);

const UPSERT_COMPANY = graphql(`
  mutation UpsertCompanyForCatalogue($input: CompanyInput!) { upsertCompany(input: $input) { id } }`);

const COMPANY = graphql(`
  query CompanyInAnyCase($id: ID!) { company(id: $id) { id region { id } capabilities { capability { id } } } }`);

const DELETE_COMPANY = graphql(`
  mutation DeleteCompanyInAnyCase($id: ID!) { deleteCompany(id: $id) }`);

const SET_CAPABILITIES = graphql(`
  mutation SetCapabilitiesForCatalogue($companyId: ID!, $capabilities: [CapabilityClaimInput!]!) {
    setCompanyCapabilities(companyId: $companyId, capabilities: $capabilities) { id }
  }`);

const SET_CERTIFICATIONS = graphql(`
  mutation SetCertificationsForCatalogue($companyId: ID!, $certifications: [CertificateInput!]!) {
    setCompanyCertifications(companyId: $companyId, certifications: $certifications) { id }
  }`);

const UPSERT_ROLE = graphql(`
  mutation UpsertRoleForCatalogue($input: SupplyRoleInput!) { upsertSupplyRole(input: $input) { id } }`);

const CATALOGUE = graphql(`
  query Catalogue {
    capabilities { id name nameDe nsc cpv nace edaCapTech depth parent { id } domain { id } }
    certifications { id isQualityManagement includes { id } }
    networks { id kind parent { id } children { id } }
    regions { id kind ags nuts parent { id } }
  }`);

const SEARCH = graphql(`
  query SearchCatalogue($text: String!) { search(text: $text) { node { __typename ... on Capability { id } ... on Company { id } } } }`);

const MATCH = graphql(`
  query MatchOnBuiltCatalogue($roleId: ID!) {
    matchSuppliers(roleId: $roleId, options: { includeNearMisses: true }) {
      eligibleCount
      matches {
        company { id } eligible
        breakdown { criterion score }
        certificationMatches { certification { id } heldCertification { id } met }
      }
    }
  }`);

const GAPS = graphql(`
  query GapsOnBuiltCatalogue($scope: AnalysisScope) {
    capabilityGaps(scope: $scope) { gaps { status capability { id } requiredLevel suppliers { id } } }
  }`);
