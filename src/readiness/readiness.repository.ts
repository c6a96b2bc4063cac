import { randomUUID } from 'node:crypto';

import { ConflictError, NotFoundError } from '../common/errors';
import { Executor } from '../db/executor';
import { ReadinessAnswersInput } from './readiness.input';

export interface AssessmentRow {
  id: string;
  status: string;
  companyId: string;
  validUntil: string | null;
  claimedCertificationIds: string[] | null;
  secureInformationHandling: boolean | null;
  informationSecurityAlternative: string | null;
  productionEmployees: number | null;
  freeCapacityPercent: number | null;
  onTimeDeliveryPercent: number | null;
  findings: string[] | null;
  rejectionReasons: string[] | null;
  answers: { criterionId: string; fulfilled: boolean; evidence: string | null }[];
  events: { from: string | null; to: string; by: string; at: string; reason: string | null }[];
}

export interface Transition {
  id: string;
  from: string[];
  to: string;
  by: string;
  reason: string;
  properties?: Record<string, unknown>;
}

export class ReadinessRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<AssessmentRow[]> {
    const rows = await this.executor.read<{ assessment: AssessmentRow }>('readinessByIds', 'readiness/by-ids', { ids });
    return rows.map((row) => row.assessment);
  }

  async latestIdsOf(companyIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.executor.read<{ companyId: string; assessmentId: string }>('latestReadiness', 'readiness/latest-of-companies', { ids: companyIds });
    return new Map(rows.map((row) => [row.companyId, row.assessmentId]));
  }

  /**
   * Creates a draft, unless the company is unknown (NOT_FOUND) or has an open assessment (CONFLICT). The company is
   * locked first, so that of concurrent starts exactly one creates the draft and the others see it.
   */
  async start(companyId: string, by: string): Promise<string> {
    return this.executor.writeTransaction('startReadinessAssessment', async (tx) => {
      await tx.run('readiness/lock-company', { companyId });
      const [found] = await tx.run<{ companyId: string | null; openIds: string[] }>('readiness/open-of-company', { companyId });
      if (!found.companyId) throw new NotFoundError('Company', companyId, 'companyId');
      if (found.openIds.length > 0) throw new ConflictError(`Company '${companyId}' already has an open assessment: ${found.openIds[0]}`);
      const [row] = await tx.run<{ id: string }>('readiness/create', { companyId, id: `dr-${randomUUID()}`, eventId: randomUUID(), by });
      return row.id;
    });
  }

  /** Returns false when the assessment is not a draft (or does not exist). */
  async saveAnswers(id: string, input: ReadinessAnswersInput): Promise<boolean> {
    const rows = await this.executor.write('saveReadinessAnswers', 'readiness/save-answers', {
      id,
      answers: input.answers.map((a) => ({ criterionId: a.criterionId, fulfilled: a.fulfilled, evidence: a.evidence ?? null })),
      claimedCertificationIds: input.claimedCertificationIds,
      secureInformationHandling: input.secureInformationHandling,
      informationSecurityAlternative: input.informationSecurityAlternative ?? null,
      productionEmployees: input.productionEmployees ?? null,
      freeCapacityPercent: input.freeCapacityPercent ?? null,
      onTimeDeliveryPercent: input.onTimeDeliveryPercent ?? null,
    });
    return rows.length > 0;
  }

  /** Applies the transitions in one transaction; returns false when the first one did not apply. */
  async transition(steps: Transition[]): Promise<boolean> {
    return this.executor.writeTransaction('readinessTransition', async (tx) => {
      for (const [index, step] of steps.entries()) {
        const rows = await tx.run('readiness/transition', {
          id: step.id, from: step.from, to: step.to, by: step.by, reason: step.reason, properties: step.properties ?? {}, eventId: randomUUID(),
        });
        if (rows.length === 0) {
          if (index === 0) return false;
          throw new Error(`Readiness transition ${step.to} did not apply after ${steps[index - 1].to}`);
        }
      }
      return true;
    });
  }

  async companyEvidence(companyId: string): Promise<{ employees: number | null; validCertificationIds: string[]; includedCertificationIds: string[] }> {
    const [row] = await this.executor.read<{ employees: number | null; validCertificationIds: string[]; includedCertificationIds: string[] }>(
      'readinessEvidence', 'readiness/company-evidence', { companyId });
    return row;
  }

  async expireDue(asOf: string, by: string): Promise<string[]> {
    const rows = await this.executor.write<{ id: string }>('expireReadiness', 'readiness/expire-due', { asOf, by });
    return rows.map((row) => row.id);
  }
}
