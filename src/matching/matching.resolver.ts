import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { hasFullAccess } from '../auth/access';
import { Caller } from '../auth/caller';
import { Catalog } from '../catalog/catalog';
import { Capability, Certification } from '../catalog/catalog.type';
import { CompanyLoaders } from '../company/company.loaders';
import { Company } from '../company/company.type';
import { loadExisting } from '../common/loaders';
import { validateNamedArg } from '../common/validation';
import { HeavyWork } from '../common/work-cost';
import { SupplyRoleLoaders } from '../supply-role/supply-role.loaders';
import { SupplyRole } from '../supply-role/supply-role.type';
import { chainDistance, leadFirst } from './consortium-search';
import { Relationship, RelationshipTarget } from './matching.engine';
import { Catalogues, MatchingService } from './matching.service';
import { ConsortiumCountArgs, MatchCountArgs, MatchOptions, RequirementInput } from './matching.input';
import {
  CapabilityMatch, CertificationMatch, ConsortiaReport, Consortium, ConsortiumMember, FitReport, MatchCriterion, MissingRequirement, PartnerSuggestion,
  QualificationStep, ScoreComponent, SupplierMatch, SupplierMatches,
} from './matching.type';
import { relationshipsShown, seesEveryTieOf, supplyTiesSeenBy } from './relationship-visibility';

/** What the matching resolvers read from the request context. */
export type MatchingContext = { caller: Caller; loaders: CompanyLoaders & SupplyRoleLoaders; catalog: Catalog };

async function cataloguesOf({ catalog }: MatchingContext): Promise<Catalogues> {
  const [taxonomy, certifications] = await Promise.all([catalog.capabilities(), catalog.certifications()]);
  return { taxonomy, certifications };
}

/** The buyer and program a requirement names, completed by the program's prime and every program that prime leads. */
async function relationshipTarget(
  stated: { buyerId: string | null; programId: string | null } | null, { catalog }: MatchingContext,
): Promise<RelationshipTarget> {
  const programs = await catalog.programs();
  const primeId = (stated?.programId && programs.get(stated.programId)?.primeId) || null;
  return {
    buyerId: stated?.buyerId ?? null,
    programId: stated?.programId ?? null,
    primeId,
    primeProgramIds: primeId ? [...programs.values()].filter((program) => program.primeId === primeId).map((program) => program.id) : [],
  };
}

/**
 * Per match of a request, its ties as `tiesShown` found them: `relationships` and `breakdown` both need them, and
 * a match object lives in one request only.
 */
const tiesOfMatch = new WeakMap<SupplierMatch, Promise<{ shown: Relationship[]; withheld: boolean }>>();

/** The relationships of a match the caller may see, and whether the engine counted more than that (found once per match). */
function tiesShown(match: SupplierMatch, context: MatchingContext): Promise<{ shown: Relationship[]; withheld: boolean }> {
  let ties = tiesOfMatch.get(match);
  if (!ties) {
    ties = findTiesShown(match, context);
    tiesOfMatch.set(match, ties);
  }
  return ties;
}

async function findTiesShown(match: SupplierMatch, context: MatchingContext): Promise<{ shown: Relationship[]; withheld: boolean }> {
  if (seesEveryTieOf(context.caller, match.companyId)) return { shown: match.relationships, withheld: false };
  const [stated, links] = await Promise.all([
    match.roleId ? context.loaders.supplyRole.load(match.roleId) : Promise.resolve(match.statedFor ?? null),
    context.loaders.supplyLinks.load(match.companyId),
  ]);
  const shown = relationshipsShown(context.caller, match.companyId, match.relationships, links, await relationshipTarget(stated, context));
  return { shown, withheld: shown.length < match.relationships.length };
}


@Resolver()
export class MatchingResolver {
  constructor(private readonly matchingService: MatchingService) {}

  @HeavyWork()
  @Query(() => SupplierMatches, { description: 'The companies that can fill a supply role, ranked and explained' })
  async matchSuppliers(
    @Arg('roleId', () => ID) roleId: string,
    @Ctx() context: MatchingContext,
    @Args(() => MatchCountArgs) { first }: MatchCountArgs,
    @Arg('options', () => MatchOptions, { nullable: true, validateFn: validateNamedArg('options') }) options?: MatchOptions,
  ): Promise<SupplierMatches> {
    return this.matchingService.matchSuppliers(roleId, first, options, await cataloguesOf(context));
  }

  @HeavyWork()
  @Query(() => SupplierMatches, { description: 'The same as matchSuppliers for a requirement that is not stored as a role' })
  async matchSuppliersForRequirement(
    @Arg('requirement', () => RequirementInput, { validateFn: validateNamedArg('requirement') }) requirement: RequirementInput,
    @Ctx() context: MatchingContext,
    @Args(() => MatchCountArgs) { first }: MatchCountArgs,
    @Arg('options', () => MatchOptions, { nullable: true, validateFn: validateNamedArg('options') }) options?: MatchOptions,
  ): Promise<SupplierMatches> {
    const result = await this.matchingService.matchForRequirement(requirement, first, options, await cataloguesOf(context));
    const statedFor = { buyerId: requirement.buyerId ?? null, programId: requirement.programId ?? null };
    return { ...result, matches: result.matches.map((match) => ({ ...match, statedFor })) };
  }

  @HeavyWork()
  @Query(() => FitReport, { description: 'For an SME: the open roles it qualifies for, near misses, cheapest steps, chains and partners' })
  async whereDoIFit(
    @Arg('companyId', () => ID) companyId: string,
    @Ctx() context: MatchingContext,
    @Args(() => MatchCountArgs) { first }: MatchCountArgs,
  ): Promise<FitReport> {
    return this.matchingService.whereDoIFit(companyId, first, await cataloguesOf(context));
  }

  @HeavyWork()
  @Query(() => ConsortiaReport, { description: 'Teams of two or three companies that together meet every mandatory requirement of a role' })
  async consortia(
    @Arg('roleId', () => ID) roleId: string,
    @Ctx() context: MatchingContext,
    @Arg('maxPartners', () => Int, { defaultValue: 3, description: '2 or 3' }) maxPartners: number,
    @Args(() => ConsortiumCountArgs) { first }: ConsortiumCountArgs,
  ): Promise<ConsortiaReport> {
    return this.matchingService.consortia(roleId, maxPartners, first, await cataloguesOf(context));
  }
}

@Resolver(() => SupplierMatches)
export class SupplierMatchesResolver {
  @FieldResolver(() => SupplyRole, { nullable: true, description: 'The role matched against (null for an ad-hoc requirement)' })
  role(@Root() result: SupplierMatches, @Ctx() { loaders }: MatchingContext): Promise<SupplyRole | null> {
    return result.roleId ? loaders.supplyRole.load(result.roleId) : Promise.resolve(null);
  }
}

@Resolver(() => SupplierMatch)
export class SupplierMatchResolver {
  @FieldResolver(() => Company)
  company(@Root() match: SupplierMatch, @Ctx() { loaders }: MatchingContext): Promise<Company | null> {
    return loaders.company.load(match.companyId);
  }

  @FieldResolver(() => SupplyRole, { nullable: true })
  role(@Root() match: SupplierMatch, @Ctx() { loaders }: MatchingContext): Promise<SupplyRole | null> {
    return match.roleId ? loaders.supplyRole.load(match.roleId) : Promise.resolve(null);
  }

  @FieldResolver(() => [Relationship])
  async relationships(@Root() match: SupplierMatch, @Ctx() context: MatchingContext): Promise<Relationship[]> {
    return (await tiesShown(match, context)).shown;
  }

  @FieldResolver(() => [ScoreComponent], { description: 'Every criterion\'s score, weight and contribution: the same for every caller' })
  async breakdown(@Root() match: SupplierMatch, @Ctx() context: MatchingContext): Promise<ScoreComponent[]> {
    const { withheld } = await tiesShown(match, context);
    return match.breakdown.map((entry) => ({ ...entry, confidential: withheld && entry.criterion === MatchCriterion.RELATIONSHIP }));
  }
}

@Resolver(() => CapabilityMatch)
export class CapabilityMatchResolver {
  @FieldResolver(() => Capability, { description: 'The required capability' })
  async capability(@Root() match: CapabilityMatch, @Ctx() { catalog }: MatchingContext): Promise<Capability | undefined> {
    return (await catalog.capabilities()).get(match.capabilityId);
  }

  @FieldResolver(() => Capability, { nullable: true, description: 'The claimed capability that meets it best' })
  async claimedCapability(@Root() match: CapabilityMatch, @Ctx() { catalog }: MatchingContext): Promise<Capability | null> {
    return match.claimedCapabilityId ? (await catalog.capabilities()).get(match.claimedCapabilityId) ?? null : null;
  }
}

@Resolver(() => CertificationMatch)
export class CertificationMatchResolver {
  @FieldResolver(() => Certification, { description: 'The required certification' })
  async certification(@Root() match: CertificationMatch, @Ctx() { catalog }: MatchingContext): Promise<Certification | undefined> {
    return (await catalog.certifications()).get(match.certificationId);
  }

  @FieldResolver(() => Certification, { nullable: true, description: 'The held certification that meets it (itself or one that includes it)' })
  async heldCertification(@Root() match: CertificationMatch, @Ctx() { catalog }: MatchingContext): Promise<Certification | null> {
    return match.heldCertificationId ? (await catalog.certifications()).get(match.heldCertificationId) ?? null : null;
  }
}

@Resolver(() => MissingRequirement)
export class MissingRequirementResolver {
  @FieldResolver(() => Capability, { nullable: true })
  async capability(@Root() item: MissingRequirement, @Ctx() { catalog }: MatchingContext): Promise<Capability | null> {
    return item.capabilityId ? (await catalog.capabilities()).get(item.capabilityId) ?? null : null;
  }

  @FieldResolver(() => Certification, { nullable: true })
  async certification(@Root() item: MissingRequirement, @Ctx() { catalog }: MatchingContext): Promise<Certification | null> {
    return item.certificationId ? (await catalog.certifications()).get(item.certificationId) ?? null : null;
  }

  @FieldResolver(() => String, { description: 'The gap in words, e.g. "ISO 9001: expires before the deadline"' })
  async description(@Root() item: MissingRequirement, @Ctx() { catalog }: MatchingContext): Promise<string> {
    const what = item.capabilityId
      ? (await catalog.capabilities()).get(item.capabilityId)?.name ?? item.capabilityId
      : item.certificationId
        ? (await catalog.certifications()).get(item.certificationId)?.name ?? item.certificationId
        : `Security clearance ${item.requiredClearance}`;
    const why: Record<string, string> = {
      ABSENT: 'missing',
      ONLY_BROADER: 'only a broader capability is claimed',
      LEVEL_TOO_LOW: `level ${item.claimedLevel} claimed, ${item.requiredLevel} required`,
      EXPIRED_BEFORE_DEADLINE: 'expires before the deadline',
      EVIDENCE_TOO_WEAK: 'evidence weaker than required',
      CLEARANCE_TOO_LOW: 'clearance too low',
      CLEARANCE_NOT_CONFIRMED: 'clearance self-declared, not confirmed',
    };
    return `${what}: ${why[item.reason]}${item.mandatory ? '' : ' (nice to have)'}`;
  }
}

@Resolver(() => QualificationStep)
export class QualificationStepResolver {
  @FieldResolver(() => [SupplyRole], { description: 'The roles this step alone would unlock' })
  roles(@Root() step: QualificationStep, @Ctx() context: MatchingContext): Promise<SupplyRole[]> {
    return loadExisting(context.loaders.supplyRole, step.roleIds);
  }
}

@Resolver(() => PartnerSuggestion)
export class PartnerSuggestionResolver {
  @FieldResolver(() => Company)
  company(@Root() partner: PartnerSuggestion, @Ctx() { loaders }: MatchingContext): Promise<Company | null> {
    return loaders.company.load(partner.companyId);
  }

  @FieldResolver(() => [SupplyRole], { description: 'Near-miss roles the partner would complete' })
  roles(@Root() partner: PartnerSuggestion, @Ctx() context: MatchingContext): Promise<SupplyRole[]> {
    return loadExisting(context.loaders.supplyRole, partner.roleIds);
  }

  @FieldResolver(() => [Capability], { description: 'The capabilities the partner brings' })
  async covers(@Root() partner: PartnerSuggestion, @Ctx() { catalog }: MatchingContext): Promise<Capability[]> {
    const taxonomy = await catalog.capabilities();
    return partner.capabilityIds.flatMap((id) => taxonomy.get(id) ?? []);
  }
}

@Resolver(() => FitReport)
export class FitReportResolver {
  @FieldResolver(() => Company)
  company(@Root() report: FitReport, @Ctx() { loaders }: MatchingContext): Promise<Company | null> {
    return loaders.company.load(report.companyId);
  }
}

@Resolver(() => ConsortiumMember)
export class ConsortiumMemberResolver {
  @FieldResolver(() => Company)
  company(@Root() member: ConsortiumMember, @Ctx() { loaders }: MatchingContext): Promise<Company | null> {
    return loaders.company.load(member.companyId);
  }

  @FieldResolver(() => [Capability], { description: 'Mandatory capabilities this member meets' })
  async capabilities(@Root() member: ConsortiumMember, @Ctx() { catalog }: MatchingContext): Promise<Capability[]> {
    const taxonomy = await catalog.capabilities();
    return member.capabilityIds.flatMap((id) => taxonomy.get(id) ?? []);
  }

  @FieldResolver(() => [Certification], { description: 'Mandatory certifications this member meets' })
  async certifications(@Root() member: ConsortiumMember, @Ctx() { catalog }: MatchingContext): Promise<Certification[]> {
    const all = await catalog.certifications();
    return member.certificationIds.flatMap((id) => all.get(id) ?? []);
  }
}

@Resolver(() => ConsortiaReport)
export class ConsortiaReportResolver {
  @FieldResolver(() => SupplyRole)
  role(@Root() report: ConsortiaReport, @Ctx() { loaders }: MatchingContext): Promise<SupplyRole | null> {
    return loaders.supplyRole.load(report.roleId);
  }

  @FieldResolver(() => [Consortium], {
    description: 'Teams ranked by what every member\'s score counts; for a company key, the lead is chosen by the supply links it may see',
  })
  async consortia(@Root() report: ConsortiaReport, @Ctx() context: MatchingContext): Promise<Consortium[]> {
    const { caller, loaders } = context;
    if (hasFullAccess(caller)) return report.consortia;
    const memberIds = [...new Set(report.consortia.flatMap((consortium) => consortium.members.map((member) => member.companyId)))];
    const [role, links] = await Promise.all([loaders.supplyRole.load(report.roleId), Promise.all(memberIds.map((id) => loaders.supplyLinks.load(id)))]);
    const target = await relationshipTarget(role, context);
    const distances = new Map(memberIds.map((id, i) => [id, chainDistance([...supplyTiesSeenBy(caller, id, links[i], target)])]));
    return report.consortia.map((consortium) => ({ ...consortium, members: leadFirst(consortium.members, (member) => distances.get(member.companyId)!) }));
  }
}
