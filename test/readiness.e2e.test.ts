import { expireDueLabels } from '../src/readiness/readiness.expiry';
import { SMALL_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, loadFixture, removeFixture, removeReadinessAssessments, TestApp } from './helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, SMALL_GRAPH);
});

// The tests walk assessments one after another (each starts from what the one before left), so the suite removes
// them at its end.
afterAll(async () => {
  await removeReadinessAssessments(t);
  await removeFixture(t);
  await t.close();
});

const CRITERIA = [
  'quality-management', 'documented-processes', 'clear-responsibilities', 'certifications', 'information-security',
  'security-clearance-readiness', 'export-control', 'capacity-and-delivery',
];
const allAnswered = (withoutEvidence: string[] = []) =>
  CRITERIA.map((criterionId) => ({ criterionId, fulfilled: true, evidence: withoutEvidence.includes(criterionId) ? null : `Nachweis ${criterionId}` }));

const inMonths = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

async function readinessScoreOfCeramicsC(): Promise<number | undefined> {
  const { data } = await t.gql(READINESS_SCORES);
  const match = data?.matchSuppliers.matches.find((m) => m.company.id === 'sme-c');
  return match?.breakdown.find((b) => b.criterion === 'READINESS')?.score;
}

describe('Defence Ready', () => {
  it('publishes the criteria catalogue with questions and evidence', async () => {
    const { data } = await t.gql(CRITERIA_CATALOGUE);
    expect(data!.readinessCriteria.map((c) => c.id)).toEqual(CRITERIA);
    expect(data!.readinessCriteria[4]).toMatchObject({ name: 'Information security', evidence: expect.stringContaining('ISO 27001 or TISAX') });
  });

  it('walks an assessment through a failed plausibility check, a resubmission, the award and the expiry', async () => {
    // Ceramics C: ISO 9001 valid, AQAP 2110 expired, 30 employees. Matching readiness before any label:
    // (export control 0 + quality management 1 + claims (verified 1, self-declared 0) / 2) / 3 = 0.5.
    expect(await readinessScoreOfCeramicsC()).toBe(0.5);

    const started = await t.gql(START, { companyId: 'sme-c' });
    expect(started.errors).toBeUndefined();
    const first = started.data!.startReadinessAssessment;
    expect(first).toMatchObject({ status: 'DRAFT', score: 0, events: [{ from: null, to: 'DRAFT', by: 'api (anonymous)' }] });
    const again = await t.gql(START, { companyId: 'sme-c' });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: `Company 'sme-c' already has an open assessment: ${first.id}` });

    const saved = await t.gql(SAVE, {
      id: first.id,
      input: {
        answers: allAnswered(['export-control']), claimedCertificationIds: ['iso-9001', 'aqap-2110'], secureInformationHandling: true,
        productionEmployees: 40, onTimeDeliveryPercent: 95, freeCapacityPercent: 20,
      },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveReadinessAnswers.score).toBe(0.9375);

    const failed = await t.gql(SUBMIT, { id: first.id });
    expect(failed.data!.submitReadinessAssessment).toMatchObject({
      status: 'REJECTED',
      findings: [
        'Claimed certification aqap-2110 is not a valid certificate in the company profile',
        'Secure information handling is claimed without ISO 27001, TISAX or a documented alternative',
        "Production employees (40) exceed the company's employees (30)",
      ],
    });
    expect(failed.data!.submitReadinessAssessment.events.map((e) => [e.from, e.to, e.by])).toEqual([
      [null, 'DRAFT', 'api (anonymous)'], ['DRAFT', 'SUBMITTED', 'api (anonymous)'], ['SUBMITTED', 'REJECTED', 'plausibility check'],
    ]);
    const resubmit = await t.gql(SUBMIT, { id: first.id });
    expect(resubmit.errors?.[0]).toMatchObject({ message: 'Cannot submit an assessment in REJECTED', extensions: { code: 'CONFLICT' } });

    const second = (await t.gql(START, { companyId: 'sme-c' })).data!.startReadinessAssessment;
    await t.gql(SAVE, {
      id: second.id,
      input: {
        answers: allAnswered(), claimedCertificationIds: ['iso-9001'], secureInformationHandling: true,
        informationSecurityAlternative: 'ISMS nach BSI IT-Grundschutz, jährlich intern auditiert', productionEmployees: 20, onTimeDeliveryPercent: 96,
      },
    });
    const passed = await t.gql(SUBMIT, { id: second.id });
    expect(passed.data!.submitReadinessAssessment).toMatchObject({ status: 'IN_PLAUSIBILITY_CHECK', findings: [], score: 1 });

    const awarded = await t.gql(AWARD, { id: second.id });
    expect(awarded.data!.awardReadiness).toMatchObject({ status: 'AWARDED', validUntil: inMonths(24) });
    expect(awarded.data!.awardReadiness.events.map((e) => e.to)).toEqual(['DRAFT', 'SUBMITTED', 'IN_PLAUSIBILITY_CHECK', 'AWARDED']);
    const profile = await t.gql(COMPANY_LABEL, { id: 'sme-c' });
    expect(profile.data!.company!.readiness).toEqual({ id: second.id, status: 'AWARDED' });
    // The label feeds matching: readiness is 1 while it is valid.
    expect(await readinessScoreOfCeramicsC()).toBe(1);

    const notYet = await t.gql(EXPIRE, { asOf: inMonths(12) });
    expect(notYet.data!.expireReadinessAssessments).toEqual([]);
    const expired = await t.gql(EXPIRE, { asOf: inMonths(25) });
    expect(expired.data!.expireReadinessAssessments).toHaveLength(1);
    expect(expired.data!.expireReadinessAssessments[0]).toMatchObject({ id: second.id, status: 'EXPIRED' });
    expect(expired.data!.expireReadinessAssessments[0].events.at(-1)).toMatchObject({ from: 'AWARDED', to: 'EXPIRED', reason: `validity ended ${inMonths(24)}` });
    expect(await readinessScoreOfCeramicsC()).toBe(0.5);
  });

  it('rejects after the plausibility check with reasons, and refuses illegal steps', async () => {
    const assessment = (await t.gql(START, { companyId: 'sme-d' })).data!.startReadinessAssessment;
    const award = await t.gql(AWARD, { id: assessment.id });
    expect(award.errors?.[0]).toMatchObject({ message: 'Cannot award an assessment in DRAFT', extensions: { code: 'CONFLICT' } });
    await t.gql(SAVE, { id: assessment.id, input: { answers: allAnswered(), productionEmployees: 6, onTimeDeliveryPercent: 90 } });
    expect((await t.gql(SUBMIT, { id: assessment.id })).data!.submitReadinessAssessment.status).toBe('IN_PLAUSIBILITY_CHECK');
    const change = await t.gql(SAVE, { id: assessment.id, input: { answers: [] } });
    expect(change.errors?.[0].message).toBe('Cannot change the answers of an assessment in IN_PLAUSIBILITY_CHECK');
    const noReason = await t.gql(REJECT, { id: assessment.id, reasons: ['  '] });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasons' });
    const rejected = await t.gql(REJECT, { id: assessment.id, reasons: ['Reference customers could not be confirmed'] });
    expect(rejected.data!.rejectReadiness).toMatchObject({ status: 'REJECTED', rejectionReasons: ['Reference customers could not be confirmed'] });
    expect(rejected.data!.rejectReadiness.events.at(-1)).toMatchObject({ from: 'IN_PLAUSIBILITY_CHECK', to: 'REJECTED', reason: 'Reference customers could not be confirmed' });
  });

  it('flags an AQAP 2110 claim without ISO 9001', async () => {
    const assessment = (await t.gql(START, { companyId: 'sme-e' })).data!.startReadinessAssessment;
    await t.gql(SAVE, { id: assessment.id, input: { answers: allAnswered(), claimedCertificationIds: ['aqap-2110'], productionEmployees: 50, onTimeDeliveryPercent: 99 } });
    const { data } = await t.gql(SUBMIT, { id: assessment.id });
    expect(data!.submitReadinessAssessment.findings).toEqual([
      'Claimed certification aqap-2110 is not a valid certificate in the company profile',
      'AQAP 2110 is claimed, but there is no valid ISO 9001 certificate',
    ]);
  });

  it('names bad input and unknown ids', async () => {
    const assessment = (await t.gql(START, { companyId: 'sme-f' })).data!.startReadinessAssessment;
    const criterion = await t.gql(SAVE, { id: assessment.id, input: { answers: [{ criterionId: 'charisma', fulfilled: true }] } });
    expect(criterion.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answers[0].criterionId' });
    const capacity = await t.gql(SAVE, { id: assessment.id, input: { answers: [], freeCapacityPercent: 120 } });
    expect(capacity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.freeCapacityPercent' });
    const unknown = await t.gql(SUBMIT, { id: 'dr-404' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'assessmentId' });
    const company = await t.gql(START, { companyId: 'nobody' });
    expect(company.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'companyId' });
  });

  it('lists the work of the network office: checks waiting, labels running out, labels run out', async () => {
    // Left by the tests above: sme-c's second assessment EXPIRED (by the expiry run, valid until in 24 months),
    // sme-d, sme-e rejected, sme-f a draft. Now sme-d waits for the check and sme-e holds a label for one month.
    const waiting = (await t.gql(START, { companyId: 'sme-d' })).data!.startReadinessAssessment;
    await t.gql(SAVE, { id: waiting.id, input: { answers: allAnswered(), productionEmployees: 6, onTimeDeliveryPercent: 90 } });
    expect((await t.gql(SUBMIT, { id: waiting.id })).data!.submitReadinessAssessment.status).toBe('IN_PLAUSIBILITY_CHECK');
    const short = (await t.gql(START, { companyId: 'sme-e' })).data!.startReadinessAssessment;
    await t.gql(SAVE, { id: short.id, input: { answers: allAnswered(), productionEmployees: 1, onTimeDeliveryPercent: 99 } });
    await t.gql(SUBMIT, { id: short.id });
    const label = await t.gql(AWARD_FOR_ONE_MONTH, { id: short.id });
    expect(label.data!.awardReadiness).toEqual({ status: 'AWARDED', validUntil: inMonths(1) });

    const today = new Date().toISOString().slice(0, 10);
    const daysUntil = (date: string) => Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
    const run = (days: number) => t.gql(WORKLIST, { p: { days } });
    const worklist = await run(90);
    expect(worklist.data!.runAnalysis.rows.map((r) => [r.task, r.companyId, r.status, r.days])).toEqual([
      ['CHECK_PLAUSIBILITY', 'sme-d', 'IN_PLAUSIBILITY_CHECK', 0],
      ['RUNS_OUT', 'sme-e', 'AWARDED', daysUntil(inMonths(1))],
      ['EXPIRED', 'sme-c', 'EXPIRED', daysUntil(inMonths(24))],
    ]);
    // A label a month away is not yet work when looking only a week ahead.
    const week = await run(7);
    expect(week.data!.runAnalysis.rows.map((r) => r.task)).toEqual(['CHECK_PLAUSIBILITY', 'EXPIRED']);
  });

  it('records the expiry of labels that ran out, as the server does at start and every few hours', async () => {
    // sme-e's one-month label from the test above: let it have run out yesterday.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const session = t.driver.session();
    try {
      await session.run(
        "MATCH (a:ReadinessAssessment {status: 'AWARDED'})-[:OF]->(:Company {id: 'sme-e'}) SET a.validUntil = $yesterday", { yesterday },
      );
    } finally {
      await session.close();
    }
    // Reads show EXPIRED at once; the audit trail does not know yet.
    const label = (await t.gql(COMPANY_LABEL_TRAIL, { id: 'sme-e' })).data!.company!.readiness!;
    expect(label).toMatchObject({ status: 'EXPIRED', events: [{ to: 'DRAFT' }, { to: 'SUBMITTED' }, { to: 'IN_PLAUSIBILITY_CHECK' }, { to: 'AWARDED' }] });

    expect(await expireDueLabels(t.app.services.readiness)).toEqual([label.id]);
    const recorded = (await t.gql(COMPANY_LABEL_EVENTS, { id: 'sme-e' })).data!.company!.readiness!;
    expect(recorded.events.at(-1)).toEqual({ from: 'AWARDED', to: 'EXPIRED', by: 'expiry run', reason: `validity ended ${yesterday}` });
    expect(await expireDueLabels(t.app.services.readiness)).toEqual([]);
  });
});

const ASSESSMENT = graphql(`
  fragment Assessment on ReadinessAssessment {
    id status score validUntil findings rejectionReasons events { from to by reason }
  }`);

const START = graphql(`
  mutation Start($companyId: ID!) {
    startReadinessAssessment(companyId: $companyId) { ...Assessment }
  }`, [ASSESSMENT]);

const SAVE = graphql(`
  mutation Save($id: ID!, $input: ReadinessAnswersInput!) {
    saveReadinessAnswers(assessmentId: $id, input: $input) { ...Assessment }
  }`, [ASSESSMENT]);

const SUBMIT = graphql(`
  mutation Submit($id: ID!) {
    submitReadinessAssessment(assessmentId: $id) { ...Assessment }
  }`, [ASSESSMENT]);

const AWARD = graphql(`
  mutation Award($id: ID!) {
    awardReadiness(assessmentId: $id) { ...Assessment }
  }`, [ASSESSMENT]);

const REJECT = graphql(`
  mutation Reject($id: ID!, $reasons: [String!]!) {
    rejectReadiness(assessmentId: $id, reasons: $reasons) { ...Assessment }
  }`, [ASSESSMENT]);

const EXPIRE = graphql(`
  mutation Expire($asOf: LocalDate) {
    expireReadinessAssessments(asOf: $asOf) { ...Assessment }
  }`, [ASSESSMENT]);

const AWARD_FOR_ONE_MONTH = graphql(`
  mutation AwardForOneMonth($id: ID!) {
    awardReadiness(assessmentId: $id, validityMonths: 1) { status validUntil }
  }`);

const READINESS_SCORES = graphql(`
  query ReadinessScores {
    matchSuppliers(roleId: "role-1") { matches { company { id } breakdown { criterion score } } }
  }`);

const CRITERIA_CATALOGUE = graphql(`
  query CriteriaCatalogue {
    readinessCriteria { id name questions evidence }
  }`);

const COMPANY_LABEL = graphql(`
  query CompanyLabel($id: ID!) {
    company(id: $id) { readiness { id status } }
  }`);

const COMPANY_LABEL_TRAIL = graphql(`
  query CompanyLabelTrail($id: ID!) {
    company(id: $id) { readiness { id status events { to } } }
  }`);

const COMPANY_LABEL_EVENTS = graphql(`
  query CompanyLabelEvents($id: ID!) {
    company(id: $id) { readiness { events { from to by reason } } }
  }`);

const WORKLIST = graphql(`
  query Worklist($p: JSONObject) {
    runAnalysis(name: "defence-ready-worklist", parameters: $p) { rows }
  }`);
