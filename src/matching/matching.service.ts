import { Tree } from '../catalog/catalog';
import { Capability, Certification } from '../catalog/catalog.type';
import { today } from '../common/dates';
import { SecurityClearance } from '../common/enums';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { CompanyRepository } from '../company/company.repository';
import { SupplyRoleRepository } from '../supply-role/supply-role.repository';
import { SupplyRole } from '../supply-role/supply-role.type';
import {
  CLEARANCE_RANK, CompanyFacts, compareEvaluations, DEFAULT_WEIGHTS, Evaluation, evaluate, MissingItem, MissingKind, normaliseWeights,
  RequirementFacts, Relationship, Weights,
} from './matching.engine';
import { MatchOptions, RequirementInput } from './matching.input';
import { BuyerContext, MatchingRepository } from './matching.repository';
import {
  ConsortiaReport, Consortium, ConsortiumMember, FitReport, MatchCriterion, MatchWeights, PartnerSuggestion, QualificationStep,
  SupplierMatch, SupplierMatches,
} from './matching.type';

const CONSORTIUM_POOL = 25;
const PARTNER_ROLES = 5;

export interface Catalogues {
  taxonomy: Tree<Capability>;
  certifications: Map<string, Certification>;
}

function toWeights(options: MatchOptions | undefined): Weights {
  const given = options?.weights;
  if (!given) return DEFAULT_WEIGHTS;
  const weights = {
    capability: given.capability, certification: given.certification, readiness: given.readiness,
    proximity: given.proximity, relationship: given.relationship,
  };
  for (const [name, value] of Object.entries(weights)) {
    if (!Number.isFinite(value) || value < 0) throw new BadUserInputError(`options.weights.${name}`, 'must not be negative');
  }
  if (Object.values(weights).reduce((sum, w) => sum + w, 0) <= 0) {
    throw new BadUserInputError('options.weights', 'must sum to a positive number');
  }
  return normaliseWeights(weights);
}

function toSupplierMatch(evaluation: Evaluation, weights: Weights, roleId: string | null): SupplierMatch {
  const criteria: [MatchCriterion, keyof Weights][] = [
    [MatchCriterion.CAPABILITY, 'capability'], [MatchCriterion.CERTIFICATION, 'certification'], [MatchCriterion.READINESS, 'readiness'],
    [MatchCriterion.PROXIMITY, 'proximity'], [MatchCriterion.RELATIONSHIP, 'relationship'],
  ];
  return {
    ...evaluation,
    roleId,
    breakdown: criteria.map(([criterion, key]) => ({
      criterion,
      score: evaluation.components[key],
      weight: Math.round(weights[key] * 10000) / 10000,
      contribution: Math.round(weights[key] * evaluation.components[key] * 10000) / 10000,
    })),
  };
}

const roundedWeights = (weights: Weights): MatchWeights =>
  Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Math.round(v * 10000) / 10000])) as unknown as MatchWeights;

/** A key for "what to acquire", the same across roles: a capability, a certification, a clearance. */
function acquisitionKey(item: MissingItem): string {
  if (item.kind === MissingKind.CAPABILITY) return `CAPABILITY:${item.capabilityId}`;
  if (item.kind === MissingKind.CERTIFICATION) return `CERTIFICATION:${item.certificationId}`;
  return `SECURITY_CLEARANCE:${item.requiredClearance}`;
}

/**
 * Matching: ranks suppliers for supply roles and explains every match, tells an SME where it fits,
 * and proposes consortia. Candidates come from the graph (starting at the required capabilities);
 * the scoring rules live in matching.engine.ts.
 */
export class MatchingService {
  constructor(
    private readonly repository: MatchingRepository,
    private readonly roles: SupplyRoleRepository,
    private readonly companies: CompanyRepository,
  ) {}

  async matchSuppliers(roleId: string, first: number, options: MatchOptions | undefined, catalogues: Catalogues): Promise<SupplierMatches> {
    const weights = toWeights(options);
    const requirement = await this.requirementOfRole(roleId);
    return this.rank(requirement, first, options?.includeNearMisses ?? false, weights, catalogues);
  }

  async matchForRequirement(
    input: RequirementInput, first: number, options: MatchOptions | undefined, catalogues: Catalogues,
  ): Promise<SupplierMatches> {
    const weights = toWeights(options);
    if (input.requiredCapabilities.length === 0) {
      throw new BadUserInputError('requirement.requiredCapabilities', 'needs at least one required capability');
    }
    input.requiredCapabilities.forEach((need, i) => {
      if (!catalogues.taxonomy.get(need.capabilityId)) {
        throw new NotFoundError('Capability', need.capabilityId, `requirement.requiredCapabilities[${i}].capabilityId`);
      }
    });
    input.requiredCertifications.forEach((need, i) => {
      if (!catalogues.certifications.has(need.certificationId)) {
        throw new NotFoundError('Certification', need.certificationId, `requirement.requiredCertifications[${i}].certificationId`);
      }
    });
    const context = await this.repository.buyerContext(input.buyerId ?? null, input.programId ?? null);
    if (input.buyerId && !context.buyerFound) throw new NotFoundError('Company', input.buyerId, 'requirement.buyerId');
    if (input.programId && !context.programFound) throw new NotFoundError('Program', input.programId, 'requirement.programId');
    const requirement: RequirementFacts = {
      roleId: null,
      buyerId: input.buyerId ?? null,
      programId: input.programId ?? null,
      primeId: context.primeId,
      primeProgramIds: context.primeProgramIds,
      buyerNetworkIds: context.buyerNetworkIds,
      groupIds: context.groupIds,
      location: input.location ? { latitude: input.location.latitude, longitude: input.location.longitude } : context.buyerLocation,
      maxDistanceKm: input.maxDistanceKm ?? null,
      deadline: input.deadline ?? null,
      securityClearance: input.securityClearance,
      requiredCapabilities: input.requiredCapabilities.map((n) => ({ capabilityId: n.capabilityId, minLevel: n.minLevel, mandatory: n.mandatory })),
      requiredCertifications: input.requiredCertifications.map((n) => ({
        certificationId: n.certificationId, mandatory: n.mandatory, minEvidenceLevel: n.minEvidenceLevel,
      })),
    };
    return this.rank(requirement, first, options?.includeNearMisses ?? false, weights, catalogues);
  }

  async whereDoIFit(companyId: string, first: number, catalogues: Catalogues): Promise<FitReport> {
    const [facts] = await this.repository.companyFacts([companyId]);
    if (!facts) throw new NotFoundError('Company', companyId, 'companyId');
    const roleIds = await this.repository.openRoleIdsFor(companyId);
    const roles = await this.roles.byIds(roleIds);
    const evaluations: { role: SupplyRole; requirement: RequirementFacts; evaluation: Evaluation }[] = [];
    // Many roles share a buyer and program: read each buyer context once, not once per role.
    const contexts = new Map<string, Promise<BuyerContext>>();
    for (const role of roles) {
      const requirement = await this.requirementOf(role, contexts);
      if (requirement.groupIds.includes(companyId)) continue;
      evaluations.push({ role, requirement, evaluation: evaluate(facts, requirement, catalogues.taxonomy, DEFAULT_WEIGHTS, today()) });
    }
    const byRank = (a: (typeof evaluations)[number], b: (typeof evaluations)[number]) =>
      compareEvaluations(a.evaluation, b.evaluation) || a.role.id.localeCompare(b.role.id);
    evaluations.sort(byRank);
    const qualifying = evaluations.filter((e) => e.evaluation.eligible);
    const nearMisses = evaluations.filter((e) => !e.evaluation.eligible);

    const steps = new Map<string, QualificationStep>();
    for (const { role, evaluation } of nearMisses) {
      const gaps = evaluation.missing.filter((item) => item.mandatory);
      const keys = new Set(gaps.map(acquisitionKey));
      if (keys.size !== 1) continue;
      const key = [...keys][0];
      const step = steps.get(key) ?? { item: gaps[0], rolesUnlocked: 0, roleIds: [] };
      step.rolesUnlocked += 1;
      step.roleIds.push(role.id);
      if ((gaps[0].requiredLevel ?? 0) > (step.item.requiredLevel ?? 0)) step.item = gaps[0];
      steps.set(key, step);
    }
    const cheapestSteps = [...steps.entries()]
      .sort(([ka, a], [kb, b]) => b.rolesUnlocked - a.rolesUnlocked || ka.localeCompare(kb))
      .map(([, step]) => step);

    const partners = await this.partnersFor(facts, nearMisses.slice(0, PARTNER_ROLES), catalogues);
    const reach = (await this.companies.programTiers([companyId])).get(companyId) ?? [];
    return {
      companyId,
      qualifying: qualifying.slice(0, first).map((e) => toSupplierMatch(e.evaluation, DEFAULT_WEIGHTS, e.role.id)),
      nearMisses: nearMisses.slice(0, first).map((e) => toSupplierMatch(e.evaluation, DEFAULT_WEIGHTS, e.role.id)),
      cheapestSteps,
      reach,
      partners: partners.slice(0, first),
    };
  }

  async consortia(roleId: string, maxPartners: number, first: number, catalogues: Catalogues): Promise<ConsortiaReport> {
    if (!Number.isInteger(maxPartners) || maxPartners < 2 || maxPartners > 3) throw new BadUserInputError('maxPartners', 'must be 2 or 3');
    const requirement = await this.requirementOfRole(roleId);
    const evaluations = await this.evaluateCandidates(requirement, DEFAULT_WEIGHTS, catalogues);

    const capabilityItems = requirement.requiredCapabilities.map((need, i) => ({ need, i })).filter(({ need }) => need.mandatory);
    const certificationItems = requirement.requiredCertifications.map((need, i) => ({ need, i })).filter(({ need }) => need.mandatory);
    const needsClearance = requirement.securityClearance !== SecurityClearance.NONE;
    const itemCount = capabilityItems.length + certificationItems.length + (needsClearance ? 1 : 0);
    const facts = new Map((await this.repository.companyFacts(evaluations.map((e) => e.companyId))).map((f) => [f.id, f]));

    const covers = (evaluation: Evaluation): Set<number> => {
      const covered = new Set<number>();
      capabilityItems.forEach(({ i }, k) => evaluation.capabilityMatches[i].met && covered.add(k));
      certificationItems.forEach(({ i }, k) => evaluation.certificationMatches[i].met && covered.add(capabilityItems.length + k));
      const clearance = facts.get(evaluation.companyId)?.securityClearance ?? SecurityClearance.NONE;
      if (needsClearance && CLEARANCE_RANK[clearance] >= CLEARANCE_RANK[requirement.securityClearance]) covered.add(itemCount - 1);
      return covered;
    };
    const coverage = new Map(evaluations.map((e) => [e.companyId, covers(e)]));
    const singleSupplierCount = evaluations.filter((e) => coverage.get(e.companyId)!.size === itemCount).length;
    const coversCapability = (e: Evaluation) => [...coverage.get(e.companyId)!].some((k) => k < capabilityItems.length);
    const pool = evaluations
      .filter(coversCapability)
      .sort((a, b) => b.score - a.score || a.companyId.localeCompare(b.companyId))
      .slice(0, CONSORTIUM_POOL);

    const teams: Evaluation[][] = [];
    const search = (start: number, team: Evaluation[]) => {
      if (team.length >= 2) {
        const union = new Set(team.flatMap((m) => [...coverage.get(m.companyId)!]));
        const minimal = team.every((member) => {
          const others = new Set(team.filter((m) => m !== member).flatMap((m) => [...coverage.get(m.companyId)!]));
          return [...coverage.get(member.companyId)!].some((k) => !others.has(k));
        });
        if (union.size === itemCount && minimal) teams.push(team);
        if (union.size === itemCount) return;
      }
      if (team.length === maxPartners) return;
      for (let next = start; next < pool.length; next += 1) search(next + 1, [...team, pool[next]]);
    };
    search(0, []);

    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    const consortia: Consortium[] = teams.map((team) => {
      const distances = team.map((m) => m.distanceKm).filter((d): d is number => d !== null);
      const lead = [...team].sort((a, b) => chainDistance(a) - chainDistance(b) || b.score - a.score || a.companyId.localeCompare(b.companyId))[0];
      const members: ConsortiumMember[] = team.map((member) => {
        const covered = coverage.get(member.companyId)!;
        return {
          companyId: member.companyId,
          isLead: member === lead,
          score: member.score,
          distanceKm: member.distanceKm,
          capabilityIds: capabilityItems.filter((_, k) => covered.has(k)).map(({ need }) => need.capabilityId),
          certificationIds: certificationItems.filter((_, k) => covered.has(capabilityItems.length + k)).map(({ need }) => need.certificationId),
          providesClearance: needsClearance && covered.has(itemCount - 1),
        };
      });
      members.sort((a, b) => Number(b.isLead) - Number(a.isLead) || b.score - a.score || a.companyId.localeCompare(b.companyId));
      return {
        members,
        coverage: 1,
        combinedScore: Math.round(mean(team.map((m) => m.score)) * 10000) / 10000,
        averageDistanceKm: distances.length === team.length ? Math.round(mean(distances) * 10) / 10 : null,
      };
    });
    consortia.sort((a, b) =>
      b.combinedScore - a.combinedScore
      || (a.averageDistanceKm ?? Infinity) - (b.averageDistanceKm ?? Infinity)
      || a.members.map((m) => m.companyId).join().localeCompare(b.members.map((m) => m.companyId).join()));
    return { roleId, singleSupplierCount, consortia: consortia.slice(0, first) };
  }

  private async requirementOfRole(roleId: string): Promise<RequirementFacts> {
    const [role] = await this.roles.byIds([roleId]);
    if (!role) throw new NotFoundError('SupplyRole', roleId, 'roleId');
    return this.requirementOf(role);
  }

  private async requirementOf(role: SupplyRole, contexts = new Map<string, Promise<BuyerContext>>()): Promise<RequirementFacts> {
    const key = `${role.buyerId}|${role.programId}`;
    if (!contexts.has(key)) contexts.set(key, this.repository.buyerContext(role.buyerId, role.programId));
    const context = await contexts.get(key)!;
    return {
      roleId: role.id,
      buyerId: role.buyerId,
      programId: role.programId,
      primeId: context.primeId,
      primeProgramIds: context.primeProgramIds,
      buyerNetworkIds: context.buyerNetworkIds,
      groupIds: context.groupIds,
      location: role.location ?? context.buyerLocation,
      maxDistanceKm: role.maxDistanceKm ?? null,
      deadline: role.deadline ?? null,
      securityClearance: role.securityClearance,
      requiredCapabilities: role.requiredCapabilities.map((n) => ({ capabilityId: n.capabilityId, minLevel: n.minLevel, mandatory: n.mandatory })),
      requiredCertifications: role.requiredCertifications.map((n) => ({
        certificationId: n.certificationId, mandatory: n.mandatory, minEvidenceLevel: n.minEvidenceLevel,
      })),
    };
  }

  private async evaluateCandidates(requirement: RequirementFacts, weights: Weights, catalogues: Catalogues): Promise<Evaluation[]> {
    const ids = await this.repository.candidateIds(requirement.requiredCapabilities.map((n) => n.capabilityId), requirement.groupIds);
    const facts = await this.repository.companyFacts(ids);
    return facts.map((company) => evaluate(company, requirement, catalogues.taxonomy, weights, today())).sort(compareEvaluations);
  }

  private async rank(
    requirement: RequirementFacts, first: number, includeNearMisses: boolean, weights: Weights, catalogues: Catalogues,
  ): Promise<SupplierMatches> {
    const evaluations = await this.evaluateCandidates(requirement, weights, catalogues);
    const eligible = evaluations.filter((e) => e.eligible);
    const nearMisses = evaluations.filter((e) => !e.eligible);
    const ranked = includeNearMisses ? [...eligible, ...nearMisses] : eligible;
    return {
      roleId: requirement.roleId,
      weights: roundedWeights(weights),
      eligibleCount: eligible.length,
      nearMissCount: nearMisses.length,
      matches: ranked.slice(0, first).map((e) => toSupplierMatch(e, weights, requirement.roleId)),
    };
  }

  /** Companies that meet the capabilities this company lacks for its closest near-miss roles, nearest first. */
  private async partnersFor(
    company: CompanyFacts, nearMisses: { role: SupplyRole; requirement: RequirementFacts; evaluation: Evaluation }[], catalogues: Catalogues,
  ): Promise<PartnerSuggestion[]> {
    const partners = new Map<string, PartnerSuggestion>();
    for (const { role, requirement, evaluation } of nearMisses) {
      const lacking = evaluation.capabilityMatches.filter((m) => m.mandatory && !m.met);
      const ownsSome = evaluation.capabilityMatches.some((m) => m.mandatory && m.met);
      if (lacking.length === 0 || !ownsSome) continue;
      const partial: RequirementFacts = {
        ...requirement,
        location: company.location,
        maxDistanceKm: null,
        requiredCapabilities: lacking.map((m) => ({ capabilityId: m.capabilityId, minLevel: m.minLevel, mandatory: true })),
        requiredCertifications: [],
        securityClearance: SecurityClearance.NONE,
        groupIds: [...requirement.groupIds, company.id],
      };
      for (const candidate of await this.evaluateCandidates(partial, DEFAULT_WEIGHTS, catalogues)) {
        const covered = candidate.capabilityMatches.filter((m) => m.met).map((m) => m.capabilityId);
        if (covered.length === 0) continue;
        const partner = partners.get(candidate.companyId) ?? { companyId: candidate.companyId, distanceKm: candidate.distanceKm, roleIds: [], capabilityIds: [] };
        partner.roleIds.push(role.id);
        for (const id of covered) if (!partner.capabilityIds.includes(id)) partner.capabilityIds.push(id);
        partners.set(candidate.companyId, partner);
      }
    }
    return [...partners.values()].sort(
      (a, b) => b.roleIds.length - a.roleIds.length || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.companyId.localeCompare(b.companyId),
    );
  }
}

/** How close a member already is to the buyer: supplies it (1), supplies the program (2), the prime (3), none (4). */
function chainDistance(evaluation: Evaluation): number {
  if (evaluation.relationships.includes(Relationship.SUPPLIES_BUYER)) return 1;
  if (evaluation.relationships.includes(Relationship.SUPPLIES_PROGRAM)) return 2;
  if (evaluation.relationships.includes(Relationship.SUPPLIES_PRIME)) return 3;
  return 4;
}
