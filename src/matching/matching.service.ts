import { Tree } from '../catalog/catalog';
import { Capability, Certification } from '../catalog/catalog.type';
import { today } from '../common/dates';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { timed } from '../common/timing';
import { CompanyRepository } from '../company/company.repository';
import { SupplyRoleRepository } from '../supply-role/supply-role.repository';
import { SupplyRole } from '../supply-role/supply-role.type';
import { cheapestSteps } from './cheapest-steps';
import { CONSORTIUM_POOL, searchConsortia } from './consortium-search';
import { MatchScope, matchScope, narrowerOrSelf } from './match-scope';
import {
  CompanyFacts, compareEvaluations, DEFAULT_WEIGHTS, Evaluation, evaluate, normaliseWeights, RequirementFacts, scoreCeiling, Weights,
} from './matching.engine';
import { MatchOptions, RequirementInput } from './matching.input';
import { CandidateGaps, MatchingRepository } from './matching.repository';
import { ConsortiaReport, FitReport, MatchCriterion, MatchWeights, PartnerSuggestion, SupplierMatch, SupplierMatches } from './matching.type';
import { partnerRequirement } from './partner-suggestions';
import { requirementFacts } from './requirement-facts';

const PARTNER_ROLES = 5;
/** How many companies are loaded and scored at a time when only the best of many are wanted. */
const SCORING_BATCH = 200;

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

const byScore = (a: Evaluation, b: Evaluation): number => b.score - a.score || a.companyId.localeCompare(b.companyId);

const countWithGaps = (groups: CandidateGaps[], eligible: boolean): number =>
  groups.filter((group) => (group.gaps === 0) === eligible).reduce((sum, group) => sum + group.companies, 0);

const roundedWeights = (weights: Weights): MatchWeights =>
  Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Math.round(v * 10000) / 10000])) as unknown as MatchWeights;

/**
 * Matching: ranks suppliers for supply roles and explains every match, tells an SME where it fits,
 * and proposes consortia. Candidates come from the graph (starting at the required capabilities);
 * the scoring rules live in matching.engine.ts, the consortium search and the cheapest steps in pure
 * modules of their own, the partner ranking in its Cypher query: this service reads and orchestrates.
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
    return this.rank(requirementFacts(null, input, context), first, options?.includeNearMisses ?? false, weights, catalogues);
  }

  async whereDoIFit(companyId: string, first: number, catalogues: Catalogues): Promise<FitReport> {
    const [[facts], roleIds] = await Promise.all([this.repository.companyFacts([companyId], catalogues.certifications), this.repository.openRoleIdsFor(companyId)]);
    if (!facts) throw new NotFoundError('Company', companyId, 'companyId');
    const roles = await this.roles.byIds(roleIds);
    const requirements = await this.requirementsOf(roles);
    const evaluations = timed('scoring', () => roles
      .map((role, i) => ({ role, requirement: requirements[i] }))
      .filter(({ requirement }) => !requirement.groupIds.includes(companyId))
      .map(({ role, requirement }) => ({
        role, requirement, evaluation: evaluate(facts, requirement, catalogues.taxonomy, DEFAULT_WEIGHTS, today()),
      }))
      .sort((a, b) => compareEvaluations(a.evaluation, b.evaluation) || a.role.id.localeCompare(b.role.id)));
    const qualifying = evaluations.filter((e) => e.evaluation.eligible);
    const nearMisses = evaluations.filter((e) => !e.evaluation.eligible);

    const [partners, tiers] = await Promise.all([
      this.partnersFor(facts, nearMisses.slice(0, PARTNER_ROLES), first, catalogues),
      this.companies.programTiers([companyId]),
    ]);
    return {
      companyId,
      qualifying: qualifying.slice(0, first).map((e) => toSupplierMatch(e.evaluation, DEFAULT_WEIGHTS, e.role.id)),
      nearMisses: nearMisses.slice(0, first).map((e) => toSupplierMatch(e.evaluation, DEFAULT_WEIGHTS, e.role.id)),
      cheapestSteps: cheapestSteps(nearMisses.map((e) => ({ roleId: e.role.id, evaluation: e.evaluation }))),
      reach: tiers.get(companyId) ?? [],
      partners,
    };
  }

  async consortia(roleId: string, maxPartners: number, first: number, catalogues: Catalogues): Promise<ConsortiaReport> {
    if (!Number.isInteger(maxPartners) || maxPartners < 2 || maxPartners > 3) throw new BadUserInputError('maxPartners', 'must be 2 or 3');
    const requirement = await this.requirementOfRole(roleId);
    const scope = this.scopeOf(requirement, catalogues);
    // Only a company meeting some mandatory capability can join a team: the rest are neither loaded nor scored.
    const [groups, contributorIds] = await Promise.all([this.repository.candidateGaps(scope, 0), this.repository.capabilityContributors(scope)]);
    const contributors = await this.bestScored(contributorIds, CONSORTIUM_POOL, requirement, DEFAULT_WEIGHTS, catalogues);

    const { consortia } = searchConsortia(requirement, contributors, maxPartners);
    return { roleId, singleSupplierCount: countWithGaps(groups, true), consortia: consortia.slice(0, first) };
  }

  private async requirementOfRole(roleId: string): Promise<RequirementFacts> {
    const [role] = await this.roles.byIds([roleId]);
    if (!role) throw new NotFoundError('SupplyRole', roleId, 'roleId');
    const [requirement] = await this.requirementsOf([role]);
    return requirement;
  }

  /** The roles completed by the contexts of their buyers and programs, all read in one query. */
  private async requirementsOf(roles: SupplyRole[]): Promise<RequirementFacts[]> {
    const contexts = await this.repository.buyerContexts(roles.map((role) => ({ buyerId: role.buyerId, programId: role.programId })));
    return roles.map((role, i) => requirementFacts(role.id, role, contexts[i]));
  }

  private scopeOf(requirement: RequirementFacts, catalogues: Catalogues): MatchScope {
    return matchScope(requirement, catalogues.taxonomy, catalogues.certifications, today());
  }

  /** Loads and scores the given companies, ranked. */
  private async evaluateCompanies(ids: string[], requirement: RequirementFacts, weights: Weights, catalogues: Catalogues): Promise<Evaluation[]> {
    const facts = await this.repository.companyFacts(ids, catalogues.certifications);
    const day = today();
    return timed('scoring', () => facts.map((company) => evaluate(company, requirement, catalogues.taxonomy, weights, day)).sort(compareEvaluations));
  }

  /**
   * Evaluations including the `count` best-scored of the given companies (by score, then company id). Few are
   * scored at once; many are first bounded by their place and ties, then loaded best ceiling first in batches
   * until no company left can reach the score of the `count`th best found. Of many, only the best
   * max(`count`, one batch) are kept and returned.
   */
  private async bestScored(ids: string[], count: number, requirement: RequirementFacts, weights: Weights, catalogues: Catalogues): Promise<Evaluation[]> {
    if (ids.length <= SCORING_BATCH) return this.evaluateCompanies(ids, requirement, weights, catalogues);
    const places = await this.repository.placesAndTies(ids);
    const ceilings = timed('scoring', () => places
      .map((company) => ({ id: company.id, ceiling: scoreCeiling(company, requirement, weights) }))
      .sort((a, b) => b.ceiling - a.ceiling));
    const best: Evaluation[] = [];
    for (let start = 0; start < ceilings.length; start += SCORING_BATCH) {
      const reached = best[count - 1];
      if (reached && ceilings[start].ceiling < reached.score) break;
      const batch = ceilings.slice(start, start + SCORING_BATCH).map((company) => company.id);
      best.push(...await this.evaluateCompanies(batch, requirement, weights, catalogues));
      best.sort(byScore);
      // Only the best batch's worth is kept: memory stays that of two batches however many are scored.
      best.length = Math.min(best.length, Math.max(count, SCORING_BATCH));
    }
    return best;
  }

  /**
   * The graph counts eligible candidates and near misses; only the eligible are loaded and scored, and near
   * misses only when asked for and as many as `first` leaves room for.
   */
  private async rank(
    requirement: RequirementFacts, first: number, includeNearMisses: boolean, weights: Weights, catalogues: Catalogues,
  ): Promise<SupplierMatches> {
    const scope = this.scopeOf(requirement, catalogues);
    const groups = await this.repository.candidateGaps(scope, includeNearMisses ? first : 0);
    // Near-miss ids come only when fewer than `first` are eligible: then all of them are scored in one go.
    const withNearMisses = groups.some((group) => group.gaps > 0 && group.ids.length > 0);
    const evaluations = withNearMisses
      ? await this.evaluateCompanies(groups.flatMap((group) => group.ids), requirement, weights, catalogues)
      : await this.bestScored(groups.filter((group) => group.gaps === 0).flatMap((group) => group.ids), first, requirement, weights, catalogues);
    const ranked = evaluations.sort(compareEvaluations).filter((e) => includeNearMisses || e.eligible);
    return {
      roleId: requirement.roleId,
      weights: roundedWeights(weights),
      eligibleCount: countWithGaps(groups, true),
      nearMissCount: countWithGaps(groups, false),
      matches: ranked.slice(0, first).map((e) => toSupplierMatch(e, weights, requirement.roleId)),
    };
  }

  /**
   * The first `first` companies that meet capabilities this company lacks for its closest near-miss roles, as the
   * graph ranks them (most roles helped with first, then the nearest, then by id).
   */
  private async partnersFor(
    company: CompanyFacts, nearMisses: { role: SupplyRole; requirement: RequirementFacts; evaluation: Evaluation }[], first: number,
    catalogues: Catalogues,
  ): Promise<PartnerSuggestion[]> {
    const wanted = nearMisses
      .map(({ role, requirement, evaluation }) => ({ roleId: role.id, partial: partnerRequirement(company, requirement, evaluation) }))
      .filter((search): search is { roleId: string; partial: RequirementFacts } => search.partial !== null);
    const partners = await this.repository.partnersForGaps(wanted.map(({ partial }) => ({
      lacking: partial.requiredCapabilities.map((need) => ({
        capabilityId: need.capabilityId, capabilityIds: narrowerOrSelf(catalogues.taxonomy, need.capabilityId), minLevel: need.minLevel,
      })),
      excludedIds: partial.groupIds,
    })), company.location, first);
    return partners.map(({ companyId, distanceKm, searchIndexes, capabilityIds }) => ({
      companyId, distanceKm, roleIds: searchIndexes.map((searchIndex) => wanted[searchIndex].roleId), capabilityIds,
    }));
  }
}
