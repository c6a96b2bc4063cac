import { CompanyOrderField } from '../src/common/enums';
import { CompanyWhere } from '../src/company/company.input';
import { CompanyRepository, toCompanyFilter } from '../src/company/company.repository';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql, VariablesOf } from './graphql';
import { createTestApp, GqlResult, loadFixture, removeFixture, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

type CompanyPage = { companies: { edges: { node: { name: string } }[] } };

const names = (result: GqlResult<CompanyPage>) => result.data!.companies.edges.map((edge) => edge.node.name);

describe('company(id)', () => {
  it('returns a company with its nested capabilities, certificates, networks, links and region', async () => {
    const { data, errors } = await t.gql(COMPANY_DETAIL, { id: 'sme-c' });
    expect(errors).toBeUndefined();
    expect(data!.company).toEqual({
      id: 'sme-c',
      name: 'Ceramics C GmbH',
      sizeClass: 'SMALL',
      employees: 30,
      city: 'Hagen',
      postalCode: '58095',
      location: { latitude: 51.36, longitude: 7.47 },
      isPrime: false,
      region: { id: 'hagen', parent: { id: 'rb-arnsberg', parent: { id: 'nrw' } } },
      capabilities: [
        { level: 4, evidenceLevel: 'VERIFIED', capability: { id: 'armour-tiles', domain: { id: 'materials' } } },
        { level: 2, evidenceLevel: 'SELF_DECLARED', capability: { id: 'milling', domain: { id: 'manufacturing' } } },
      ],
      certifications: [
        { certification: { id: 'aqap-2110' }, validUntil: '2023-01-01', isValid: false, evidenceLevel: 'VERIFIED' },
        { certification: { id: 'iso-9001' }, validUntil: '2099-04-30', isValid: true, evidenceLevel: 'VERIFIED' },
      ],
      networks: [
        { network: { id: 'bvmw-hagen' }, since: '2020-01-15' },
        { network: { id: 'nmwp-nrw' }, since: '2021-03-01' },
      ],
      suppliers: [{ id: 'l-dx', product: 'milled tile carriers', supplier: { id: 'sme-d' }, program: { id: 'prog-x' } }],
      customers: [{ id: 'l-cx', product: 'armour tiles', customer: { id: 'tier1-b' }, program: { id: 'prog-x' } }],
      contacts: [{ name: 'Anna Beispiel', email: 'anna.beispiel@sme-c.example' }],
    });
  });

  it('derives the tier per program from the shortest chain to the prime', async () => {
    const { data } = await t.gql(COMPANY_TIERS, { id: 'sme-d' });
    expect(data!.company!.tiers).toEqual([
      { tier: 2, program: { id: 'prog-y' }, prime: { id: 'prime-a' }, chain: [{ id: 'sme-d' }, { id: 'tier1-b' }, { id: 'prime-a' }] },
      { tier: 3, program: { id: 'prog-x' }, prime: { id: 'prime-a' }, chain: [{ id: 'sme-d' }, { id: 'sme-c' }, { id: 'tier1-b' }, { id: 'prime-a' }] },
    ]);
    const tierFour = await t.gql(COMPANY_TIERS, { id: 'sme-f' });
    expect(tierFour.data!.company!.tiers).toEqual([
      {
        tier: 4, program: { id: 'prog-x' }, prime: { id: 'prime-a' },
        chain: [{ id: 'sme-f' }, { id: 'sme-d' }, { id: 'sme-c' }, { id: 'tier1-b' }, { id: 'prime-a' }],
      },
    ]);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { data, errors } = await t.gql(COMPANY_TIERS, { id: 'no-such-company' });
    expect(data?.company).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0].message).toBe("Company 'no-such-company' not found (id)");
  });
});

describe('companies(where, orderBy, first, after)', () => {
  it('orders by name and pages with cursors', async () => {
    const first = await t.gql(COMPANIES, { first: 2 });
    expect(names(first)).toEqual(['Ceramics C GmbH', 'Drehteile D KG']);
    expect(first.data!.companies.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await t.gql(COMPANIES, { first: 2, after: first.data!.companies.pageInfo.endCursor });
    expect(names(second)).toEqual(['Elektro E GmbH', 'Faser F GmbH']);
    const third = await t.gql(COMPANIES, { first: 2, after: second.data!.companies.pageInfo.endCursor });
    expect(names(third)).toEqual(['Prime A AG', 'Tier One B GmbH']);
    expect(third.data!.companies.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('orders by name ignoring case, and keeps the order through a rename', async () => {
    // A lower-case name sorts among the others, not after every capital; a rename moves the company at once.
    const created = await t.gql(UPSERT_NAME, { input: { id: 'sme-lower', name: 'dreherei klein GmbH' } });
    expect(created.errors).toBeUndefined();
    try {
      const byName = await t.gql(COMPANIES, {});
      expect(names(byName)).toEqual(['Ceramics C GmbH', 'dreherei klein GmbH', 'Drehteile D KG', 'Elektro E GmbH', 'Faser F GmbH', 'Prime A AG', 'Tier One B GmbH']);
      await t.gql(UPSERT_NAME, { input: { id: 'sme-lower', name: 'zerspanung klein GmbH' } });
      const renamed = await t.gql(COMPANIES, { first: 7 });
      expect(names(renamed).slice(-2)).toEqual(['Tier One B GmbH', 'zerspanung klein GmbH']);
      const descending = await t.gql(COMPANIES, { first: 2, orderBy: { field: 'NAME', direction: 'DESC' } });
      expect(names(descending)).toEqual(['zerspanung klein GmbH', 'Tier One B GmbH']);
    } finally {
      await t.gql(DELETE_COMPANY, { id: 'sme-lower' });
    }
  });

  it('orders by employees descending with unknown head counts last', async () => {
    const result = await t.gql(COMPANIES, { orderBy: { field: 'EMPLOYEES', direction: 'DESC' } });
    expect(names(result)).toEqual(['Tier One B GmbH', 'Elektro E GmbH', 'Ceramics C GmbH', 'Faser F GmbH', 'Drehteile D KG', 'Prime A AG']);
  });

  it.each<[string, VariablesOf<typeof COMPANIES_COUNTED>['where'], string[]]>([
    ['a Regierungsbezirk, including its Kreise', { regionId: 'rb-arnsberg' }, ['Ceramics C GmbH', 'Drehteile D KG', 'Faser F GmbH']],
    ['a Land, including everything inside it', { regionId: 'nrw' }, ['Ceramics C GmbH', 'Drehteile D KG', 'Elektro E GmbH', 'Faser F GmbH', 'Tier One B GmbH']],
    ['a network, including its sub-networks', { networkId: 'defence-nrw' }, ['Ceramics C GmbH', 'Elektro E GmbH']],
    ['a capability domain, through narrower claims', { capabilityId: 'materials' }, ['Ceramics C GmbH', 'Faser F GmbH']],
    ['a capability at a minimum level', { capabilityId: 'materials', minLevel: 4 }, ['Ceramics C GmbH']],
    ['a valid certificate only', { certificationId: 'aqap-2110' }, []],
    ['a certification', { certificationId: 'iso-9001' }, ['Ceramics C GmbH', 'Drehteile D KG', 'Tier One B GmbH']],
    ['a radius around Hagen', { near: { latitude: 51.3671, longitude: 7.4633, radiusKm: 30 } }, ['Ceramics C GmbH', 'Drehteile D KG', 'Faser F GmbH']],
    ['size classes and name', { sizeClasses: ['SMALL', 'MICRO'], nameContains: 'd' }, ['Drehteile D KG']],
    ['primes', { isPrime: true }, ['Prime A AG']],
  ])('filters by %s', async (_label, where, expected) => {
    const result = await t.gql(COMPANIES_COUNTED, { where });
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual(expected);
    expect(result.data!.companies.totalCount).toBe(expected.length);
  });

  // A page starts from one filter (capability, network, region, certification, in that order) and meets the others
  // row by row; without any of those four it scans every company, and without any filter it counts from the count store.
  it.each<[string, VariablesOf<typeof COMPANIES_COUNTED>['where'], string[]]>([
    ['a capability inside a network', { capabilityId: 'materials', networkId: 'defence-nrw' }, ['Ceramics C GmbH']],
    ['a network inside a Regierungsbezirk', { regionId: 'rb-arnsberg', networkId: 'defence-nrw' }, ['Ceramics C GmbH']],
    ['a certification inside a Land', { regionId: 'nrw', certificationId: 'iso-9001' }, ['Ceramics C GmbH', 'Drehteile D KG', 'Tier One B GmbH']],
    ['a certification near Hagen', { certificationId: 'iso-9001', near: { latitude: 51.3671, longitude: 7.4633, radiusKm: 30 } }, ['Ceramics C GmbH', 'Drehteile D KG']],
    ['a capability level, a certification and a size class', { capabilityId: 'materials', minLevel: 4, certificationId: 'iso-9001', sizeClasses: ['LARGE'] }, []],
    ['a name only', { nameContains: 'gmbh' }, ['Ceramics C GmbH', 'Elektro E GmbH', 'Faser F GmbH', 'Tier One B GmbH']],
    ['nothing', {}, ['Ceramics C GmbH', 'Drehteile D KG', 'Elektro E GmbH', 'Faser F GmbH', 'Prime A AG', 'Tier One B GmbH']],
  ])('combines filters: %s', async (_label, where, expected) => {
    const result = await t.gql(COMPANIES_COUNTED, { where });
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual(expected);
    expect(result.data!.companies.totalCount).toBe(expected.length);
  });

  it.each<[string, CompanyWhere]>([
    ['a capability inside a network', { capabilityId: 'materials', networkId: 'defence-nrw' }],
    ['a capability at a level', { capabilityId: 'manufacturing', minLevel: 4 }],
    ['a Land and a certification', { regionId: 'nrw', certificationId: 'iso-9001' }],
    ['a network and a name', { networkId: 'bvmw', nameContains: 'D' }],
    ['a certification near Hagen', { certificationId: 'iso-9001', near: { latitude: 51.3671, longitude: 7.4633, radiusKm: 30 } }],
  ])('reads the same name-ordered pages from the filter as from the name index: %s', async (_label, where) => {
    // The repository walks the name index when the filter leads to many companies and starts from the filter when
    // to few; with the share at 0 it always walks the index, at Infinity it always starts from the filter.
    const pages = (nameScanFromShare: number) => Promise.all([0, 1, 2].map((skip) =>
      new CompanyRepository(t.app.executor, nameScanFromShare)
        .list(toCompanyFilter(where), { field: CompanyOrderField.NAME, descending: false }, { skip, limit: 2 })
        .then((companies) => companies.map((company) => company.id))));
    const [fromIndex, fromFilter] = await Promise.all([pages(0), pages(Infinity)]);
    expect(fromIndex).toEqual(fromFilter);
    expect(fromIndex[0].length).toBeGreaterThan(0);
  });

  it('rejects a negative page size and a foreign cursor with BAD_USER_INPUT naming the field', async () => {
    const negative = await t.gql(COMPANIES, { first: -1 });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await t.gql(COMPANIES, { first: 2, after: 'bm9wZQ' });
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('loads nested fields of a page without one query per company (no N+1)', async () => {
    const queriesFor = async (first: number) => {
      const before = t.app.executor.queryCount;
      const result = await t.gql(COMPANIES_DEEP, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.companies.edges).toHaveLength(first);
      return t.app.executor.queryCount - before;
    };
    // One query per nested field kind, not per company: three times the rows costs no more queries.
    const forTwo = await queriesFor(2);
    const forSix = await queriesFor(6);
    expect(forTwo).toBeLessThanOrEqual(14);
    expect(forSix).toBeLessThanOrEqual(forTwo);
  });

  it('counts only when totalCount is asked for', async () => {
    const before = t.app.executor.queryCount;
    await t.gql(COMPANIES, { first: 1 });
    const withoutCount = t.app.executor.queryCount - before;
    await t.gql(COMPANIES_COUNTED, { where: {} });
    expect(t.app.executor.queryCount - before - withoutCount).toBe(withoutCount + 1);
  });
});

describe('primes, search', () => {
  it('lists the primes', async () => {
    const { data } = await t.gql(PRIMES);
    expect(data!.primes).toEqual([{ id: 'prime-a', name: 'Prime A AG', isPrime: true }]);
  });

  it('finds companies and capabilities through the German full-text index, stemming and prefixes', async () => {
    const { data, errors } = await t.gql(SEARCH, { text: 'Schutzkachel' });
    expect(errors).toBeUndefined();
    expect(data!.search.map((hit) => hit.node.id).sort()).toEqual(['armour-tiles', 'sme-c']);
    const prefix = await t.gql(SEARCH, { text: 'Drehte' });
    expect(prefix.data!.search.map((hit) => hit.node.id)).toEqual(['sme-d']);
  });

  it('bounds the number of hits through its arguments class (1 to 100), naming first', async () => {
    for (const first of [0, 101]) {
      const { errors } = await t.gql(SEARCH_PAGE, { text: 'Keramik', first });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('escapes Lucene syntax instead of failing on it', async () => {
    const { errors, data } = await t.gql(SEARCH, { text: 'Faser (F' });
    expect(errors).toBeUndefined();
    expect(data!.search.map((hit) => hit.node.id)).toContain('sme-f');
  });
});

const COMPANY_DETAIL = graphql(`
  query CompanyDetail($id: ID!) {
    company(id: $id) {
      id name sizeClass employees city postalCode location { latitude longitude } isPrime
      region { id parent { id parent { id } } }
      capabilities { level evidenceLevel capability { id domain { id } } }
      certifications { certification { id } validUntil isValid evidenceLevel }
      networks { network { id } since }
      suppliers { id product supplier { id } program { id } }
      customers { id product customer { id } program { id } }
      contacts { name email }
    }
  }`);

const COMPANY_TIERS = graphql(`
  query CompanyTiers($id: ID!) {
    company(id: $id) { tiers { tier program { id } prime { id } chain { id } } }
  }`);

const UPSERT_NAME = graphql(`
  mutation UpsertName($input: CompanyInput!) { upsertCompany(input: $input) { id } }`);

const DELETE_COMPANY = graphql(`
  mutation DeleteNamed($id: ID!) { deleteCompany(id: $id) }`);

const COMPANIES = graphql(`
  query Companies($where: CompanyWhere, $orderBy: CompanyOrder, $first: Int, $after: String) {
    companies(where: $where, orderBy: $orderBy, first: $first, after: $after) {
      edges { cursor node { name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`);

const COMPANIES_COUNTED = graphql(`
  query CompaniesCounted($where: CompanyWhere) {
    companies(where: $where, first: 50) { totalCount edges { node { name } } }
  }`);

const COMPANIES_DEEP = graphql(`
  query CompaniesDeep($first: Int) {
    companies(first: $first) {
      edges { node {
        name region { name parent { name } }
        capabilities { level capability { name domain { name } parent { name } } }
        certifications { isValid certification { name } }
        networks { network { name parent { name } } }
        tiers { tier program { name } prime { name } }
        suppliers { supplier { name } program { name } }
        customers { customer { name } }
        contacts { name }
        parentGroup { name }
      } }
    }
  }`);

const SEARCH = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 10) { score node { ... on Company { id } ... on Capability { id } } }
  }`);

const PRIMES = graphql(`
  query Primes {
    primes { id name isPrime }
  }`);

const SEARCH_PAGE = graphql(`
  query SearchPage($text: String!, $first: Int!) {
    search(text: $text, first: $first) { score }
  }`);
