import { Tree } from '../catalog/catalog';
import { Capability } from '../catalog/catalog.type';
import { EVIDENCE_RANK, EvidenceLevel, ExportControlStatus, SecurityClearance } from '../common/enums';
import { round } from '../common/numbers';

/** The facts about a company that matching needs, as read by match/company-facts. */
export interface CompanyFacts {
  id: string;
  location: { latitude: number; longitude: number } | null;
  securityClearance: SecurityClearance;
  /** A clearance the company declared itself meets no requirement until staff confirm it. */
  clearanceConfirmed: boolean;
  exportControl: ExportControlStatus;
  claims: { capabilityId: string; level: number; evidenceLevel: EvidenceLevel | null }[];
  certificates: { certificationId: string; validUntil: string | null; evidenceLevel: EvidenceLevel | null; includes: string[]; isQualityManagement: boolean }[];
  supplies: { customerId: string; programId: string }[];
  networkIds: string[];
  parentGroupId: string | null;
  /** Holds a valid Defence Ready label. */
  defenceReady: boolean;
}

/** A role's requirements with the context of its buyer and program, as the engine scores against them. */
export interface RequirementFacts {
  roleId: string | null;
  buyerId: string | null;
  programId: string | null;
  primeId: string | null;
  primeProgramIds: string[];
  buyerNetworkIds: string[];
  /** Buyer, its parent group and its subsidiaries: never proposed. */
  groupIds: string[];
  location: { latitude: number; longitude: number } | null;
  maxDistanceKm: number | null;
  deadline: string | null;
  securityClearance: SecurityClearance;
  requiredCapabilities: { capabilityId: string; minLevel: number; mandatory: boolean }[];
  requiredCertifications: { certificationId: string; mandatory: boolean; minEvidenceLevel: EvidenceLevel }[];
}

export interface Weights {
  capability: number;
  certification: number;
  readiness: number;
  proximity: number;
  relationship: number;
}

export const DEFAULT_WEIGHTS: Weights = { capability: 0.4, certification: 0.2, readiness: 0.15, proximity: 0.15, relationship: 0.1 };

/** How a claim meets a capability requirement. */
export enum MatchKind {
  EXACT = 'EXACT',
  NARROWER = 'NARROWER',
  BROADER = 'BROADER',
  NONE = 'NONE',
}

export enum MissingReason {
  ABSENT = 'ABSENT',
  ONLY_BROADER = 'ONLY_BROADER',
  LEVEL_TOO_LOW = 'LEVEL_TOO_LOW',
  EXPIRED_BEFORE_DEADLINE = 'EXPIRED_BEFORE_DEADLINE',
  EVIDENCE_TOO_WEAK = 'EVIDENCE_TOO_WEAK',
  CLEARANCE_TOO_LOW = 'CLEARANCE_TOO_LOW',
  /** The company declared the clearance itself; staff have not confirmed it yet. */
  CLEARANCE_NOT_CONFIRMED = 'CLEARANCE_NOT_CONFIRMED',
}

export enum MissingKind {
  CAPABILITY = 'CAPABILITY',
  CERTIFICATION = 'CERTIFICATION',
  SECURITY_CLEARANCE = 'SECURITY_CLEARANCE',
}

export enum Relationship {
  SUPPLIES_BUYER = 'SUPPLIES_BUYER',
  SUPPLIES_PROGRAM = 'SUPPLIES_PROGRAM',
  SUPPLIES_PRIME = 'SUPPLIES_PRIME',
  SHARES_NETWORK = 'SHARES_NETWORK',
}

export interface CapabilityMatchResult {
  capabilityId: string;
  minLevel: number;
  mandatory: boolean;
  kind: MatchKind;
  /** The claimed capability that gave the best match, if any. */
  claimedCapabilityId: string | null;
  claimedLevel: number | null;
  met: boolean;
  score: number;
}

export interface CertificationMatchResult {
  certificationId: string;
  mandatory: boolean;
  minEvidenceLevel: EvidenceLevel;
  /** The held certification that meets (or comes closest to meeting) the requirement. */
  heldCertificationId: string | null;
  validUntil: string | null;
  evidenceLevel: EvidenceLevel | null;
  met: boolean;
  score: number;
  reason: MissingReason | null;
}

export interface MissingItem {
  kind: MissingKind;
  reason: MissingReason;
  mandatory: boolean;
  capabilityId: string | null;
  certificationId: string | null;
  requiredLevel: number | null;
  claimedLevel: number | null;
  requiredClearance: SecurityClearance | null;
}

export interface Evaluation {
  companyId: string;
  eligible: boolean;
  score: number;
  components: Record<keyof Weights, number>;
  capabilityMatches: CapabilityMatchResult[];
  certificationMatches: CertificationMatchResult[];
  missing: MissingItem[];
  distanceKm: number | null;
  relationships: Relationship[];
}

export const CLEARANCE_RANK: Record<SecurityClearance, number> = { NONE: 0, VS_NFD: 1, VS_VERTRAULICH: 2, GEHEIM: 3 };
const KIND_QUALITY: Record<MatchKind, number> = { EXACT: 1, NARROWER: 0.9, BROADER: 0.4, NONE: 0 };
/** Without a preferred maximum distance, proximity falls to zero at this distance. */
export const DEFAULT_PROXIMITY_RANGE_KM = 300;
const MANDATORY_WEIGHT = 2;

/** Great-circle distance in km (haversine), as Neo4j's point.distance gives it for WGS 84 points. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 6378.14 * 2 * Math.asin(Math.sqrt(h));
}

/** Normalises weights to sum 1. Callers validate that none is negative and the sum is positive. */
export function normaliseWeights(weights: Weights): Weights {
  const sum = Object.values(weights).reduce((total, w) => total + w, 0);
  return {
    capability: weights.capability / sum,
    certification: weights.certification / sum,
    readiness: weights.readiness / sum,
    proximity: weights.proximity / sum,
    relationship: weights.relationship / sum,
  };
}

function matchKind(taxonomy: Tree<Capability>, requiredId: string, claimedId: string): MatchKind {
  if (requiredId === claimedId) return MatchKind.EXACT;
  const claimed = taxonomy.get(claimedId);
  if (claimed && taxonomy.ancestry(claimed).some((c) => c.id === requiredId)) return MatchKind.NARROWER;
  const required = taxonomy.get(requiredId);
  if (required && taxonomy.ancestry(required).some((c) => c.id === claimedId)) return MatchKind.BROADER;
  return MatchKind.NONE;
}

function scoreCapability(
  taxonomy: Tree<Capability>, need: RequirementFacts['requiredCapabilities'][number], company: CompanyFacts,
): CapabilityMatchResult {
  let best: CapabilityMatchResult = {
    ...need, kind: MatchKind.NONE, claimedCapabilityId: null, claimedLevel: null, met: false, score: 0,
  };
  for (const claim of company.claims) {
    const kind = matchKind(taxonomy, need.capabilityId, claim.capabilityId);
    if (kind === MatchKind.NONE) continue;
    const levelFactor = claim.level >= need.minLevel ? 1 : 0.5 * (claim.level / need.minLevel);
    const score = KIND_QUALITY[kind] * levelFactor;
    const met = kind !== MatchKind.BROADER && claim.level >= need.minLevel;
    const better = score > best.score || (score === best.score && (claim.level > (best.claimedLevel ?? 0)));
    if (better) best = { ...need, kind, claimedCapabilityId: claim.capabilityId, claimedLevel: claim.level, met, score };
  }
  return best;
}

function scoreCertification(
  need: RequirementFacts['requiredCertifications'][number], company: CompanyFacts, validOn: string,
): CertificationMatchResult {
  const candidates = company.certificates.filter((held) => held.certificationId === need.certificationId || held.includes.includes(need.certificationId));
  const none: CertificationMatchResult = {
    ...need, heldCertificationId: null, validUntil: null, evidenceLevel: null, met: false, score: 0, reason: MissingReason.ABSENT,
  };
  const evaluated = candidates.map((held): CertificationMatchResult => {
    const valid = !held.validUntil || held.validUntil >= validOn;
    const evidenceOk = EVIDENCE_RANK[held.evidenceLevel ?? EvidenceLevel.SELF_DECLARED] >= EVIDENCE_RANK[need.minEvidenceLevel];
    const base = { ...need, heldCertificationId: held.certificationId, validUntil: held.validUntil, evidenceLevel: held.evidenceLevel };
    if (!valid) return { ...base, met: false, score: 0, reason: MissingReason.EXPIRED_BEFORE_DEADLINE };
    if (!evidenceOk) return { ...base, met: false, score: 0.5, reason: MissingReason.EVIDENCE_TOO_WEAK };
    return { ...base, met: true, score: 1, reason: null };
  });
  return evaluated.sort((a, b) => b.score - a.score || (a.heldCertificationId ?? '').localeCompare(b.heldCertificationId ?? ''))[0] ?? none;
}

/**
 * Readiness: 1 with a valid Defence Ready label; otherwise the mean of export-control readiness, a
 * quality-management certificate valid on `validOn` (one flagged `isQualityManagement`, or one that includes
 * such, e.g. AQAP 2110), and how well the claims are backed.
 */
function scoreReadiness(company: CompanyFacts, validOn: string): number {
  if (company.defenceReady) return 1;
  const exportControl = company.exportControl === ExportControlStatus.READY ? 1 : company.exportControl === ExportControlStatus.IN_PREPARATION ? 0.5 : 0;
  const qualityManagement = company.certificates.some(
    (held) => held.isQualityManagement && (!held.validUntil || held.validUntil >= validOn),
  ) ? 1 : 0;
  const evidence = company.claims.length === 0
    ? 0
    : company.claims.reduce((sum, claim) => sum + EVIDENCE_RANK[claim.evidenceLevel ?? EvidenceLevel.SELF_DECLARED] / 2, 0) / company.claims.length;
  return (exportControl + qualityManagement + evidence) / 3;
}

/** Why the company's clearance does not meet the required one, or null when it does (NONE needs nothing). */
function clearanceShortfall(company: CompanyFacts, required: SecurityClearance): MissingReason | null {
  if (CLEARANCE_RANK[required] === 0) return null;
  if (CLEARANCE_RANK[company.securityClearance] < CLEARANCE_RANK[required]) return MissingReason.CLEARANCE_TOO_LOW;
  return company.clearanceConfirmed ? null : MissingReason.CLEARANCE_NOT_CONFIRMED;
}

/** Whom a requirement is for, as supply relationships count it: its buyer, its program, and that program's prime with every program the prime leads. */
export type RelationshipTarget = Pick<RequirementFacts, 'buyerId' | 'programId' | 'primeId' | 'primeProgramIds'>;

/** The supply relationships to the target that the given confirmed links of a company give it. */
export function supplyTies(supplies: readonly { customerId: string; programId: string }[], target: RelationshipTarget): Relationship[] {
  const found: Relationship[] = [];
  if (target.buyerId && supplies.some((s) => s.customerId === target.buyerId)) found.push(Relationship.SUPPLIES_BUYER);
  if (target.programId && supplies.some((s) => s.programId === target.programId)) found.push(Relationship.SUPPLIES_PROGRAM);
  if (target.primeId && supplies.some((s) => s.customerId === target.primeId || target.primeProgramIds.includes(s.programId))) {
    found.push(Relationship.SUPPLIES_PRIME);
  }
  return found;
}

function relationshipsOf(company: Pick<CompanyFacts, 'supplies' | 'networkIds'>, requirement: RequirementFacts): Relationship[] {
  const found = supplyTies(company.supplies, requirement);
  if (company.networkIds.some((id) => requirement.buyerNetworkIds.includes(id))) found.push(Relationship.SHARES_NETWORK);
  return found;
}

const RELATIONSHIP_SCORE: Record<Relationship, number> = { SUPPLIES_BUYER: 1, SUPPLIES_PROGRAM: 0.8, SUPPLIES_PRIME: 0.6, SHARES_NETWORK: 0.4 };

/** What a company knows of its place and ties, enough for the proximity and relationship components. */
export type PlaceAndTies = Pick<CompanyFacts, 'location' | 'supplies' | 'networkIds'>;

function placeAndTies(company: PlaceAndTies, requirement: RequirementFacts) {
  const distance = company.location && requirement.location ? distanceKm(company.location, requirement.location) : null;
  const range = requirement.maxDistanceKm ?? DEFAULT_PROXIMITY_RANGE_KM;
  const relationships = relationshipsOf(company, requirement);
  return {
    distance,
    relationships,
    proximity: round(distance === null ? 0 : Math.max(0, 1 - distance / range)),
    relationship: relationships.reduce((best, r) => Math.max(best, RELATIONSHIP_SCORE[r]), 0),
  };
}

/** More than the rounding of a score to 4 digits can add. */
const ROUNDING_MARGIN = 0.0001;

/**
 * The most a company can score knowing only its place and ties: its proximity and relationship as `evaluate`
 * gives them, every other component at 1. Always above the score `evaluate` gives it (rounding included), so
 * whoever's ceiling lies below a known score cannot rank before it.
 */
export function scoreCeiling(company: PlaceAndTies, requirement: RequirementFacts, weights: Weights): number {
  const { proximity, relationship } = placeAndTies(company, requirement);
  return weights.capability + weights.certification + weights.readiness + weights.proximity * proximity
    + weights.relationship * relationship + ROUNDING_MARGIN;
}

/** The day certificates must still be valid: the role's deadline when it lies ahead, otherwise today. */
export function certificatesValidOn(requirement: RequirementFacts, today: string): string {
  return requirement.deadline && requirement.deadline > today ? requirement.deadline : today;
}

/**
 * Scores one company against one requirement set. `validOn` is the day certificates must still be
 * valid: the role's deadline, or today when it has none.
 */
export function evaluate(
  company: CompanyFacts, requirement: RequirementFacts, taxonomy: Tree<Capability>, weights: Weights, today: string,
): Evaluation {
  const validOn = certificatesValidOn(requirement, today);
  const capabilityMatches = requirement.requiredCapabilities.map((need) => scoreCapability(taxonomy, need, company));
  const certificationMatches = requirement.requiredCertifications.map((need) => scoreCertification(need, company, validOn));

  const missing: MissingItem[] = [];
  for (const match of capabilityMatches) {
    if (match.met) continue;
    const reason = match.kind === MatchKind.NONE ? MissingReason.ABSENT : match.kind === MatchKind.BROADER ? MissingReason.ONLY_BROADER : MissingReason.LEVEL_TOO_LOW;
    missing.push({
      kind: MissingKind.CAPABILITY, reason, mandatory: match.mandatory, capabilityId: match.capabilityId, certificationId: null,
      requiredLevel: match.minLevel, claimedLevel: match.claimedLevel, requiredClearance: null,
    });
  }
  for (const match of certificationMatches) {
    if (match.met) continue;
    missing.push({
      kind: MissingKind.CERTIFICATION, reason: match.reason ?? MissingReason.ABSENT, mandatory: match.mandatory, capabilityId: null,
      certificationId: match.certificationId, requiredLevel: null, claimedLevel: null, requiredClearance: null,
    });
  }
  const clearanceMissing = clearanceShortfall(company, requirement.securityClearance);
  if (clearanceMissing) {
    missing.push({
      kind: MissingKind.SECURITY_CLEARANCE, reason: clearanceMissing, mandatory: true, capabilityId: null, certificationId: null,
      requiredLevel: null, claimedLevel: null, requiredClearance: requirement.securityClearance,
    });
  }

  const weighted = <T extends { mandatory: boolean; score: number }>(matches: T[]) => {
    const total = matches.reduce((sum, m) => sum + (m.mandatory ? MANDATORY_WEIGHT : 1), 0);
    return total === 0 ? 1 : matches.reduce((sum, m) => sum + (m.mandatory ? MANDATORY_WEIGHT : 1) * m.score, 0) / total;
  };
  const { distance, relationships, proximity, relationship } = placeAndTies(company, requirement);
  const components = {
    capability: round(weighted(capabilityMatches)),
    certification: round(weighted(certificationMatches)),
    readiness: round(scoreReadiness(company, validOn)),
    proximity,
    relationship,
  };
  const score = round(
    (Object.keys(weights) as (keyof Weights)[]).reduce((sum, key) => sum + weights[key] * components[key], 0),
  );
  return {
    companyId: company.id,
    eligible: !missing.some((item) => item.mandatory),
    score,
    components,
    capabilityMatches,
    certificationMatches,
    missing,
    distanceKm: distance === null ? null : round(distance, 1),
    relationships,
  };
}

/** Eligible first, then by score, then by fewest mandatory gaps, ties broken by company id. */
export function compareEvaluations(a: Evaluation, b: Evaluation): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  const gaps = (e: Evaluation) => e.missing.filter((m) => m.mandatory).length;
  if (!a.eligible && gaps(a) !== gaps(b)) return gaps(a) - gaps(b);
  return b.score - a.score || a.companyId.localeCompare(b.companyId);
}
