import { EvidenceLevel, SecurityClearance } from '../../src/common/enums';
import {
  CapabilityMatchResult, CertificationMatchResult, Evaluation, MatchKind, MissingItem, MissingKind, MissingReason, RequirementFacts,
} from '../../src/matching/matching.engine';

/** Small plain-data builders for the pure matching modules: only what a test names differs from the defaults. */

export function requirementWith(overrides: Partial<RequirementFacts>): RequirementFacts {
  return {
    roleId: 'role-1', buyerId: 'buyer', programId: null, primeId: null, primeProgramIds: [], buyerNetworkIds: [], groupIds: ['buyer'],
    location: null, maxDistanceKm: null, deadline: null, securityClearance: SecurityClearance.NONE,
    requiredCapabilities: [], requiredCertifications: [],
    ...overrides,
  };
}

export const needCapability = (capabilityId: string, mandatory = true, minLevel = 1) => ({ capabilityId, minLevel, mandatory });

export const needCertification = (certificationId: string, mandatory = true) => ({
  certificationId, mandatory, minEvidenceLevel: EvidenceLevel.SELF_DECLARED,
});

export function capabilityMatch(capabilityId: string, met: boolean, mandatory = true, minLevel = 1): CapabilityMatchResult {
  return {
    capabilityId, minLevel, mandatory, kind: met ? MatchKind.EXACT : MatchKind.NONE,
    claimedCapabilityId: met ? capabilityId : null, claimedLevel: met ? minLevel : null, met, score: met ? 1 : 0,
  };
}

export function certificationMatch(certificationId: string, met: boolean, mandatory = true): CertificationMatchResult {
  return {
    certificationId, mandatory, minEvidenceLevel: EvidenceLevel.SELF_DECLARED, heldCertificationId: met ? certificationId : null,
    validUntil: null, evidenceLevel: null, met, score: met ? 1 : 0, reason: met ? null : MissingReason.ABSENT,
  };
}

const noMissing = { capabilityId: null, certificationId: null, requiredLevel: null, claimedLevel: null, requiredClearance: null };

export const missingCapability = (capabilityId: string, requiredLevel = 1, mandatory = true): MissingItem => ({
  ...noMissing, kind: MissingKind.CAPABILITY, reason: MissingReason.ABSENT, mandatory, capabilityId, requiredLevel,
});

export const missingCertification = (certificationId: string, mandatory = true): MissingItem => ({
  ...noMissing, kind: MissingKind.CERTIFICATION, reason: MissingReason.ABSENT, mandatory, certificationId,
});

export const missingClearance = (requiredClearance: SecurityClearance): MissingItem => ({
  ...noMissing, kind: MissingKind.SECURITY_CLEARANCE, reason: MissingReason.CLEARANCE_TOO_LOW, mandatory: true, requiredClearance,
});

export function evaluationOf(companyId: string, overrides: Partial<Evaluation>): Evaluation {
  const missing = overrides.missing ?? [];
  return {
    companyId, eligible: !missing.some((item) => item.mandatory), score: 0,
    components: { capability: 0, certification: 0, readiness: 0, proximity: 0, relationship: 0 },
    capabilityMatches: [], certificationMatches: [], missing, distanceKm: null, relationships: [],
    ...overrides,
  };
}
