import { withTiming } from '../src/common/timing';
import { graphql } from './graphql';
import { createTestApp, TestApp } from './helpers/test-app';

describe('request timing through the executor', () => {
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  it("a timed request's queries add their time in Neo4j (neo4j) and the rest of their wall time (loading)", async () => {
    const app = await createTestApp();
    t = app;
    const { result, spans, totalMs } = await withTiming(() => app.gql(CERTIFICATIONS));
    expect(result.errors).toBeUndefined();
    expect(Object.keys(spans).sort()).toEqual(['loading', 'neo4j']);
    expect(spans.neo4j).toBeGreaterThanOrEqual(0);
    expect(spans.loading).toBeGreaterThan(0);
    expect(spans.neo4j + spans.loading).toBeLessThanOrEqual(totalMs);
  });

  it('a request outside a timed one runs as before', async () => {
    const { errors } = await t!.gql(CERTIFICATIONS);
    expect(errors).toBeUndefined();
  });
});

const CERTIFICATIONS = graphql(`
  query TimedCertifications {
    certifications { id }
  }
`);
