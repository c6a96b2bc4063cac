import type { VariablesOf } from '../graphql';
import type { Assessment, SaveAnswersMutation } from './assessment';

/** The form's values: an answer per criterion (unanswered: `fulfilled` null) and the claims, numbers as typed. */
export interface Draft {
  answers: Record<string, { fulfilled: boolean | null; evidence: string }>;
  claimedCertificationIds: string[];
  secureInformationHandling: boolean;
  informationSecurityAlternative: string;
  productionEmployees: string;
  freeCapacityPercent: string;
  onTimeDeliveryPercent: string;
}

export type NumberField = 'productionEmployees' | 'freeCapacityPercent' | 'onTimeDeliveryPercent';

export function draftOf(assessment: Assessment): Draft {
  const text = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    answers: Object.fromEntries(assessment.answers.map((a) => [a.criterion.id, { fulfilled: a.fulfilled, evidence: a.evidence ?? '' }])),
    claimedCertificationIds: [...assessment.claimedCertificationIds],
    secureInformationHandling: assessment.secureInformationHandling,
    informationSecurityAlternative: assessment.informationSecurityAlternative ?? '',
    productionEmployees: text(assessment.productionEmployees),
    freeCapacityPercent: text(assessment.freeCapacityPercent),
    onTimeDeliveryPercent: text(assessment.onTimeDeliveryPercent),
  };
}

/** A typed number: null when empty, NaN when it is not a whole number in range. */
export function parseWhole(value: string, max?: number): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  return max !== undefined && number > max ? NaN : number;
}

export const NUMBER_LIMITS: Record<NumberField, number | undefined> = {
  productionEmployees: undefined,
  freeCapacityPercent: 100,
  onTimeDeliveryPercent: 100,
};

/** The number fields that hold something the API would refuse. */
export function invalidNumbers(draft: Draft): NumberField[] {
  return (Object.keys(NUMBER_LIMITS) as NumberField[]).filter((field) => Number.isNaN(parseWhole(draft[field], NUMBER_LIMITS[field])));
}

type AnswersInput = VariablesOf<typeof SaveAnswersMutation>['input'];

export function inputOf(draft: Draft): AnswersInput {
  return {
    answers: Object.entries(draft.answers)
      .filter(([, a]) => a.fulfilled !== null)
      .map(([criterionId, a]) => ({ criterionId, fulfilled: a.fulfilled === true, evidence: a.evidence.trim() || null })),
    claimedCertificationIds: draft.claimedCertificationIds,
    secureInformationHandling: draft.secureInformationHandling,
    informationSecurityAlternative: draft.informationSecurityAlternative.trim() || null,
    productionEmployees: parseWhole(draft.productionEmployees),
    freeCapacityPercent: parseWhole(draft.freeCapacityPercent, 100),
    onTimeDeliveryPercent: parseWhole(draft.onTimeDeliveryPercent, 100),
  };
}
