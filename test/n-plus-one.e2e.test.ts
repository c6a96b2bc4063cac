import type { TadaDocumentNode } from 'gql.tada';

import { MATCHING_GRAPH } from './fixtures/small-graph';
import { graphql, ResultOf } from './graphql';
import { createTestApp, loadFixture, removeFixture, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, MATCHING_GRAPH);
});

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

/** The executor calls one operation costs, with the rows it answered (to show a longer answer was asked for). */
async function queriesFor<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
  rowsOf: (data: Result) => unknown[],
): Promise<{ queries: number; rows: number }> {
  const before = t.app.executor.queryCount;
  const { data, errors } = await t.gql(document, variables);
  expect(errors).toBeUndefined();
  return { queries: t.app.executor.queryCount - before, rows: rowsOf(data!).length };
}

// Each operation is asked twice, for a short and a longer answer with the same nested fields: the nested fields go
// through per-request loaders, so the longer answer costs no more queries than the short one.
describe('no query per row (N+1) in the heavy operations', () => {
  it('matchSuppliers costs the same number of queries for 1 and for 5 candidates with their nested facts', async () => {
    const rows = (data: ResultOf<typeof MATCH_SUPPLIERS>) => data.matchSuppliers.matches;
    const one = await queriesFor(MATCH_SUPPLIERS, { first: 1 }, rows);
    const five = await queriesFor(MATCH_SUPPLIERS, { first: 5 }, rows);
    expect([one.rows, five.rows]).toEqual([1, 5]);
    expect(five.queries).toBeLessThanOrEqual(one.queries);
  });

  it('capabilityGaps costs the same number of queries for 1 and for 3 closers per gap', async () => {
    const closers = (data: ResultOf<typeof CAPABILITY_GAPS>) => data.capabilityGaps.gaps.flatMap((gap) => gap.closers);
    const one = await queriesFor(CAPABILITY_GAPS, { closersPerGap: 1 }, closers);
    const three = await queriesFor(CAPABILITY_GAPS, { closersPerGap: 3 }, closers);
    expect(three.rows).toBeGreaterThan(one.rows);
    expect(three.queries).toBeLessThanOrEqual(one.queries);
  });

  it('supplyRoles costs the same number of queries for 1 and for 5 roles with buyer, program and requirements', async () => {
    const rows = (data: ResultOf<typeof SUPPLY_ROLES>) => data.supplyRoles.edges;
    const one = await queriesFor(SUPPLY_ROLES, { first: 1 }, rows);
    const five = await queriesFor(SUPPLY_ROLES, { first: 5 }, rows);
    expect([one.rows, five.rows]).toEqual([1, 5]);
    expect(five.queries).toBeLessThanOrEqual(one.queries);
  });
});

const MATCH_SUPPLIERS = graphql(`
  query MatchSuppliers($first: Int!) {
    matchSuppliers(roleId: "role-1", first: $first, options: { includeNearMisses: true }) {
      matches {
        score
        company { name region { name } capabilities { level capability { name } } certifications { certification { name } } }
        capabilityMatches { capability { name } claimedCapability { name } }
        certificationMatches { certification { name } heldCertification { name } }
        missing { capability { name } certification { name } }
        role { title buyer { name } }
      }
    }
  }`);

const CAPABILITY_GAPS = graphql(`
  query CapabilityGaps($closersPerGap: Int!) {
    capabilityGaps(scope: { regionId: "rb-arnsberg" }, options: { closersPerGap: $closersPerGap, includeCovered: true }) {
      gaps {
        capability { name domain { name } }
        suppliers { name region { name } }
        closers { company { name region { name } } }
        demand { role { title buyer { name } program { name } } }
      }
    }
  }`);

const SUPPLY_ROLES = graphql(`
  query SupplyRoles($first: Int!) {
    supplyRoles(first: $first) {
      edges {
        node {
          title buyer { name region { name } } program { name prime { name } } preferredRegion { name }
          requiredCapabilities { minLevel capability { name } }
          requiredCertifications { certification { name } }
        }
      }
    }
  }`);
