import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql, VariablesOf } from './graphql';
import { createTestApp, graphStats, loadFixture, reloadFixture, removeFixture, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

/** Puts back the claims and certificates of the fixture's companies that the tests below replace. */
async function restoreClaimsAndCertificates(): Promise<void> {
  await t.driver.executeQuery("MATCH (company:Company) WHERE company.id IN ['sme-c', 'sme-f'] MATCH (company)-[fact:HAS_CAPABILITY|HOLDS]->() DELETE fact");
  await reloadFixture(t, SMALL_GRAPH);
}

const NEW_COMPANY: VariablesOf<typeof UPSERT_COMPANY>['input'] = {
  id: 'sme-g',
  name: 'Gießerei G GmbH',
  legalForm: 'GmbH',
  sizeClass: 'SMALL',
  employees: 40,
  postalCode: '58507',
  city: 'Lüdenscheid',
  regionId: 'maerkischer-kreis',
  location: { latitude: 51.22, longitude: 7.63 },
  website: 'https://sme-g.example',
  memberships: [{ networkId: 'bvmw-hagen', since: '2024-02-01' }],
  contacts: [{ id: 'contact-g', name: 'Jonas Muster', email: 'jonas.muster@sme-g.example' }],
};

describe('upsertCompany', () => {
  afterEach(() => t.driver.executeQuery(
    "MATCH (company:Company {id: 'sme-g'}) OPTIONAL MATCH (contact:ContactPerson)-[:WORKS_FOR]->(company) DETACH DELETE company, contact",
  ));

  it('creates a company with region, location, memberships and contacts', async () => {
    const { data, errors } = await t.gql(UPSERT_COMPANY, { input: NEW_COMPANY });
    expect(errors).toBeUndefined();
    expect(data!.upsertCompany).toEqual({
      id: 'sme-g', name: 'Gießerei G GmbH', employees: 40, postalCode: '58507', city: 'Lüdenscheid', securityClearance: 'NONE',
      exportControl: 'NOT_ASSESSED', location: { latitude: 51.22, longitude: 7.63 }, region: { id: 'maerkischer-kreis' },
      networks: [{ network: { id: 'bvmw-hagen' }, since: '2024-02-01' }], contacts: [{ id: 'contact-g', name: 'Jonas Muster' }],
    });
    const inRegion = await t.gql(COMPANY_COUNT, { where: { regionId: 'rb-arnsberg' } });
    expect(inRegion.data!.companies.totalCount).toBe(4);
  });

  it('updates only the fields given and clears the ones set to null', async () => {
    await t.gql(UPSERT_COMPANY, { input: NEW_COMPANY });
    const { data, errors } = await t.gql(UPSERT_COMPANY, {
      input: { id: 'sme-g', name: 'Gießerei G GmbH & Co. KG', employees: null, securityClearance: 'VS_NFD' },
    });
    expect(errors).toBeUndefined();
    expect(data!.upsertCompany).toMatchObject({
      name: 'Gießerei G GmbH & Co. KG', employees: null, postalCode: '58507', securityClearance: 'VS_NFD',
      region: { id: 'maerkischer-kreis' }, networks: [{ network: { id: 'bvmw-hagen' } }], contacts: [{ id: 'contact-g' }],
    });
  });

  it('rejects an invalid postal code with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await graphStats(t);
    const { errors } = await t.gql(UPSERT_COMPANY, { input: { ...NEW_COMPANY, postalCode: '5850' } });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postalCode' });
    expect(errors?.[0].message).toBe('Invalid input: postalCode: postalCode must be a German postal code of five digits');
    expect(await graphStats(t)).toEqual(before);
  });

  it('names the nested field of an invalid contact e-mail', async () => {
    const { errors } = await t.gql(UPSERT_COMPANY, {
      input: { ...NEW_COMPANY, contacts: [{ id: 'contact-g', name: 'Jonas Muster', email: 'not-an-address' }] },
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contacts[0].email' });
  });

  it('answers NOT_FOUND for an unknown network, naming the field, and writes nothing', async () => {
    const before = await graphStats(t);
    const { errors } = await t.gql(UPSERT_COMPANY, { input: { ...NEW_COMPANY, memberships: [{ networkId: 'no-such-network' }] } });
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'memberships[0].networkId', id: 'no-such-network' });
    expect(await graphStats(t)).toEqual(before);
  });
});

describe('setCompanyCapabilities', () => {
  afterEach(restoreClaimsAndCertificates);

  it('replaces the claims and records the source', async () => {
    const { data, errors } = await t.gql(SET_CAPABILITIES, {
      companyId: 'sme-c',
      capabilities: [
        { capabilityId: 'armour-tiles', level: 5, evidence: 'Ballistic test report', evidenceLevel: 'VERIFIED' },
        { capabilityId: 'composites', level: 2 },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data!.setCompanyCapabilities.capabilities).toEqual([
      { level: 5, evidence: 'Ballistic test report', evidenceLevel: 'VERIFIED', source: 'api (anonymous)', capability: { id: 'armour-tiles' } },
      { level: 2, evidence: null, evidenceLevel: 'SELF_DECLARED', source: 'api (anonymous)', capability: { id: 'composites' } },
    ]);
  });

  it('keeps a verified claim when a later, weaker source changes it', async () => {
    // Ceramics C's armour tiles are VERIFIED at level 4; a self-declared edit says level 5.
    const { data } = await t.gql(SET_CAPABILITIES, {
      companyId: 'sme-c',
      capabilities: [{ capabilityId: 'armour-tiles', level: 5, evidence: 'We are the best' }, { capabilityId: 'milling', level: 3 }],
    });
    expect(data!.setCompanyCapabilities.capabilities).toEqual([
      { level: 4, evidence: 'Qualified by Tier One B', evidenceLevel: 'VERIFIED', source: 'demo data', capability: { id: 'armour-tiles' } },
      { level: 3, evidence: null, evidenceLevel: 'SELF_DECLARED', source: 'api (anonymous)', capability: { id: 'milling' } },
    ]);
    const stronger = await t.gql(SET_CAPABILITIES, {
      companyId: 'sme-c', capabilities: [{ capabilityId: 'armour-tiles', level: 5, evidence: 'Audit 2026', evidenceLevel: 'VERIFIED' }],
    });
    expect(stronger.data!.setCompanyCapabilities.capabilities).toEqual([
      { level: 5, evidence: 'Audit 2026', evidenceLevel: 'VERIFIED', source: 'api (anonymous)', capability: { id: 'armour-tiles' } },
    ]);
  });

  it('regression: claims and certificates sent again unchanged (the web editors send the whole list) keep their source; they took the editor\'s', async () => {
    // Ceramics C's milling claim (demo data, self-declared) is sent again as it is, beside a changed armour-tiles claim.
    const claims = await t.gql(SET_CAPABILITIES, {
      companyId: 'sme-c',
      capabilities: [
        { capabilityId: 'armour-tiles', level: 5, evidence: 'Audit 2026', evidenceLevel: 'VERIFIED' },
        { capabilityId: 'milling', level: 2, evidence: null, evidenceLevel: 'SELF_DECLARED' },
      ],
    });
    expect(claims.data!.setCompanyCapabilities.capabilities).toEqual([
      { level: 5, evidence: 'Audit 2026', evidenceLevel: 'VERIFIED', source: 'api (anonymous)', capability: { id: 'armour-tiles' } },
      { level: 2, evidence: null, evidenceLevel: 'SELF_DECLARED', source: 'demo data', capability: { id: 'milling' } },
    ]);
    const certificates = await t.gql(SET_CERTIFICATIONS_WITH_SOURCE, {
      companyId: 'sme-c',
      certifications: [
        { certificationId: 'iso-9001', scope: 'Manufacture', certificateNumber: 'T-sme-c-iso-9001', validFrom: '2024-05-01', validUntil: '2099-04-30', evidenceLevel: 'VERIFIED' },
        { certificationId: 'aqap-2110', scope: 'Manufacture', certificateNumber: 'T-sme-c-aqap-2110', validFrom: '2023-01-02', validUntil: '2026-01-01', evidenceLevel: 'VERIFIED' },
      ],
    });
    expect(certificates.data!.setCompanyCertifications.certifications).toEqual([
      { certification: { id: 'aqap-2110' }, validUntil: '2026-01-01', source: 'api (anonymous)' },
      { certification: { id: 'iso-9001' }, validUntil: '2099-04-30', source: 'demo data' },
    ]);
  });

  it('keeps a verified certificate when a weaker source reports it', async () => {
    const { data } = await t.gql(SET_CERTIFICATIONS, {
      companyId: 'sme-c',
      certifications: [{ certificationId: 'iso-9001', validFrom: '2026-01-01', validUntil: '2026-06-30', evidenceLevel: 'SELF_DECLARED' }],
    });
    expect(data!.setCompanyCertifications.certifications).toEqual([
      { certification: { id: 'iso-9001' }, scope: 'Manufacture', validFrom: '2024-05-01', validUntil: '2099-04-30', evidenceLevel: 'VERIFIED', isValid: true },
    ]);
  });

  it('rejects a level outside 1..5 and an unknown capability, keeping the old claims', async () => {
    const level = await t.gql(SET_CAPABILITIES, { companyId: 'sme-c', capabilities: [{ capabilityId: 'armour-tiles', level: 6 }] });
    expect(level.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capabilities[0].level' });
    const unknown = await t.gql(SET_CAPABILITIES, {
      companyId: 'sme-c',
      capabilities: [{ capabilityId: 'armour-tiles', level: 5 }, { capabilityId: 'warp-drives', level: 3 }],
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'capabilities[1].capabilityId' });
    const { data } = await t.gql(CLAIMS, { id: 'sme-c' });
    expect(data!.company!.capabilities).toEqual([
      { level: 4, capability: { id: 'armour-tiles' } },
      { level: 2, capability: { id: 'milling' } },
    ]);
  });

  it('rejects the same capability twice and an unknown company', async () => {
    const twice = await t.gql(SET_CAPABILITIES, {
      companyId: 'sme-c', capabilities: [{ capabilityId: 'milling', level: 2 }, { capabilityId: 'milling', level: 3 }],
    });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capabilities[1].capabilityId' });
    const unknown = await t.gql(SET_CAPABILITIES, { companyId: 'nobody', capabilities: [] });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'companyId' });
  });
});

describe('setCompanyCertifications', () => {
  afterEach(restoreClaimsAndCertificates);

  it('replaces the certificates', async () => {
    const { data, errors } = await t.gql(SET_CERTIFICATIONS, {
      companyId: 'sme-f',
      certifications: [{ certificationId: 'en-9100', scope: 'Composite parts', validFrom: '2026-01-01', validUntil: '2099-01-01', evidenceLevel: 'VERIFIED' }],
    });
    expect(errors).toBeUndefined();
    expect(data!.setCompanyCertifications.certifications).toEqual([
      { certification: { id: 'en-9100' }, scope: 'Composite parts', validFrom: '2026-01-01', validUntil: '2099-01-01', evidenceLevel: 'VERIFIED', isValid: true },
    ]);
  });

  it('rejects valid-until before valid-from, naming the field, and writes nothing', async () => {
    const before = await graphStats(t);
    const { errors } = await t.gql(SET_CERTIFICATIONS, {
      companyId: 'sme-c',
      certifications: [{ certificationId: 'iso-9001', validFrom: '2026-01-01', validUntil: '2025-12-31' }],
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'certifications[0].validUntil' });
    expect(await graphStats(t)).toEqual(before);
  });

  it('rejects a malformed date', async () => {
    const { errors } = await t.gql(SET_CERTIFICATIONS, {
      companyId: 'sme-c', certifications: [{ certificationId: 'iso-9001', validUntil: '31.12.2026' }],
    });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('validUntil');
  });
});

describe('supply roles', () => {
  const ROLE: VariablesOf<typeof UPSERT_ROLE>['input'] = {
    id: 'role-new', title: 'Composite spall liners', buyerId: 'sme-c', programId: 'prog-x', tier: 3, deadline: '2027-06-30',
    location: { latitude: 51.36, longitude: 7.47 }, maxDistanceKm: 100, securityClearance: 'VS_NFD',
    requiredCapabilities: [{ capabilityId: 'composites', minLevel: 3 }, { capabilityId: 'milling', minLevel: 2, mandatory: false }],
    requiredCertifications: [{ certificationId: 'iso-9001', minEvidenceLevel: 'VERIFIED' }],
  };

  afterEach(() => t.driver.executeQuery("MATCH (role:SupplyRole {id: 'role-new'}) DETACH DELETE role"));

  it('creates a role with its requirements and lists it by deadline', async () => {
    const { data, errors } = await t.gql(UPSERT_ROLE, { input: ROLE });
    expect(errors).toBeUndefined();
    expect(data!.upsertSupplyRole).toEqual({
      id: 'role-new', title: 'Composite spall liners', tier: 3, status: 'OPEN', securityClearance: 'VS_NFD', deadline: '2027-06-30',
      buyer: { id: 'sme-c' }, program: { id: 'prog-x' },
      requiredCapabilities: [
        { capability: { id: 'composites' }, minLevel: 3, mandatory: true },
        { capability: { id: 'milling' }, minLevel: 2, mandatory: false },
      ],
      requiredCertifications: [{ certification: { id: 'iso-9001' }, mandatory: true, minEvidenceLevel: 'VERIFIED' }],
    });
    const open = await t.gql(ROLES, { where: { status: 'OPEN' } });
    expect(open.data!.supplyRoles.edges.map((e) => e.node.id)).toEqual(['role-2', 'role-1', 'role-new']);
    expect(open.data!.supplyRoles.totalCount).toBe(3);
    // role-2 counts too: its nice-to-have composites sit below materials.
    const materials = await t.gql(ROLES, { where: { capabilityId: 'materials' } });
    expect(materials.data!.supplyRoles.edges.map((e) => e.node.id)).toEqual(['role-2', 'role-1', 'role-new']);
  });

  it('replaces the requirements on a second upsert', async () => {
    await t.gql(UPSERT_ROLE, { input: ROLE });
    const { data } = await t.gql(UPSERT_ROLE, {
      input: { ...ROLE, status: 'FILLED', requiredCapabilities: [{ capabilityId: 'armour-tiles', minLevel: 4 }], requiredCertifications: [] },
    });
    expect(data!.upsertSupplyRole).toMatchObject({
      status: 'FILLED', requiredCapabilities: [{ capability: { id: 'armour-tiles' }, minLevel: 4, mandatory: true }], requiredCertifications: [],
    });
  });

  it('answers NOT_FOUND for an unknown buyer and BAD_USER_INPUT for a role without requirements', async () => {
    const before = await graphStats(t);
    const buyer = await t.gql(UPSERT_ROLE, { input: { ...ROLE, buyerId: 'nobody' } });
    expect(buyer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'buyerId' });
    const empty = await t.gql(UPSERT_ROLE, { input: { ...ROLE, requiredCapabilities: [] } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requiredCapabilities' });
    expect(await graphStats(t)).toEqual(before);
  });

  it('answers supplyRole(id) and NOT_FOUND', async () => {
    const { data } = await t.gql(ROLE_SUMMARY, { id: 'role-2' });
    expect(data!.supplyRole).toEqual({ title: 'Milled tile carriers', buyer: { id: 'sme-c' }, requiredCapabilities: [{ capability: { id: 'composites' } }, { capability: { id: 'milling' } }] });
    const missing = await t.gql(ROLE_ID, { id: 'role-404' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('supply links', () => {
  it('adding a link makes a company Tier-2, removing it takes the tier away', async () => {
    const added = await t.gql(ADD_LINK, { input: { supplierId: 'sme-f', customerId: 'tier1-b', programId: 'prog-y', product: 'radomes', since: '2026-05-01' } });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addSupplyLink).toMatchObject({ product: 'radomes', since: '2026-05-01', supplier: { id: 'sme-f' }, customer: { id: 'tier1-b' }, program: { id: 'prog-y' } });
    const tiers = await t.gql(TIERS, { id: 'sme-f' });
    expect(tiers.data!.company!.tiers).toEqual([{ tier: 2, program: { id: 'prog-y' } }, { tier: 4, program: { id: 'prog-x' } }]);

    const removed = await t.gql(REMOVE_LINK, { id: added.data!.addSupplyLink.id });
    expect(removed.data!.removeSupplyLink).toMatchObject({ id: added.data!.addSupplyLink.id, product: 'radomes' });
    const after = await t.gql(TIERS, { id: 'sme-f' });
    expect(after.data!.company!.tiers).toEqual([{ tier: 4, program: { id: 'prog-x' } }]);
  });

  it('rejects a company supplying itself, unknown programs and unknown link ids', async () => {
    const self = await t.gql(ADD_LINK, { input: { supplierId: 'sme-f', customerId: 'sme-f', programId: 'prog-x' } });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });
    const program = await t.gql(ADD_LINK, { input: { supplierId: 'sme-f', customerId: 'sme-c', programId: 'prog-z' } });
    expect(program.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'programId' });
    const link = await t.gql(REMOVE_LINK, { id: 'link-404' });
    expect(link.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('deleteCompany', () => {
  afterAll(() => reloadFixture(t, SMALL_GRAPH));

  it('deletes the company with its contacts, links and the roles it buys, and answers NOT_FOUND the second time', async () => {
    const { data } = await t.gql(DELETE_COMPANY, { id: 'sme-c' });
    expect(data!.deleteCompany).toBe('sme-c');
    const stats = await graphStats(t);
    expect(stats.Company).toBe(5);
    expect(stats.ContactPerson).toBeUndefined();
    expect(stats.SUPPLIES).toBe(5);
    expect(stats.SupplyRole).toBe(2);
    const role = await t.gql(ROLE_ID, { id: 'role-2' });
    expect(role.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const again = await t.gql(DELETE_COMPANY, { id: 'sme-c' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

const UPSERT_COMPANY = graphql(`
  mutation UpsertCompany($input: CompanyInput!) {
    upsertCompany(input: $input) {
      id name employees postalCode city securityClearance exportControl location { latitude longitude } region { id }
      networks { network { id } since } contacts { id name }
    }
  }`);

const SET_CAPABILITIES = graphql(`
  mutation SetCapabilities($companyId: ID!, $capabilities: [CapabilityClaimInput!]!) {
    setCompanyCapabilities(companyId: $companyId, capabilities: $capabilities) {
      capabilities { level evidence evidenceLevel source capability { id } }
    }
  }`);

const SET_CERTIFICATIONS = graphql(`
  mutation SetCertifications($companyId: ID!, $certifications: [CertificateInput!]!) {
    setCompanyCertifications(companyId: $companyId, certifications: $certifications) {
      certifications { certification { id } scope validFrom validUntil evidenceLevel isValid }
    }
  }`);

const UPSERT_ROLE = graphql(`
  mutation UpsertRole($input: SupplyRoleInput!) {
    upsertSupplyRole(input: $input) {
      id title tier status securityClearance deadline buyer { id } program { id }
      requiredCapabilities { capability { id } minLevel mandatory }
      requiredCertifications { certification { id } mandatory minEvidenceLevel }
    }
  }`);

const ROLES = graphql(`
  query Roles($where: SupplyRoleWhere) {
    supplyRoles(where: $where) { totalCount edges { node { id } } }
  }`);

const ADD_LINK = graphql(`
  mutation AddLink($input: SupplyLinkInput!) {
    addSupplyLink(input: $input) { id product since supplier { id } customer { id } program { id } }
  }`);

const REMOVE_LINK = graphql(`
  mutation RemoveLink($id: ID!) {
    removeSupplyLink(id: $id) { id product }
  }`);

const DELETE_COMPANY = graphql(`
  mutation DeleteCompany($id: ID!) {
    deleteCompany(id: $id)
  }`);

const SET_CERTIFICATIONS_WITH_SOURCE = graphql(`
  mutation SetCertificationsWithSource($companyId: ID!, $certifications: [CertificateInput!]!) {
    setCompanyCertifications(companyId: $companyId, certifications: $certifications) {
      certifications { certification { id } validUntil source }
    }
  }`);

const COMPANY_COUNT = graphql(`
  query CompanyCount($where: CompanyWhere) {
    companies(where: $where) { totalCount }
  }`);

const CLAIMS = graphql(`
  query Claims($id: ID!) {
    company(id: $id) { capabilities { level capability { id } } }
  }`);

const TIERS = graphql(`
  query Tiers($id: ID!) {
    company(id: $id) { tiers { tier program { id } } }
  }`);

const ROLE_SUMMARY = graphql(`
  query RoleSummary($id: ID!) {
    supplyRole(id: $id) { title buyer { id } requiredCapabilities { capability { id } } }
  }`);

const ROLE_ID = graphql(`
  query RoleId($id: ID!) {
    supplyRole(id: $id) { id }
  }`);
