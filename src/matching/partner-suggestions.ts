import { SecurityClearance } from '../common/enums';
import { CompanyFacts, Evaluation, RequirementFacts } from './matching.engine';
import { PartnerSuggestion } from './matching.type';

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

/** What a partner search knows of a candidate: which lacking capabilities it meets, and how far away it is. */
export type PartnerCandidate = Pick<Evaluation, 'companyId' | 'distanceKm'> & {
  capabilityMatches: readonly Pick<Evaluation['capabilityMatches'][number], 'capabilityId' | 'met'>[];
};

/**
 * One suggestion per company that meets at least one lacking capability, over all roles searched:
 * the roles it helps with and the capabilities it brings, in the order found. Companies helping with
 * most roles come first, then the nearest (unknown distance last), then by company id.
 */
export function partnerSuggestions(searches: readonly { roleId: string; candidates: readonly PartnerCandidate[] }[]): PartnerSuggestion[] {
  const partners = new Map<string, PartnerSuggestion>();
  for (const { roleId, candidates } of searches) {
    for (const candidate of candidates) {
      const covered = candidate.capabilityMatches.filter((match) => match.met).map((match) => match.capabilityId);
      if (covered.length === 0) continue;
      const partner = partners.get(candidate.companyId) ?? { companyId: candidate.companyId, distanceKm: candidate.distanceKm, roleIds: [], capabilityIds: [] };
      partner.roleIds.push(roleId);
      for (const id of covered) if (!partner.capabilityIds.includes(id)) partner.capabilityIds.push(id);
      partners.set(candidate.companyId, partner);
    }
  }
  return [...partners.values()].sort(
    (a, b) => b.roleIds.length - a.roleIds.length || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.companyId.localeCompare(b.companyId),
  );
}
