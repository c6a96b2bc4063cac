import { graphql, ResultOf } from '../graphql';

/** Everything the pages show of an assessment: answers, claims, findings and the audit trail. */
export const AssessmentFields = graphql(`
  fragment AssessmentFields on ReadinessAssessment {
    id status score validUntil complete findings rejectionReasons
    claimedCertificationIds secureInformationHandling informationSecurityAlternative
    productionEmployees freeCapacityPercent onTimeDeliveryPercent
    answers { fulfilled evidence score criterion { id } }
    events { from to by at reason }
  }
`);

export const CriteriaFields = graphql(`
  fragment CriteriaFields on ReadinessCriterion { id name questions evidence }
`);

export type Assessment = ResultOf<typeof AssessmentFields>;
export type Criterion = ResultOf<typeof CriteriaFields>;

/** The claims step (after the criteria, before the review) and the claims a finding can concern. */
export const CLAIMS_SECTION = 'claims';
export const CLAIMS = {
  certifications: 'claims:certifications',
  secureHandling: 'claims:secure-handling',
  productionEmployees: 'claims:production-employees',
} as const;

/** Whether a finding's section lies on the claims step. */
export const onClaimsStep = (section: string) => section === CLAIMS_SECTION || section.startsWith(`${CLAIMS_SECTION}:`) || section === 'general';

export const StartAssessmentMutation = graphql(`
  mutation StartReadinessAssessment($companyId: ID!) {
    startReadinessAssessment(companyId: $companyId) { ...AssessmentFields }
  }
`, [AssessmentFields]);

export const SaveAnswersMutation = graphql(`
  mutation SaveReadinessAnswers($assessmentId: ID!, $input: ReadinessAnswersInput!) {
    saveReadinessAnswers(assessmentId: $assessmentId, input: $input) { ...AssessmentFields }
  }
`, [AssessmentFields]);

export const SubmitAssessmentMutation = graphql(`
  mutation SubmitReadinessAssessment($assessmentId: ID!) {
    submitReadinessAssessment(assessmentId: $assessmentId) { ...AssessmentFields }
  }
`, [AssessmentFields]);
