import { today } from '../common/dates';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { round } from '../common/numbers';
import { CRITERION_IDS, READINESS_CRITERIA } from './readiness.criteria';
import { ReadinessAnswersInput } from './readiness.input';
import { AssessmentRow, ReadinessRepository, Transition } from './readiness.repository';
import { ReadinessAssessment, ReadinessStatus } from './readiness.type';

const PLAUSIBILITY_CHECK = 'plausibility check';
const INFORMATION_SECURITY_CERTIFICATES = ['iso-27001', 'tisax'];
const MIN_ALTERNATIVE_LENGTH = 20;
const MAX_REASON_LENGTH = 2000;

function assertReasonLength(reason: string, field: string): void {
  if (reason.length > MAX_REASON_LENGTH) throw new BadUserInputError(field, `must be at most ${MAX_REASON_LENGTH} characters`);
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * The automatic plausibility checks run on submission. Each finding says what is wrong; none means the
 * assessment goes on to the network's plausibility check.
 */
export function plausibilityFindings(
  assessment: AssessmentRow, evidence: { employees: number | null; validCertificationIds: string[]; includedCertificationIds: string[] },
): string[] {
  const findings: string[] = [];
  const answered = new Set(assessment.answers.map((a) => a.criterionId));
  const unanswered = READINESS_CRITERIA.filter((c) => !answered.has(c.id)).map((c) => c.id);
  if (unanswered.length > 0) findings.push(`Criteria not answered: ${unanswered.join(', ')}`);
  const holds = (id: string) => evidence.validCertificationIds.includes(id) || evidence.includedCertificationIds.includes(id);
  const claimed = assessment.claimedCertificationIds ?? [];
  for (const id of claimed) {
    if (!holds(id)) findings.push(`Claimed certification ${id} is not a valid certificate in the company profile`);
  }
  if (claimed.includes('aqap-2110') && !evidence.validCertificationIds.includes('iso-9001')) {
    findings.push('AQAP 2110 is claimed, but there is no valid ISO 9001 certificate');
  }
  if (assessment.secureInformationHandling
      && !INFORMATION_SECURITY_CERTIFICATES.some(holds)
      && (assessment.informationSecurityAlternative ?? '').trim().length < MIN_ALTERNATIVE_LENGTH) {
    findings.push('Secure information handling is claimed without ISO 27001, TISAX or a documented alternative');
  }
  if (assessment.productionEmployees !== null && evidence.employees !== null && assessment.productionEmployees > evidence.employees) {
    findings.push(`Production employees (${assessment.productionEmployees}) exceed the company's employees (${evidence.employees})`);
  }
  const capacity = assessment.answers.find((a) => a.criterionId === 'capacity-and-delivery');
  if (capacity?.fulfilled && (assessment.productionEmployees === null || assessment.productionEmployees < 1 || assessment.onTimeDeliveryPercent === null)) {
    findings.push('Capacity and delivery dependability is claimed without production employees and an on-time delivery rate');
  }
  return findings;
}

export function toAssessment(row: AssessmentRow, on: string = today()): ReadinessAssessment {
  const answers = row.answers.map((a) => ({ ...a, score: a.fulfilled ? (a.evidence && a.evidence.trim() ? 1 : 0.5) : 0 }));
  const score = answers.reduce((sum, a) => sum + a.score, 0) / READINESS_CRITERIA.length;
  const expired = row.status === ReadinessStatus.AWARDED && row.validUntil !== null && row.validUntil < on;
  return {
    id: row.id,
    companyId: row.companyId,
    status: (expired ? ReadinessStatus.EXPIRED : row.status) as ReadinessStatus,
    validUntil: row.validUntil,
    answers,
    score: round(score),
    claimedCertificationIds: row.claimedCertificationIds ?? [],
    secureInformationHandling: row.secureInformationHandling ?? false,
    informationSecurityAlternative: row.informationSecurityAlternative,
    productionEmployees: row.productionEmployees,
    freeCapacityPercent: row.freeCapacityPercent,
    onTimeDeliveryPercent: row.onTimeDeliveryPercent,
    findings: row.findings ?? [],
    rejectionReasons: row.rejectionReasons ?? [],
    events: row.events.map((e) => ({ ...e, from: e.from as ReadinessStatus | null, to: e.to as ReadinessStatus })),
    complete: true,
  };
}

/**
 * What another company's key may see of an assessment: the label (status, validity, score), not the answers,
 * figures, findings, reasons or audit trail of the self-assessment. Staff and the company itself see it all.
 */
export function labelOnly(assessment: ReadinessAssessment): ReadinessAssessment {
  return {
    ...assessment,
    answers: [], claimedCertificationIds: [], secureInformationHandling: false, informationSecurityAlternative: null,
    productionEmployees: null, freeCapacityPercent: null, onTimeDeliveryPercent: null, findings: [], rejectionReasons: [], events: [],
    complete: false,
  };
}

/** The Defence Ready workflow: self-assessment, automatic plausibility checks, award or rejection, expiry. */
export class ReadinessService {
  constructor(private readonly repository: ReadinessRepository) {}

  criteria() {
    return READINESS_CRITERIA;
  }

  async get(id: string): Promise<ReadinessAssessment> {
    const [row] = await this.repository.byIds([id]);
    if (!row) throw new NotFoundError('ReadinessAssessment', id, 'assessmentId');
    return toAssessment(row);
  }

  async start(companyId: string, by: string): Promise<ReadinessAssessment> {
    return this.get(await this.repository.start(companyId, by));
  }

  async saveAnswers(id: string, input: ReadinessAnswersInput): Promise<ReadinessAssessment> {
    input.answers.forEach((answer, i) => {
      if (!CRITERION_IDS.has(answer.criterionId)) {
        throw new BadUserInputError(`input.answers[${i}].criterionId`, `'${answer.criterionId}' is not a criterion (${[...CRITERION_IDS].join(', ')})`);
      }
      if (input.answers.findIndex((other) => other.criterionId === answer.criterionId) !== i) {
        throw new BadUserInputError(`input.answers[${i}].criterionId`, `'${answer.criterionId}' is answered twice`);
      }
    });
    if (!(await this.repository.saveAnswers(id, input))) await this.refuse(id, 'change the answers of');
    return this.get(id);
  }

  async submit(id: string, by: string): Promise<ReadinessAssessment> {
    const current = await this.get(id);
    if (current.status !== ReadinessStatus.DRAFT) await this.refuse(id, 'submit');
    const [row] = await this.repository.byIds([id]);
    const findings = plausibilityFindings(row, await this.repository.companyEvidence(current.companyId));
    const steps: Transition[] = [
      { id, from: [ReadinessStatus.DRAFT], to: ReadinessStatus.SUBMITTED, by, reason: 'self-assessment submitted', properties: { submittedAt: today() } },
      findings.length > 0
        ? { id, from: [ReadinessStatus.SUBMITTED], to: ReadinessStatus.REJECTED, by: PLAUSIBILITY_CHECK, reason: findings.join('; '),
          properties: { findings, rejectionReasons: findings, decidedAt: today() } }
        : { id, from: [ReadinessStatus.SUBMITTED], to: ReadinessStatus.IN_PLAUSIBILITY_CHECK, by: PLAUSIBILITY_CHECK,
          reason: 'automatic checks passed', properties: { findings: [] } },
    ];
    if (!(await this.repository.transition(steps))) await this.refuse(id, 'submit');
    return this.get(id);
  }

  async award(id: string, by: string, validityMonths: number, reason: string | null): Promise<ReadinessAssessment> {
    if (!Number.isInteger(validityMonths) || validityMonths < 1 || validityMonths > 60) {
      throw new BadUserInputError('validityMonths', 'must be between 1 and 60');
    }
    if (reason !== null) assertReasonLength(reason, 'reason');
    const validUntil = addMonths(today(), validityMonths);
    const applied = await this.repository.transition([{
      id, from: [ReadinessStatus.IN_PLAUSIBILITY_CHECK], to: ReadinessStatus.AWARDED, by, reason: reason ?? `Defence Ready awarded until ${validUntil}`,
      properties: { validUntil, decidedAt: today() },
    }]);
    if (!applied) await this.refuse(id, 'award');
    return this.get(id);
  }

  async reject(id: string, by: string, reasons: string[]): Promise<ReadinessAssessment> {
    reasons.forEach((reason, i) => assertReasonLength(reason, `reasons[${i}]`));
    const given = reasons.map((r) => r.trim()).filter((r) => r.length > 0);
    if (given.length === 0) throw new BadUserInputError('reasons', 'a rejection needs at least one reason');
    const applied = await this.repository.transition([{
      id, from: [ReadinessStatus.IN_PLAUSIBILITY_CHECK], to: ReadinessStatus.REJECTED, by, reason: given.join('; '),
      properties: { rejectionReasons: given, decidedAt: today() },
    }]);
    if (!applied) await this.refuse(id, 'reject');
    return this.get(id);
  }

  async expire(asOf: string, by: string): Promise<ReadinessAssessment[]> {
    const ids = await this.repository.expireDue(asOf, by);
    return (await this.repository.byIds(ids)).map((row) => toAssessment(row));
  }

  /** Explains why a step was not possible: the assessment does not exist, or is in the wrong state. */
  private async refuse(id: string, action: string): Promise<never> {
    const current = await this.get(id);
    throw new ConflictError(`Cannot ${action} an assessment in ${current.status}`);
  }
}
