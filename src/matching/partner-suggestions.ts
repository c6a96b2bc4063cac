import { SecurityClearance } from '../common/enums';
import { CompanyFacts, Evaluation, RequirementFacts } from './matching.engine';

/**
 * What a partner would have to bring for a near-miss role: the mandatory capabilities the company lacks,
 * scored from the company's own location, with no distance limit, certification or clearance. Null when
 * the company lacks none of them or owns none (then it is no partner's half of the job).
 */
export function partnerRequirement(company: CompanyFacts, requirement: RequirementFacts, evaluation: Evaluation): RequirementFacts | null {
  const lacking = evaluation.capabilityMatches.filter((match) => match.mandatory && !match.met);
  const ownsSome = evaluation.capabilityMatches.some((match) => match.mandatory && match.met);
  if (lacking.length === 0 || !ownsSome) return null;
  return {
    ...requirement,
    location: company.location,
    maxDistanceKm: null,
    requiredCapabilities: lacking.map((match) => ({ capabilityId: match.capabilityId, minLevel: match.minLevel, mandatory: true })),
    requiredCertifications: [],
    securityClearance: SecurityClearance.NONE,
    groupIds: [...requirement.groupIds, company.id],
  };
}
