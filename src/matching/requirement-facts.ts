import { EvidenceLevel, SecurityClearance } from '../common/enums';
import { RequirementFacts } from './matching.engine';
import type { BuyerContext } from './matching.repository';

/** What a requirement states by itself, whether a stored supply role or one sketched ad hoc. */
export interface StatedRequirement {
  buyerId?: string | null;
  programId?: string | null;
  location?: { latitude: number; longitude: number } | null;
  maxDistanceKm?: number | null;
  deadline?: string | null;
  securityClearance: SecurityClearance;
  requiredCapabilities: { capabilityId: string; minLevel: number; mandatory: boolean }[];
  requiredCertifications: { certificationId: string; mandatory: boolean; minEvidenceLevel: EvidenceLevel }[];
}

/**
 * The requirement as the engine scores against it: what the role states, completed by the context of
 * its buyer and program. Without a place of its own the role is needed where the buyer is.
 */
export function requirementFacts(roleId: string | null, stated: StatedRequirement, context: BuyerContext): RequirementFacts {
  return {
    roleId,
    buyerId: stated.buyerId ?? null,
    programId: stated.programId ?? null,
    primeId: context.primeId,
    primeProgramIds: context.primeProgramIds,
    buyerNetworkIds: context.buyerNetworkIds,
    groupIds: context.groupIds,
    location: stated.location ? { latitude: stated.location.latitude, longitude: stated.location.longitude } : context.buyerLocation,
    maxDistanceKm: stated.maxDistanceKm ?? null,
    deadline: stated.deadline ?? null,
    securityClearance: stated.securityClearance,
    requiredCapabilities: stated.requiredCapabilities.map((need) => ({ capabilityId: need.capabilityId, minLevel: need.minLevel, mandatory: need.mandatory })),
    requiredCertifications: stated.requiredCertifications.map((need) => ({
      certificationId: need.certificationId, mandatory: need.mandatory, minEvidenceLevel: need.minEvidenceLevel,
    })),
  };
}
