import { SecurityClearance } from '../common/enums';
import { Evaluation, MissingKind, RequirementFacts, Relationship } from './matching.engine';
import { Consortium, ConsortiumMember } from './matching.type';

/** Only the best-scored candidates covering some capability are combined: the search grows combinatorially. */
export const CONSORTIUM_POOL = 25;

export interface ConsortiumSearch {
  /** Candidates that meet every mandatory requirement alone. */
  singleSupplierCount: number;
  /** Every minimal team, best first. */
  consortia: Consortium[];
}

/** How close a member already is to the buyer: supplies it (1), supplies the program (2), the prime (3), none (4). */
export function chainDistance(relationships: readonly Relationship[]): number {
  if (relationships.includes(Relationship.SUPPLIES_BUYER)) return 1;
  if (relationships.includes(Relationship.SUPPLIES_PROGRAM)) return 2;
  if (relationships.includes(Relationship.SUPPLIES_PRIME)) return 3;
  return 4;
}

/**
 * Marks the lead, the member closest to the buyer in the chain (by `chainDistanceOf`), then the best-scored, then
 * by company id, and lists it first, the others by score and company id.
 */
export function leadFirst(members: readonly ConsortiumMember[], chainDistanceOf: (member: ConsortiumMember) => number): ConsortiumMember[] {
  const lead = [...members].sort((a, b) => chainDistanceOf(a) - chainDistanceOf(b) || b.score - a.score || a.companyId.localeCompare(b.companyId))[0];
  return members
    .map((member) => ({ ...member, isLead: member.companyId === lead.companyId }))
    .sort((a, b) => Number(b.isLead) - Number(a.isLead) || b.score - a.score || a.companyId.localeCompare(b.companyId));
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Teams of two up to `maxPartners` candidates that together meet every mandatory requirement of a role
 * (capabilities, certifications, clearance), where each member brings something no other member does.
 * Candidates are the role's evaluations; the pool is the CONSORTIUM_POOL best-scored (ties by company id)
 * that meet at least one mandatory capability.
 *
 * The lead is the member closest to the buyer in the chain, then the best-scored, then by company id; members
 * list the lead first, then by score and company id. Teams rank by mean score (rounded to 4 digits), then by
 * mean distance (teams with a member of unknown distance last), then by their members' ids.
 */
export function searchConsortia(requirement: RequirementFacts, candidates: readonly Evaluation[], maxPartners: number): ConsortiumSearch {
  const capabilityItems = requirement.requiredCapabilities.map((need, i) => ({ need, i })).filter(({ need }) => need.mandatory);
  const certificationItems = requirement.requiredCertifications.map((need, i) => ({ need, i })).filter(({ need }) => need.mandatory);
  const needsClearance = requirement.securityClearance !== SecurityClearance.NONE;
  const itemCount = capabilityItems.length + certificationItems.length + (needsClearance ? 1 : 0);
  const clearanceItem = itemCount - 1;

  // Items are numbered: mandatory capabilities, then mandatory certifications, then the clearance.
  const covers = (evaluation: Evaluation): Set<number> => {
    const covered = new Set<number>();
    capabilityItems.forEach(({ i }, k) => evaluation.capabilityMatches[i].met && covered.add(k));
    certificationItems.forEach(({ i }, k) => evaluation.certificationMatches[i].met && covered.add(capabilityItems.length + k));
    const clearanceTooLow = evaluation.missing.some((item) => item.kind === MissingKind.SECURITY_CLEARANCE);
    if (needsClearance && !clearanceTooLow) covered.add(clearanceItem);
    return covered;
  };
  const coverage = new Map(candidates.map((e) => [e.companyId, covers(e)]));
  const coverageOf = (evaluation: Evaluation) => coverage.get(evaluation.companyId)!;
  const singleSupplierCount = candidates.filter((e) => coverageOf(e).size === itemCount).length;
  const coversCapability = (e: Evaluation) => [...coverageOf(e)].some((k) => k < capabilityItems.length);
  const pool = candidates
    .filter(coversCapability)
    .sort((a, b) => b.score - a.score || a.companyId.localeCompare(b.companyId))
    .slice(0, CONSORTIUM_POOL);

  const teams: Evaluation[][] = [];
  const search = (start: number, team: Evaluation[]) => {
    if (team.length >= 2) {
      const union = new Set(team.flatMap((m) => [...coverageOf(m)]));
      const minimal = team.every((member) => {
        const others = new Set(team.filter((m) => m !== member).flatMap((m) => [...coverageOf(m)]));
        return [...coverageOf(member)].some((k) => !others.has(k));
      });
      if (union.size === itemCount && minimal) teams.push(team);
      if (union.size === itemCount) return;
    }
    if (team.length === maxPartners) return;
    for (let next = start; next < pool.length; next += 1) search(next + 1, [...team, pool[next]]);
  };
  search(0, []);

  const consortia: Consortium[] = teams.map((team) => {
    const distances = team.map((m) => m.distanceKm).filter((d): d is number => d !== null);
    const members: ConsortiumMember[] = team.map((member) => {
      const covered = coverageOf(member);
      return {
        companyId: member.companyId,
        isLead: false,
        score: member.score,
        distanceKm: member.distanceKm,
        capabilityIds: capabilityItems.filter((_, k) => covered.has(k)).map(({ need }) => need.capabilityId),
        certificationIds: certificationItems.filter((_, k) => covered.has(capabilityItems.length + k)).map(({ need }) => need.certificationId),
        providesClearance: needsClearance && covered.has(clearanceItem),
      };
    });
    const chainDistances = new Map(team.map((member) => [member.companyId, chainDistance(member.relationships)]));
    return {
      members: leadFirst(members, (member) => chainDistances.get(member.companyId)!),
      coverage: 1,
      combinedScore: Math.round(mean(team.map((m) => m.score)) * 10000) / 10000,
      averageDistanceKm: distances.length === team.length ? Math.round(mean(distances) * 10) / 10 : null,
    };
  });
  consortia.sort((a, b) =>
    b.combinedScore - a.combinedScore
    || (a.averageDistanceKm ?? Infinity) - (b.averageDistanceKm ?? Infinity)
    || a.members.map((m) => m.companyId).join().localeCompare(b.members.map((m) => m.companyId).join()));
  return { singleSupplierCount, consortia };
}
