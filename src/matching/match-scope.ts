import { Tree } from '../catalog/catalog';
import { Capability, Certification } from '../catalog/catalog.type';
import { EVIDENCE_RANK, EvidenceLevel, SecurityClearance } from '../common/enums';
import { certificatesValidOn, CLEARANCE_RANK, RequirementFacts } from './matching.engine';

/** How deep certifications include others (AQAP 2310 includes EN 9100, which includes ISO 9001), as company facts read them. */
const INCLUSION_DEPTH = 3;

/** A mandatory capability as the graph checks it: a claim of one of these capabilities at or above the level. */
export interface CapabilityCondition {
  capabilityId: string;
  /** The required capability and every narrower one. */
  capabilityIds: string[];
  minLevel: number;
}

/**
 * What the graph needs to tell eligible candidates from near misses without loading them: the same rules
 * as the engine's `met` (an exact or narrower claim at the level; a certificate of the certification or of one
 * including it, valid on `validOn`, with enough evidence; a confirmed clearance high enough).
 */
export interface MatchScope {
  /** Claims of these make a company a candidate: every required capability, narrower and broader ones. */
  candidateCapabilityIds: string[];
  excludedIds: string[];
  mandatoryCapabilities: CapabilityCondition[];
  mandatoryCertifications: { certificationIds: string[]; evidenceLevels: EvidenceLevel[] }[];
  validOn: string;
  /** The clearances that meet the role's need, or null when it needs none. */
  acceptedClearances: SecurityClearance[] | null;
}

/** The capability and every narrower one in the taxonomy. */
export function narrowerOrSelf(taxonomy: Tree<Capability>, capabilityId: string): string[] {
  const root = taxonomy.get(capabilityId);
  if (!root) return [capabilityId];
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (found.includes(next.id)) continue;
    found.push(next.id);
    pending.push(...taxonomy.children(next));
  }
  return found;
}

/** The certifications a certification includes, directly or through others, up to the depth company facts read. */
export function includedCertifications(certifications: ReadonlyMap<string, Certification>, certificationId: string): string[] {
  const found = new Set<string>();
  let frontier = [certificationId];
  for (let depth = 0; depth < INCLUSION_DEPTH && frontier.length > 0; depth += 1) {
    frontier = frontier.flatMap((id) => certifications.get(id)?.includedIds ?? []).filter((id) => !found.has(id));
    frontier.forEach((id) => found.add(id));
  }
  return [...found];
}

/** The graph's side of a requirement: see MatchScope. */
export function matchScope(
  requirement: RequirementFacts, taxonomy: Tree<Capability>, certifications: ReadonlyMap<string, Certification>, today: string,
): MatchScope {
  const candidateCapabilityIds = new Set<string>();
  for (const need of requirement.requiredCapabilities) {
    narrowerOrSelf(taxonomy, need.capabilityId).forEach((id) => candidateCapabilityIds.add(id));
    const required = taxonomy.get(need.capabilityId);
    if (required) taxonomy.ancestry(required).forEach((broader) => candidateCapabilityIds.add(broader.id));
  }
  const required = CLEARANCE_RANK[requirement.securityClearance];
  return {
    candidateCapabilityIds: [...candidateCapabilityIds],
    excludedIds: requirement.groupIds,
    mandatoryCapabilities: requirement.requiredCapabilities
      .filter((need) => need.mandatory)
      .map((need) => ({ capabilityId: need.capabilityId, capabilityIds: narrowerOrSelf(taxonomy, need.capabilityId), minLevel: need.minLevel })),
    mandatoryCertifications: requirement.requiredCertifications
      .filter((need) => need.mandatory)
      .map((need) => ({
        certificationIds: [...certifications.keys()].filter(
          (id) => id === need.certificationId || includedCertifications(certifications, id).includes(need.certificationId),
        ),
        evidenceLevels: (Object.keys(EVIDENCE_RANK) as EvidenceLevel[]).filter((level) => EVIDENCE_RANK[level] >= EVIDENCE_RANK[need.minEvidenceLevel]),
      })),
    validOn: certificatesValidOn(requirement, today),
    acceptedClearances: required === 0
      ? null
      : (Object.keys(CLEARANCE_RANK) as SecurityClearance[]).filter((level) => CLEARANCE_RANK[level] >= required),
  };
}
