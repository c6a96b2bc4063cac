import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, GqlError, serveFixture, ServedFixture } from './helpers/test-app';

let t: ServedFixture;

beforeAll(async () => {
  t = await serveFixture(SMALL_GRAPH);
});

afterAll(() => t.close());

async function postQuery(base: string, query: string): Promise<{ status: number; errors?: GqlError[]; data?: unknown }> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, ...((await response.json()) as { errors?: GqlError[]; data?: unknown }) };
}

/**
 * The first shape: companies(first: 200), and from each company `aliasesPerHop` aliases of customers and
 * suppliers per hop, `hops` hops deep, written with fragments so that it stays about 1 KB.
 */
function aliasedHops(aliasesPerHop: number, hops: number): string {
  const fragments = Array.from({ length: hops }, (_, hop) => {
    const next = hop + 1 < hops ? `...Hop${hop + 1}` : 'id';
    const aliases = Array.from({ length: aliasesPerHop }, (_, i) => (i % 2 === 0
      ? `c${i}: customers { customer { ${next} } }`
      : `s${i}: suppliers { supplier { ${next} } }`));
    return `fragment Hop${hop} on Company { ${aliases.join(' ')} }`;
  });
  return `query Hostile { companies(first: 200) { edges { node { ...Hop0 } } } }\n${fragments.join('\n')}`;
}

describe('request limits', () => {
  it("refuses the issue's 6 aliases per hop over 4 hops before it runs, naming the cost and the limit", async () => {
    // Per hop: 6 aliases × 5 links × (1 + the link's company (1 + the next hop)); the last hop selects an id (1).
    // Hop3 = 30 × 3 = 90, Hop2 = 30 × 92 = 2760, Hop1 = 30 × 2762 = 82860, Hop0 = 30 × 82862 = 2485860;
    // node 2485861, edges 2485862, companies(first: 200) = 200 × 2485863 = 497172600.
    const answer = await postQuery(t.base, aliasedHops(6, 4));
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]).toMatchObject({
      message: 'The operation costs 497172600; at most 25000 are allowed (a list counts by its first argument, 5 items without one; nesting multiplies)',
      extensions: { code: 'LIMIT_EXCEEDED', cost: 497172600, limit: 25000 },
    });
  });

  it('refuses 353 aliased companies(first: 200) by their cost: 353 × 200 × (1 + edges (1 + node (1 + name))) = 282400', async () => {
    const query = `query Aliased { ${Array.from({ length: 353 }, (_, i) => `c${i}: companies(first: 200) { edges { node { name } } }`).join(' ')} }`;
    const answer = await postQuery(t.base, query);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', cost: 282400, limit: 25000 } });
  });

  it('refuses more than 30 aliases even when they are cheap, and more than 15 root fields', async () => {
    const aliases = await postQuery(t.base, `query ManyAliases { ${Array.from({ length: 31 }, (_, i) => `p${i}: primes { id }`).join(' ')} }`);
    expect(aliases.errors?.[0]).toMatchObject({
      message: 'The document uses 31 aliases; at most 30 are allowed (cost 310)', extensions: { code: 'LIMIT_EXCEEDED', aliases: 31, limit: 30 },
    });
    const rootFields = await postQuery(t.base, `query ManyRoots { ${Array.from({ length: 16 }, (_, i) => (i === 0 ? 'primes { id }' : `p${i}: primes { id }`)).join(' ')} }`);
    expect(rootFields.errors?.[0]).toMatchObject({ message: 'The operation asks for 16 root fields; at most 15 are allowed (cost 160)' });
  });

  it('counts a list by its first argument, also through a variable', async () => {
    const costOf = async (first: number) => {
      const limited = await createTestApp({ limits: { maxCost: 1 } });
      const answer = await limited.gql(FIRST_COMPANIES, { first });
      await limited.close();
      return answer.errors?.[0].extensions?.cost;
    };
    // first × (1 + edges (1 + node (1 + name + city))) = first × 5
    expect(await costOf(7)).toBe(35);
    expect(await costOf(200)).toBe(1000);
  });

  it('answers an answer larger than allowed with LIMIT_EXCEEDED instead', async () => {
    const limited = await createTestApp({ limits: { maxResponseBytes: 200 } });
    const answer = await limited.gql(FIRST_COMPANIES, { first: 6 });
    await limited.close();
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 200 } });
    expect(answer.errors?.[0].message).toMatch(/^The answer has \d+ bytes; at most 200 are allowed: ask for fewer items$/);
  });

  it('stops resolving fields once the time budget is used', async () => {
    const limited = await createTestApp({ limits: { timeBudgetMs: 1 } });
    const answer = await limited.gql(FIRST_COMPANIES, { first: 6 });
    await limited.close();
    expect(answer.errors?.[0]).toMatchObject({ message: 'The request ran past its time budget of 1 ms', extensions: { code: 'LIMIT_EXCEEDED' } });
  });

  it('keeps /health answering while hostile requests arrive', async () => {
    const hostile = Array.from({ length: 20 }, () => postQuery(t.base, aliasedHops(6, 4)));
    const healthTimes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = Date.now();
      const health = await fetch(`${t.base}/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      healthTimes.push(Date.now() - started);
    }
    expect((await Promise.all(hostile)).every((answer) => answer.status === 400)).toBe(true);
    expect(Math.max(...healthTimes)).toBeLessThan(2000);
  });
});

const FIRST_COMPANIES = graphql(`
  query LimitedCompanies($first: Int) {
    companies(first: $first) { edges { node { name city } } }
  }`);
