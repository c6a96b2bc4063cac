
import { parseSavedAnalysis } from '../src/analysis/saved-analyses';
import { MATCHING_GRAPH } from './fixtures/small-graph';
import { graphql, ResultOf } from './graphql';
import { createTestApp, fillEveryRole, loadFixture, removeFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, MATCHING_GRAPH);
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

/*
 * Demand of the open roles of MATCHING_GRAPH (mandatory requirements; the highest minimum level counts):
 *   ceramics 3 (role-1), milling 4 (role-2, role-5, role-7), armour-tiles 4 (role-4), harnesses 3 (role-4, role-7),
 *   machining 2 (role-6).
 */
describe('capabilityGaps', () => {
  it('reports every status for the Regierungsbezirk Arnsberg, most severe first, with roll-ups per domain', async () => {
    const { data, errors } = await t.gql(GAPS, { scope: { regionId: 'rb-arnsberg' }, options: { includeCovered: true } });
    expect(errors).toBeUndefined();
    expect(data!.capabilityGaps.gaps).toEqual([
      // nobody in Hagen or the Märkischer Kreis; Elektro E in Köln could close it (457.5 km to the Munich buyer)
      { status: 'UNCOVERED', capability: { id: 'harnesses' }, requiredLevel: 3, supplierCount: 0, suppliers: [],
        demand: [{ role: { id: 'role-4' } }, { role: { id: 'role-7' } }], closers: [{ company: { id: 'sme-e' }, level: 3, distanceKm: 457.5 }] },
      { status: 'SINGLE_SOURCE', capability: { id: 'ceramics' }, requiredLevel: 3, supplierCount: 1, suppliers: [{ id: 'sme-c' }],
        demand: [{ role: { id: 'role-1' } }], closers: expect.any(Array) },
      { status: 'SINGLE_SOURCE', capability: { id: 'armour-tiles' }, requiredLevel: 4, supplierCount: 1, suppliers: [{ id: 'sme-c' }],
        demand: [{ role: { id: 'role-4' } }], closers: [{ company: { id: 'group-h' }, level: 5, distanceKm: 457 }] },
      { status: 'THIN', capability: { id: 'milling' }, requiredLevel: 4, supplierCount: 2, suppliers: [{ id: 'sme-d' }, { id: 'sme-r' }],
        demand: [{ role: { id: 'role-2' } }, { role: { id: 'role-5' } }, { role: { id: 'role-7' } }], closers: [] },
      { status: 'COVERED', capability: { id: 'machining' }, requiredLevel: 2, supplierCount: 3,
        suppliers: [{ id: 'sme-c' }, { id: 'sme-d' }, { id: 'sme-r' }], demand: [{ role: { id: 'role-6' } }], closers: [] },
    ]);
    expect(data!.capabilityGaps.domains).toEqual([
      { domain: { id: 'electronics' }, uncovered: 1, singleSource: 0, thin: 0, covered: 0, roles: 2 },
      { domain: { id: 'materials' }, uncovered: 0, singleSource: 2, thin: 0, covered: 0, roles: 2 },
      { domain: { id: 'manufacturing' }, uncovered: 0, singleSource: 0, thin: 1, covered: 1, roles: 4 },
    ]);
  });

  it('counts a sub-network inside its parent and a narrower claim as cover', async () => {
    // Ceramics Company C is a member of NMWP.NRW, inside DEFENCE.NRW, and claims armour tiles, narrower than ceramics.
    const { data } = await t.gql(GAPS, { scope: { networkId: 'defence-nrw' } });
    const ceramics = data!.capabilityGaps.gaps.find((g) => g.capability.id === 'ceramics');
    expect(ceramics).toMatchObject({ status: 'SINGLE_SOURCE', suppliers: [{ id: 'sme-c' }] });
    const milling = data!.capabilityGaps.gaps.find((g) => g.capability.id === 'milling');
    expect(milling).toMatchObject({ status: 'UNCOVERED', closers: [{ company: { id: 'sme-d' }, distanceKm: 19.1 }, { company: { id: 'sme-r' }, distanceKm: 19.2 }] });
  });

  it('counts the suppliers of a covered gap without loading them until its suppliers are asked for', async () => {
    const queriesFor = async (includeCovered: boolean) => {
      const before = t.app.executor.queryCount;
      const { data, errors } = await t.gql(GAP_COUNTS, { scope: { regionId: 'rb-arnsberg' }, options: { includeCovered } });
      expect(errors).toBeUndefined();
      return { queries: t.app.executor.queryCount - before, gaps: data!.capabilityGaps.gaps };
    };
    const withoutCovered = await queriesFor(false);
    const withCovered = await queriesFor(true);
    // machining (three suppliers in Arnsberg) is the one covered gap: it adds a row, not a query
    expect(withCovered.gaps.filter((gap) => !withoutCovered.gaps.some((other) => other.capability.id === gap.capability.id)))
      .toEqual([{ status: 'COVERED', capability: { id: 'machining' }, supplierCount: 3 }]);
    expect(withCovered.queries).toBe(withoutCovered.queries);
  });

  it('uses the threshold it is given and rejects a bad one or two scopes at once', async () => {
    const { data } = await t.gql(GAPS, { options: { thinBelow: 7, includeCovered: true } });
    expect(data!.capabilityGaps.gaps.map((g) => [g.capability.id, g.status])).toEqual([
      ['harnesses', 'SINGLE_SOURCE'], ['milling', 'THIN'], ['ceramics', 'THIN'], ['armour-tiles', 'THIN'], ['machining', 'THIN'],
    ]);
    const bad = await t.gql(GAPS, { options: { thinBelow: 1 } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options.thinBelow' });
    const two = await t.gql(GAPS, { scope: { networkId: 'bvmw', regionId: 'nrw' } });
    expect(two.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope' });
    const unknown = await t.gql(GAPS, { scope: { networkId: 'nope' } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scope.networkId' });
  });
});

describe('supplyChain', () => {
  it('walks a chain four tiers deep below a program and finds its single points of failure', async () => {
    const { data, errors } = await t.gql(CHAIN, { programId: 'prog-x', maxDepth: 4 });
    expect(errors).toBeUndefined();
    const chain = data!.supplyChain;
    expect(chain.prime.id).toBe('prime-a');
    expect(chain.companies).toEqual([
      { company: { id: 'tier1-b' }, tier: 1, depths: [1] },
      { company: { id: 'sme-c' }, tier: 2, depths: [2] },
      { company: { id: 'sme-d' }, tier: 3, depths: [3] },
      { company: { id: 'sme-f' }, tier: 4, depths: [4] },
    ]);
    expect(chain.links.map((l) => [l.id, l.product])).toEqual([
      ['l-bx', 'turret modules'], ['l-cx', 'armour tiles'], ['l-dx', 'milled tile carriers'], ['l-fx', 'composite blanks'],
    ]);
    expect(chain.singlePointsOfFailure).toEqual([
      { company: { id: 'sme-c' }, cutOff: [{ id: 'sme-d' }, { id: 'sme-f' }] },
      { company: { id: 'sme-d' }, cutOff: [{ id: 'sme-f' }] },
      { company: { id: 'tier1-b' }, cutOff: [{ id: 'sme-c' }, { id: 'sme-d' }, { id: 'sme-f' }] },
    ]);
    expect(chain.soleCapabilities).toEqual([
      { capability: { id: 'armour-tiles' }, company: { id: 'sme-c' } },
      { capability: { id: 'ceramics' }, company: { id: 'tier1-b' } },
      { capability: { id: 'composites' }, company: { id: 'sme-f' } },
    ]);
  });

  it('over all programs of a prime, a second path takes Company C off the list of single points of failure', async () => {
    const { data } = await t.gql(CHAIN, { primeId: 'prime-a', maxDepth: 4 });
    expect(data!.supplyChain.companies.map((c) => [c.company?.id, c.tier, c.depths])).toEqual([
      ['tier1-b', 1, [1]], ['sme-c', 2, [2]], ['sme-d', 2, [2, 3]], ['sme-e', 2, [2]], ['sme-f', 3, [3]],
    ]);
    expect(data!.supplyChain.singlePointsOfFailure.map((s) => [s.company.id, s.cutOff.map((c) => c.id)])).toEqual([
      ['sme-d', ['sme-f']], ['tier1-b', ['sme-c', 'sme-d', 'sme-e', 'sme-f']],
    ]);
  });

  it('rejects a depth outside 1..6 and asks for exactly one of program and prime', async () => {
    const deep = await t.gql(CHAIN, { programId: 'prog-x', maxDepth: 9 });
    expect(deep.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
    const none = await t.gql(CHAIN, {});
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'programId' });
    const unknown = await t.gql(CHAIN, { programId: 'prog-404' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'programId' });
  });
});

describe('pathsToPrime', () => {
  it('gives the shortest paths of a Tier-3 company to its prime, each company with its role', async () => {
    const { data, errors } = await t.gql(PATHS, { companyId: 'sme-f', primeId: 'prime-a' });
    expect(errors).toBeUndefined();
    const steps = (path: ResultOf<typeof PATHS>['pathsToPrime'][number]) => path.steps.map((s) => [s.company?.id, s.tier, s.product, s.programId]);
    expect(data!.pathsToPrime.map((p) => p.length)).toEqual([3, 3]);
    expect(steps(data!.pathsToPrime[0])).toEqual([
      ['sme-f', 3, 'composite blanks', 'prog-x'], ['sme-d', 2, 'turned parts', 'prog-y'], ['tier1-b', 1, 'turret modules', 'prog-x'], ['prime-a', 0, null, null],
    ]);
    expect(steps(data!.pathsToPrime[1])[2]).toEqual(['tier1-b', 1, 'vetronics', 'prog-y']);
  });

  it('bounds the number of paths through its arguments class (1 to 100), naming first', async () => {
    for (const first of [0, 101]) {
      const { errors } = await t.gql(PATHS_PAGE, { companyId: 'sme-f', primeId: 'prime-a', first });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('answers NOT_FOUND for an unknown company or prime', async () => {
    const company = await t.gql(PATHS, { companyId: 'nobody', primeId: 'prime-a' });
    expect(company.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'companyId' });
    const prime = await t.gql(PATHS, { companyId: 'sme-f', primeId: 'sme-c' });
    expect(prime.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'primeId' });
  });
});

describe('concentration', () => {
  it('shows per capability the share of the largest Kreis and the largest group', async () => {
    const { data, errors } = await t.gql(CONCENTRATION, { scope: { regionId: 'nrw' } });
    expect(errors).toBeUndefined();
    const byId = Object.fromEntries(data!.concentration.map((c) => [c.capability.id, c]));
    // Armour tiles in NRW: Ceramics C and Pulver P in Hagen, Holding H in Köln; ceramics adds Tier One B (group H),
    // Keramik K, Nord N and Qualität Q (all filed under Köln).
    expect(byId['armour-tiles']).toEqual({
      capability: { id: 'armour-tiles' }, supplierCount: 3, largestRegion: { id: 'hagen' }, largestRegionShare: 0.6667,
      largestGroup: { id: 'group-h' }, largestGroupShare: 0.3333,
    });
    expect(byId.ceramics).toEqual({
      capability: { id: 'ceramics' }, supplierCount: 7, largestRegion: { id: 'koeln' }, largestRegionShare: 0.7143,
      largestGroup: { id: 'group-h' }, largestGroupShare: 0.2857,
    });
    // Milling: Ceramics C in Hagen, D and R in the Märkischer Kreis, each a group of its own: the first id stands for them.
    expect(byId.milling).toEqual({
      capability: { id: 'milling' }, supplierCount: 3, largestRegion: { id: 'maerkischer-kreis' }, largestRegionShare: 0.6667,
      largestGroup: { id: 'sme-c' }, largestGroupShare: 0.3333,
    });
    expect(data!.concentration[0].largestRegionShare).toBe(1);
  });
});

describe('saved analyses', () => {
  it('lists at least ten documented analyses with their parameters', async () => {
    const { data } = await t.gql(SAVED_ANALYSES);
    expect(data!.savedAnalyses.length).toBeGreaterThanOrEqual(10);
    expect(data!.savedAnalyses.find((a) => a.name === 'single-source-capabilities')).toEqual({
      name: 'single-source-capabilities',
      title: 'Single-source capabilities',
      description: 'Capabilities that exactly one company holds at or above the given level.',
      parameters: [{ name: 'minLevel', type: 'Int', required: false, defaultValue: 1, min: 1, max: 5 }],
    });
  });

  it('runs one with parameters, read-only', async () => {
    const four = await t.gql(RUN, { name: 'single-source-capabilities', parameters: { minLevel: 4 } });
    expect(four.data!.runAnalysis).toEqual({
      columns: ['capabilityId', 'capability', 'companyId', 'company'],
      rowCount: 1,
      rows: [{ capabilityId: 'materials', capability: 'Advanced materials', companyId: 'sme-m', company: 'Material M GmbH' }],
    });
    const five = await t.gql(RUN, { name: 'single-source-capabilities', parameters: { minLevel: 5 } });
    expect(five.data!.runAnalysis.rows.map((r) => [r.capabilityId, r.companyId])).toEqual([
      ['milling', 'sme-d'], ['materials', 'sme-m'], ['armour-tiles', 'group-h'], ['ceramics', 'tier1-b'],
    ]);
  });

  it.each([
    ['a level out of range', { minLevel: 9 }, 'parameters.minLevel'],
    ['a level that is not a number', { minLevel: 'high' }, 'parameters.minLevel'],
    ['a parameter it does not have', { days: 3 }, 'parameters.days'],
  ])('rejects %s with BAD_USER_INPUT naming the parameter', async (_label, parameters, field) => {
    const { errors } = await t.gql(RUN, { name: 'single-source-capabilities', parameters });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('takes parameters written inline in the query as well', async () => {
    const { data, errors } = await t.gql(RUN_WITH_INLINE_PARAMETERS);
    expect(errors).toBeUndefined();
    expect(data!.runAnalysis.rowCount).toBe(1);
  });

  it('rejects a missing required parameter and an unknown analysis', async () => {
    const missing = await t.gql(RUN, { name: 'members-without-certification', parameters: {} });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parameters.networkId' });
    const unknown = await t.gql(RUN, { name: 'drop-everything' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'name' });
  });
});

describe('the saved analysis library', () => {
  it('runs analyses in read transactions, so a query that writes is refused', async () => {
    await expect(t.app.executor.readStatement('test', 'CREATE (n:Intruder) RETURN n', {})).rejects.toThrow(/write/i);
    const { data } = await t.gql(INTRUDERS);
    expect(data!.companies.totalCount).toBe(0);
  });

  it('refuses at load time a query that uses a parameter it does not declare', () => {
    const text = '// @title T\n// @description D\n// @param days Int default=30 min=1 max=99 Days\nRETURN $days + $weeks AS x';
    expect(() => parseSavedAnalysis('broken', text)).toThrow('Saved analysis broken: $weeks is used but not declared');
    expect(parseSavedAnalysis('fine', text.replace(' + $weeks', '')).parameters).toEqual([
      { name: 'days', type: 'Int', required: false, defaultValue: 30, min: 1, max: 99, description: 'Days' },
    ]);
  });
});

describe('exports over HTTP', () => {
  let http: { base: string; close(): Promise<void> };
  let base: string;

  beforeAll(async () => {
    http = await serveForTest(t);
    base = http.base;
  });

  afterAll(() => http.close());

  it('serves the gap report as CSV that German Excel opens with umlauts intact', async () => {
    const response = await fetch(`${base}/reports/capability-gaps.csv?region=rb-arnsberg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8').decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Status;Fähigkeit;Domäne;Mindeststufe;Anbieter im Bereich;Offene Rollen;Früheste Frist;Anbieter;Mögliche Anbieter außerhalb');
    expect(lines[1]).toBe('UNCOVERED;Kabelbäume;Elektronik;3;0;2;2027-05-01;;Elektro E GmbH (457,5 km)');
    expect(lines[2].startsWith('SINGLE_SOURCE;Hochleistungskeramik;Neue Werkstoffe;3;1;1;2027-03-01;Ceramics C GmbH;')).toBe(true);
    expect(lines[2]).toContain('Qualität Q GmbH (0,8 km)');
    expect(lines).toHaveLength(6);
  });

  it('serves the same report as JSON, and saved analyses too', async () => {
    const json = (await (await fetch(`${base}/reports/capability-gaps.json?region=rb-arnsberg`)).json()) as { rows: Record<string, unknown>[] };
    expect(json.rows[0]).toMatchObject({ Status: 'UNCOVERED', 'Fähigkeit': 'Kabelbäume', 'Anbieter im Bereich': 0 });
    const response = await fetch(`${base}/reports/analyses/single-source-capabilities.csv?minLevel=4`);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv).toBe('\uFEFFcapabilityId;capability;companyId;company\r\nmaterials;Advanced materials;sme-m;Material M GmbH\r\n');
  });

  it('answers a bad parameter with 400 naming it, and an unknown report with 404', async () => {
    const bad = await fetch(`${base}/reports/analyses/single-source-capabilities.csv?minLevel=9`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      errors: [{ message: 'Invalid value for parameters.minLevel: must be at most 5', extensions: { code: 'BAD_USER_INPUT', field: 'parameters.minLevel' } }],
    });
    const unknown = await fetch(`${base}/reports/everything.csv`);
    expect(unknown.status).toBe(404);
  });
});

describe('with every role filled', () => {
  it('has no open demand once the roles are filled', async () => {
    const restoreStatuses = await fillEveryRole(t);
    try {
      const { data } = await t.gql(GAPS, {});
      expect(data!.capabilityGaps).toEqual({ gaps: [], domains: [] });
    } finally {
      await restoreStatuses();
    }
  });
});

const GAPS = graphql(`
  query Gaps($scope: AnalysisScope, $options: GapOptions) {
    capabilityGaps(scope: $scope, options: $options) {
      gaps { status capability { id } requiredLevel supplierCount suppliers { id } demand { role { id } } closers { company { id } level distanceKm } }
      domains { domain { id } uncovered singleSource thin covered roles }
    }
  }`);

const GAP_COUNTS = graphql(`
  query GapCounts($scope: AnalysisScope, $options: GapOptions) {
    capabilityGaps(scope: $scope, options: $options) { gaps { status capability { id } supplierCount } }
  }`);

const CHAIN = graphql(`
  query Chain($programId: ID, $primeId: ID, $maxDepth: Int) {
    supplyChain(programId: $programId, primeId: $primeId, maxDepth: $maxDepth) {
      prime { id }
      companies { company { id } tier depths }
      links { id product }
      singlePointsOfFailure { company { id } cutOff { id } }
      soleCapabilities { capability { id } company { id } }
    }
  }`);

const PATHS = graphql(`
  query Paths($companyId: ID!, $primeId: ID!) {
    pathsToPrime(companyId: $companyId, primeId: $primeId) { length steps { company { id } tier product programId } }
  }`);

const CONCENTRATION = graphql(`
  query Concentration($scope: AnalysisScope) {
    concentration(scope: $scope) { capability { id } supplierCount largestRegion { id } largestRegionShare largestGroup { id } largestGroupShare }
  }`);

const RUN = graphql(`
  query Run($name: String!, $parameters: JSONObject) {
    runAnalysis(name: $name, parameters: $parameters) { columns rowCount rows }
  }`);

const PATHS_PAGE = graphql(`
  query PathsPage($companyId: ID!, $primeId: ID!, $first: Int!) {
    pathsToPrime(companyId: $companyId, primeId: $primeId, first: $first) { length }
  }`);

const SAVED_ANALYSES = graphql(`
  query SavedAnalyses {
    savedAnalyses { name title description parameters { name type required defaultValue min max } }
  }`);

const RUN_WITH_INLINE_PARAMETERS = graphql(`
  query RunWithInlineParameters {
    runAnalysis(name: "single-source-capabilities", parameters: { minLevel: 4 }) { rowCount }
  }`);

const INTRUDERS = graphql(`
  query Intruders {
    companies(where: { nameContains: "Intruder" }) { totalCount }
  }`);
