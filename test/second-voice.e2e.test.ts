import type { TadaDocumentNode } from 'gql.tada';

import { SECOND_VOICE_GRAPH as GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { GqlResult, postWithKey, reloadFixture, serveFixture, ServedFixture } from './helpers/test-app';

let t: ServedFixture<'staff' | 'smeC' | 'smeD' | 'smeF' | 'tier1B'>;
let keys: typeof t.keys;

beforeAll(async () => {
  t = await serveFixture(GRAPH, {
    keys: {
      staff: { kind: 'staff', name: 'Geschäftsstelle' },
      smeC: { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' },
      smeD: { kind: 'company', companyId: 'sme-d', name: 'Drehteile D' },
      smeF: { kind: 'company', companyId: 'sme-f', name: 'Faser F' },
      tier1B: { kind: 'company', companyId: 'tier1-b', name: 'Tier One B' },
    },
  });
  keys = t.keys;
});

afterAll(() => t.close());

function post<Result, Variables>(key: string, document: TadaDocumentNode<Result, Variables>, variables?: Variables): Promise<GqlResult<Result>> {
  return postWithKey(t.base, key, document, variables);
}

/** sme-f's tier and paths to prime-a, and prog-x's chain, as the caller sees them (two requests, one answer). */
async function tierPathsAndChain(key: string) {
  const [tierAndPaths, chain] = await Promise.all([post(key, TIER_AND_PATHS), post(key, CHAIN_OF_X)]);
  expect([tierAndPaths.errors, chain.errors]).toEqual([undefined, undefined]);
  return { data: { ...tierAndPaths.data!, ...chain.data! } };
}

describe('a security clearance a company declares itself', () => {
  afterAll(() => reloadFixture(t, GRAPH));

  it('makes an SME eligible for a GEHEIM role only once staff confirm it', async () => {
    const before = await post(keys.staff, GEHEIM_MATCHES);
    expect(before.data?.matchSuppliers).toEqual({
      eligibleCount: 0,
      matches: [{ company: { id: 'sme-c' }, eligible: false, missing: [{ reason: 'CLEARANCE_TOO_LOW', description: 'Security clearance GEHEIM: clearance too low' }] }],
    });

    const declared = await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } });
    expect(declared.data?.upsertCompany).toEqual({ securityClearance: 'GEHEIM', clearanceStatus: 'PENDING' });
    const pending = await post(keys.smeC, GEHEIM_MATCHES);
    expect(pending.data?.matchSuppliers).toEqual({
      eligibleCount: 0,
      matches: [{
        company: { id: 'sme-c' }, eligible: false,
        missing: [{ reason: 'CLEARANCE_NOT_CONFIRMED', description: 'Security clearance GEHEIM: clearance self-declared, not confirmed' }],
      }],
    });
    // Saving the profile again with the same clearance does not make it look confirmed, nor does the company confirm itself.
    expect((await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } }))
      .data?.upsertCompany.clearanceStatus).toBe('PENDING');
    expect((await post(keys.smeC, CONFIRM_CLEARANCE, { companyId: 'sme-c' })).errors?.[0])
      .toMatchObject({ message: 'Only network staff may confirm a security clearance', extensions: { code: 'FORBIDDEN' } });

    const confirmed = await post(keys.staff, CONFIRM_CLEARANCE, { companyId: 'sme-c' });
    expect(confirmed.data?.confirmSecurityClearance).toEqual({ securityClearance: 'GEHEIM', clearanceStatus: 'CONFIRMED' });
    const after = await post(keys.smeC, GEHEIM_MATCHES);
    expect(after.data?.matchSuppliers).toEqual({ eligibleCount: 1, matches: [{ company: { id: 'sme-c' }, eligible: true, missing: [] }] });

    // Re-sending the confirmed clearance keeps it confirmed; declaring a different one waits for staff again.
    expect((await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } }))
      .data?.upsertCompany.clearanceStatus).toBe('CONFIRMED');
    expect((await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'VS_NFD' } }))
      .data?.upsertCompany.clearanceStatus).toBe('PENDING');
  });

  it('is confirmed when staff set it', async () => {
    const set = await post(keys.staff, SET_CLEARANCE, { input: { id: 'sme-d', name: 'Drehteile D KG', securityClearance: 'VS_NFD' } });
    expect(set.data?.upsertCompany).toEqual({ securityClearance: 'VS_NFD', clearanceStatus: 'CONFIRMED' });
  });
});

describe('a supply link entered by one end', () => {
  let linkId: string;
  afterAll(() => post(keys.staff, REMOVE_LINK, { id: linkId }));

  // sme-f is Tier-4 in prog-x (sme-f -> sme-d -> sme-c -> tier1-b -> prime-a); a direct link to tier1-b makes it Tier-2.
  // Paths run over links of any program.
  it('changes no tier, path or chain until the buyer confirms it', async () => {
    const entered = await post(keys.smeF, ADD_LINK, { input: { supplierId: 'sme-f', customerId: 'tier1-b', programId: 'prog-x', product: 'blanks' } });
    expect(entered.data?.addSupplyLink).toMatchObject({ status: 'PENDING', source: 'self-service (sme-f)' });
    linkId = entered.data!.addSupplyLink.id;

    const pending = await tierPathsAndChain(keys.staff);
    expect(pending.data?.company?.tiers).toEqual([{ program: { id: 'prog-x' }, tier: 4 }]);
    // Over any program, sme-f reaches prime-a through sme-d's prog-y link to tier1-b, and tier1-b's two links to prime-a.
    expect(pending.data?.pathsToPrime.map((p) => p.length)).toEqual([3, 3]);
    expect(pending.data?.supplyChain.companies.find((c) => c.company?.id === 'sme-f')).toMatchObject({ tier: 4, depths: [4] });
    expect(pending.data?.supplyChain.links.map((l) => l.id)).not.toContain(linkId);

    // Shown as pending to both ends and staff; another company does not see it.
    const customersOfF = (key: string) => post(key, CUSTOMERS_OF_F).then((r) => r.data?.company?.customers);
    expect(await customersOfF(keys.smeF)).toEqual([{ id: 'l-fx', status: 'CONFIRMED' }, { id: linkId, status: 'PENDING' }]);
    expect(await customersOfF(keys.staff)).toEqual([{ id: 'l-fx', status: 'CONFIRMED' }, { id: linkId, status: 'PENDING' }]);
    expect((await post(keys.tier1B, SUPPLIERS_OF_B)).data?.company?.suppliers.map((l) => [l.id, l.status]))
      .toEqual([['l-cx', 'CONFIRMED'], ['l-dy', 'CONFIRMED'], ['l-ey', 'CONFIRMED'], [linkId, 'PENDING']]);
    expect(await customersOfF(keys.smeD)).toEqual([{ id: 'l-fx', status: 'CONFIRMED' }]);

    // The end that entered it cannot confirm it, nor can a company at neither end.
    expect((await post(keys.smeF, CONFIRM_LINK, { id: linkId })).errors?.[0]).toMatchObject({
      message: "The link was entered by 'sme-f': the other end or network staff confirm it", extensions: { code: 'FORBIDDEN', field: 'id' },
    });
    expect((await post(keys.smeD, CONFIRM_LINK, { id: linkId })).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'id' } });

    const confirmed = await post(keys.tier1B, CONFIRM_LINK, { id: linkId });
    expect(confirmed.data?.confirmSupplyLink).toMatchObject({ id: linkId, status: 'CONFIRMED' });
    const after = await tierPathsAndChain(keys.staff);
    expect(after.data?.company?.tiers).toEqual([{ program: { id: 'prog-x' }, tier: 2 }]);
    expect(after.data?.pathsToPrime.map((p) => p.steps.map((s) => s.company?.id))).toEqual([['sme-f', 'tier1-b', 'prime-a'], ['sme-f', 'tier1-b', 'prime-a']]);
    expect(after.data?.supplyChain.companies.find((c) => c.company?.id === 'sme-f')).toMatchObject({ tier: 2, depths: [2, 4] });
  });

  it('is confirmed when staff enter it', async () => {
    const entered = await post(keys.staff, ADD_LINK, { input: { supplierId: 'sme-e', customerId: 'prime-a', programId: 'prog-y' } });
    expect(entered.data?.addSupplyLink.status).toBe('CONFIRMED');
    await post(keys.staff, REMOVE_LINK, { id: entered.data!.addSupplyLink.id });
  });
});

describe('a parent group a company names itself', () => {
  afterAll(() => post(keys.staff, SET_PARENT_GROUP, { input: { id: 'sme-c', name: 'Ceramics C GmbH', parentGroupId: null } }));

  // role-1 (buyer tier1-b): sme-c is its one eligible supplier; a company of the buyer's group is never proposed.
  it('keeps matching as it was until staff confirm it', async () => {
    const roleOneSuppliers = async () => (await post(keys.staff, ROLE_ONE_MATCHES)).data?.matchSuppliers.matches.map((m) => m.company.id);
    expect(await roleOneSuppliers()).toEqual(['sme-c']);

    const named = await post(keys.smeC, SET_PARENT_GROUP, { input: { id: 'sme-c', name: 'Ceramics C GmbH', parentGroupId: 'tier1-b' } });
    expect(named.data?.upsertCompany).toEqual({ parentGroup: { id: 'tier1-b' }, parentGroupStatus: 'PENDING' });
    expect(await roleOneSuppliers()).toEqual(['sme-c']);
    expect((await post(keys.smeC, CONFIRM_PARENT_GROUP, { companyId: 'sme-c' })).errors?.[0])
      .toMatchObject({ message: 'Only network staff may confirm a parent group', extensions: { code: 'FORBIDDEN' } });

    const confirmed = await post(keys.staff, CONFIRM_PARENT_GROUP, { companyId: 'sme-c' });
    expect(confirmed.data?.confirmParentGroup).toEqual({ parentGroup: { id: 'tier1-b' }, parentGroupStatus: 'CONFIRMED' });
    expect(await roleOneSuppliers()).toEqual([]);
    // Saving the profile with the same parent group keeps it confirmed.
    expect((await post(keys.smeC, SET_PARENT_GROUP, { input: { id: 'sme-c', name: 'Ceramics C GmbH', parentGroupId: 'tier1-b' } }))
      .data?.upsertCompany.parentGroupStatus).toBe('CONFIRMED');
  });
});

/**
 * Visibility, for the key of sme-d (a company at neither end of l-bx, l-cx, l-ey, l-by) in the small graph:
 *   prog-x chain: tier1-b (Tier 1, l-bx), sme-c (Tier 2, l-cx), sme-d (Tier 3 by l-dx; Tier 2 in prog-y by l-dy), sme-f (Tier 4, l-fx)
 *   sme-d sees its own links (l-dx, l-dy, l-fx) in full; l-bx, l-cx, l-by, l-ey are hidden from it until both ends share them.
 *   Companies touched by a hidden link are confidential: tier1-b (l-bx, l-cx), sme-c (l-cx); prime-a is always named.
 */
describe('confidential supply links', () => {
  afterAll(() => reloadFixture(t, GRAPH));

  it('show a company key the chain in aggregate, and staff everything', async () => {
    const staff = await post(keys.staff, CHAIN_X);
    expect(staff.data?.supplyChain.companies).toEqual([
      { tier: 1, depths: [1], confidential: false, company: { id: 'tier1-b' }, region: { name: 'Köln' } },
      { tier: 2, depths: [2], confidential: false, company: { id: 'sme-c' }, region: { name: 'Hagen' } },
      { tier: 3, depths: [3], confidential: false, company: { id: 'sme-d' }, region: { name: 'Märkischer Kreis' } },
      { tier: 4, depths: [4], confidential: false, company: { id: 'sme-f' }, region: { name: 'Hagen' } },
    ]);
    expect(staff.data?.supplyChain.links.map((l) => l.id)).toEqual(['l-bx', 'l-cx', 'l-dx', 'l-fx']);
    // In a single line every company but the last cuts off everyone below it.
    expect(staff.data?.supplyChain.singlePointOfFailureCount).toBe(3);

    const other = await post(keys.smeD, CHAIN_X);
    expect(other.data?.supplyChain.companies).toEqual([
      { tier: 1, depths: [1], confidential: true, company: null, region: { name: 'Köln' } },
      { tier: 2, depths: [2], confidential: true, company: null, region: { name: 'Hagen' } },
      { tier: 3, depths: [3], confidential: false, company: { id: 'sme-d' }, region: { name: 'Märkischer Kreis' } },
      { tier: 4, depths: [4], confidential: false, company: { id: 'sme-f' }, region: { name: 'Hagen' } },
    ]);
    expect(other.data?.supplyChain.links.map((l) => l.id)).toEqual(['l-fx']);
    expect(other.data?.supplyChain.singlePointOfFailureCount).toBe(3);
    expect(other.data?.supplyChain.singlePointsOfFailure).toEqual([{ company: { id: 'sme-d' }, cutOff: [{ id: 'sme-f' }], cutOffCount: 1 }]);
  });

  it("show a company key another company's links and paths only as far as the rules allow", async () => {
    // sme-c's own key sees its links in full; in its chain tier1-b stays unnamed, as l-bx (tier1-b to prime-a) is hidden from it.
    expect((await post(keys.smeC, LINKS_OF_C)).data?.company).toEqual({
      customers: [{ id: 'l-cx', customer: { id: 'tier1-b' } }], suppliers: [{ id: 'l-dx', supplier: { id: 'sme-d' } }],
      tiers: [{ tier: 2, under: null, chain: [{ id: 'sme-c' }, { id: 'prime-a' }] }],
    });
    expect((await post(keys.staff, LINKS_OF_C)).data?.company?.tiers)
      .toEqual([{ tier: 2, under: { id: 'tier1-b' }, chain: [{ id: 'sme-c' }, { id: 'tier1-b' }, { id: 'prime-a' }] }]);
    // sme-d sees l-dx (its own) but not l-cx to tier1-b.
    expect((await post(keys.smeD, LINKS_OF_C)).data?.company).toEqual({
      customers: [], suppliers: [{ id: 'l-dx', supplier: { id: 'sme-d' } }],
      tiers: [{ tier: 2, under: null, chain: [{ id: 'sme-c' }, { id: 'prime-a' }] }],
    });
    // From sme-d up: over l-dy (its own) to tier1-b, which reaches prime-a by l-bx or l-by, both hidden from sme-d.
    expect((await post(keys.smeD, PATHS_OF_D)).data?.pathsToPrime).toEqual([
      { steps: [
        { company: { id: 'sme-d' }, confidential: false, region: { name: 'Märkischer Kreis' }, product: 'turned parts' },
        { company: null, confidential: true, region: { name: 'Köln' }, product: null },
        { company: { id: 'prime-a' }, confidential: false, region: { name: 'München' }, product: null },
      ] },
      { steps: [
        { company: { id: 'sme-d' }, confidential: false, region: { name: 'Märkischer Kreis' }, product: 'turned parts' },
        { company: null, confidential: true, region: { name: 'Köln' }, product: null },
        { company: { id: 'prime-a' }, confidential: false, region: { name: 'München' }, product: null },
      ] },
    ]);
    expect((await post(keys.staff, PATHS_OF_D)).data?.pathsToPrime.map((p) => p.steps.map((s) => s.product)))
      .toEqual([['turned parts', 'turret modules', null], ['turned parts', 'vetronics', null]]);
  });

  it('show a link to every key once both ends marked it shareable', async () => {
    expect((await post(keys.smeC, SET_SHAREABLE, { id: 'l-cx', shareable: true })).data?.setSupplyLinkShareable)
      .toEqual({ shareableBySupplier: true, shareableByCustomer: false });
    expect((await post(keys.smeD, LINKS_OF_C)).data?.company?.customers).toEqual([]);
    expect((await post(keys.smeD, SET_SHAREABLE, { id: 'l-cx', shareable: true })).errors?.[0])
      .toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'id' } });
    expect((await post(keys.tier1B, SET_SHAREABLE, { id: 'l-cx', shareable: true })).data?.setSupplyLinkShareable)
      .toEqual({ shareableBySupplier: true, shareableByCustomer: true });
    expect((await post(keys.smeD, LINKS_OF_C)).data?.company?.customers).toEqual([{ id: 'l-cx', customer: { id: 'tier1-b' } }]);
    // l-bx stays hidden: tier1-b is still confidential in sme-d's chain, sme-c now named.
    const chain = await post(keys.smeD, CHAIN_X);
    expect(chain.data?.supplyChain.companies.map((c) => c.company?.id ?? null)).toEqual([null, 'sme-c', 'sme-d', 'sme-f']);
  });
});

describe('what waits for confirmation', () => {
  afterAll(() => reloadFixture(t, GRAPH));

  it('lists for staff the link, clearance and parent group company keys declared, and nothing once staff confirmed them', async () => {
    expect((await post(keys.staff, PENDING)).data?.pendingConfirmations).toEqual({ supplyLinks: [], clearances: [], parentGroups: [] });

    const link = await post(keys.smeF, ADD_LINK, { input: { supplierId: 'sme-f', customerId: 'tier1-b', programId: 'prog-x', product: 'blanks' } });
    await post(keys.smeC, SET_CLEARANCE, { input: { id: 'sme-c', name: 'Ceramics C GmbH', securityClearance: 'GEHEIM' } });
    await post(keys.smeD, SET_PARENT_GROUP, { input: { id: 'sme-d', name: 'Drehteile D KG', parentGroupId: 'tier1-b' } });
    const linkId = link.data!.addSupplyLink.id;

    expect((await post(keys.staff, PENDING)).data?.pendingConfirmations).toEqual({
      supplyLinks: [{
        id: linkId, status: 'PENDING', product: 'blanks', program: { id: 'prog-x' }, supplier: { id: 'sme-f' }, customer: { id: 'tier1-b' }, enteredBy: { id: 'sme-f' },
      }],
      clearances: [{ id: 'sme-c', securityClearance: 'GEHEIM', clearanceStatus: 'PENDING' }],
      parentGroups: [{ id: 'sme-d', parentGroup: { id: 'tier1-b' }, parentGroupStatus: 'PENDING' }],
    });
    const refused = await post(keys.smeC, PENDING);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only network staff may list what waits for confirmation', extensions: { code: 'FORBIDDEN' } });

    await post(keys.tier1B, CONFIRM_LINK, { id: linkId });
    await post(keys.staff, CONFIRM_CLEARANCE, { companyId: 'sme-c' });
    await post(keys.staff, CONFIRM_PARENT_GROUP, { companyId: 'sme-d' });
    expect((await post(keys.staff, PENDING)).data?.pendingConfirmations).toEqual({ supplyLinks: [], clearances: [], parentGroups: [] });
    // The end that entered a link stays named once it is confirmed; a link staff entered names none.
    await post(keys.staff, ADD_LINK, { input: { supplierId: 'sme-e', customerId: 'prime-a', programId: 'prog-y' } });
    expect((await post(keys.staff, ENTERED_BY)).data).toEqual({
      f: { customers: [{ id: 'l-fx', enteredBy: null }, { id: linkId, enteredBy: { id: 'sme-f' } }] },
      e: { customers: [{ customer: { id: 'tier1-b' }, enteredBy: null }, { customer: { id: 'prime-a' }, enteredBy: null }] },
    });
  });
});

const GEHEIM_MATCHES = graphql(`
  query GeheimMatches {
    matchSuppliers(roleId: "role-g", options: { includeNearMisses: true }) {
      eligibleCount
      matches { company { id } eligible missing { reason description } }
    }
  }`);

const SET_CLEARANCE = graphql(`
  mutation SetClearance($input: CompanyInput!) {
    upsertCompany(input: $input) { securityClearance clearanceStatus }
  }`);

const CONFIRM_CLEARANCE = graphql(`
  mutation ConfirmClearance($companyId: ID!) {
    confirmSecurityClearance(companyId: $companyId) { securityClearance clearanceStatus }
  }`);

const ADD_LINK = graphql(`
  mutation AddPendingLink($input: SupplyLinkInput!) {
    addSupplyLink(input: $input) { id status source }
  }`);

const CONFIRM_LINK = graphql(`
  mutation ConfirmLink($id: ID!) {
    confirmSupplyLink(id: $id) { id status }
  }`);

const REMOVE_LINK = graphql(`
  mutation RemovePendingLink($id: ID!) {
    removeSupplyLink(id: $id) { id }
  }`);

const TIER_AND_PATHS = graphql(`
  query TierAndPaths {
    company(id: "sme-f") { tiers { program { id } tier } }
    pathsToPrime(companyId: "sme-f", primeId: "prime-a") { length steps { company { id } } }
  }`);

// A whole chain is heavy work: the request limits let it run only alone in a request.
const CHAIN_OF_X = graphql(`
  query ChainOfX {
    supplyChain(programId: "prog-x") { companies { company { id } tier depths } links { id } }
  }`);

const CUSTOMERS_OF_F = graphql(`
  query CustomersOfF {
    company(id: "sme-f") { customers { id status } }
  }`);

const SUPPLIERS_OF_B = graphql(`
  query SuppliersOfB {
    company(id: "tier1-b") { suppliers { id status } }
  }`);

const ROLE_ONE_MATCHES = graphql(`
  query RoleOneMatches {
    matchSuppliers(roleId: "role-1") { matches { company { id } } }
  }`);

const SET_PARENT_GROUP = graphql(`
  mutation SetParentGroup($input: CompanyInput!) {
    upsertCompany(input: $input) { parentGroup { id } parentGroupStatus }
  }`);

const CONFIRM_PARENT_GROUP = graphql(`
  mutation ConfirmParentGroup($companyId: ID!) {
    confirmParentGroup(companyId: $companyId) { parentGroup { id } parentGroupStatus }
  }`);

const PENDING = graphql(`
  query PendingConfirmations {
    pendingConfirmations {
      supplyLinks { id status product program { id } supplier { id } customer { id } enteredBy { id } }
      clearances { id securityClearance clearanceStatus }
      parentGroups { id parentGroup { id } parentGroupStatus }
    }
  }`);

const ENTERED_BY = graphql(`
  query LinksEnteredBy {
    f: company(id: "sme-f") { customers { id enteredBy { id } } }
    e: company(id: "sme-e") { customers { customer { id } enteredBy { id } } }
  }`);

const CHAIN_X = graphql(`
  query ChainX {
    supplyChain(programId: "prog-x") {
      companies { tier depths confidential company { id } region { name } }
      links { id }
      singlePointOfFailureCount
      singlePointsOfFailure { company { id } cutOff { id } cutOffCount }
    }
  }`);

const LINKS_OF_C = graphql(`
  query LinksOfC {
    company(id: "sme-c") {
      customers { id customer { id } }
      suppliers { id supplier { id } }
      tiers { tier under { id } chain { id } }
    }
  }`);

const PATHS_OF_D = graphql(`
  query PathsOfD {
    pathsToPrime(companyId: "sme-d", primeId: "prime-a") { steps { company { id } confidential region { name } product } }
  }`);

const SET_SHAREABLE = graphql(`
  mutation SetShareable($id: ID!, $shareable: Boolean!) {
    setSupplyLinkShareable(id: $id, shareable: $shareable) { shareableBySupplier shareableByCustomer }
  }`);
