import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, loadFixture, removeFixture, removeReadinessAssessments, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
});

afterEach(() => removeReadinessAssessments(t));

afterAll(async () => {
  await removeFixture(t);
  await t.close();
});

const PARALLEL_CALLS = 8;

/** The assessments of a company by status, and their events by target state, as the graph holds them. */
async function assessmentsOf(companyId: string): Promise<{ statuses: string[]; eventTargets: string[] }> {
  const result = await t.driver.executeQuery(
    `MATCH (assessment:ReadinessAssessment)-[:OF]->(:Company {id: $companyId})
     RETURN collect(assessment.status) AS statuses,
            COLLECT { MATCH (event:ReadinessEvent)-[:ON]->(other:ReadinessAssessment)-[:OF]->(:Company {id: $companyId}) RETURN event.to } AS eventTargets`,
    { companyId },
  );
  const record = result.records[0];
  return { statuses: [...record.get('statuses')].sort(), eventTargets: [...record.get('eventTargets')].sort() };
}

/** A draft moved straight to IN_PLAUSIBILITY_CHECK, the state award and rejection start from. */
async function assessmentInPlausibilityCheck(companyId: string): Promise<string> {
  const id = (await t.gql(START, { companyId })).data!.startReadinessAssessment.id;
  await t.driver.executeQuery("MATCH (a:ReadinessAssessment {id: $id}) SET a.status = 'IN_PLAUSIBILITY_CHECK'", { id });
  return id;
}

describe('Defence Ready under concurrency', () => {
  it(`${PARALLEL_CALLS} parallel starts for one company leave exactly one open assessment; the others are refused as CONFLICT`, async () => {
    const results = await Promise.all(Array.from({ length: PARALLEL_CALLS }, () => t.gql(START, { companyId: 'sme-d' })));
    expect(results.filter((r) => r.data?.startReadinessAssessment).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(PARALLEL_CALLS - 1);
    expect(await assessmentsOf('sme-d')).toEqual({ statuses: ['DRAFT'], eventTargets: ['DRAFT'] });
  });

  it(`${PARALLEL_CALLS} parallel awards and rejections of one assessment give one decision with one event`, async () => {
    const id = await assessmentInPlausibilityCheck('sme-e');
    const results = await Promise.all(Array.from({ length: PARALLEL_CALLS }, (_, i) => (i % 2 === 0
      ? t.gql(AWARD, { id })
      : t.gql(REJECT, { id, reasons: ['Reference customers could not be confirmed'] }))));
    const decisions = results.filter((r) => r.errors === undefined);
    expect(decisions.length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(PARALLEL_CALLS - 1);
    const { statuses, eventTargets } = await assessmentsOf('sme-e');
    expect(statuses).toHaveLength(1);
    expect(['AWARDED', 'REJECTED']).toContain(statuses[0]);
    expect(eventTargets).toEqual(['DRAFT', statuses[0]].sort());
  });

  it(`${PARALLEL_CALLS} parallel submissions of one draft submit it once`, async () => {
    const id = (await t.gql(START, { companyId: 'sme-f' })).data!.startReadinessAssessment.id;
    const results = await Promise.all(Array.from({ length: PARALLEL_CALLS }, () => t.gql(SUBMIT, { id })));
    expect(results.filter((r) => r.errors === undefined).length).toBe(1);
    const { eventTargets } = await assessmentsOf('sme-f');
    expect(eventTargets.filter((to) => to === 'SUBMITTED')).toEqual(['SUBMITTED']);
  });

  it('two expiry runs at once expire an outdated label once, with one event', async () => {
    const id = await assessmentInPlausibilityCheck('sme-c');
    await t.driver.executeQuery("MATCH (a:ReadinessAssessment {id: $id}) SET a.status = 'AWARDED', a.validUntil = '2020-01-01'", { id });
    const runs = await Promise.all([t.gql(EXPIRE, { asOf: '2021-01-01' }), t.gql(EXPIRE, { asOf: '2021-01-01' })]);
    expect(runs.flatMap((run) => run.data!.expireReadinessAssessments.map((a) => a.id))).toEqual([id]);
    expect((await assessmentsOf('sme-c')).eventTargets).toEqual(['DRAFT', 'EXPIRED']);
  });
});

const START = graphql(`
  mutation ConcurrentStart($companyId: ID!) {
    startReadinessAssessment(companyId: $companyId) { id }
  }`);

const SUBMIT = graphql(`
  mutation ConcurrentSubmit($id: ID!) {
    submitReadinessAssessment(assessmentId: $id) { id status }
  }`);

const AWARD = graphql(`
  mutation ConcurrentAward($id: ID!) {
    awardReadiness(assessmentId: $id) { id status }
  }`);

const REJECT = graphql(`
  mutation ConcurrentReject($id: ID!, $reasons: [String!]!) {
    rejectReadiness(assessmentId: $id, reasons: $reasons) { id status }
  }`);

const EXPIRE = graphql(`
  mutation ConcurrentExpire($asOf: LocalDate) {
    expireReadinessAssessments(asOf: $asOf) { id }
  }`);
