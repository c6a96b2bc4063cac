import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { Catalog } from '../catalog/catalog';
import { Capability, Certification } from '../catalog/catalog.type';
import { CompanyLoaders } from '../company/company.loaders';
import { Company } from '../company/company.type';
import { loadExisting } from '../common/loaders';
import { validateNamedArg } from '../common/validation';
import { SupplyRoleLoaders } from '../supply-role/supply-role.loaders';
import { SupplyRole } from '../supply-role/supply-role.type';
import { Catalogues, MatchingService } from './matching.service';
import { ConsortiumCountArgs, MatchCountArgs, MatchOptions, RequirementInput } from './matching.input';
import {
  CapabilityMatch, CertificationMatch, ConsortiaReport, ConsortiumMember, FitReport, MissingRequirement, PartnerSuggestion,
  QualificationStep, SupplierMatch, SupplierMatches,
} from './matching.type';

/** What the matching resolvers read from the request context. */
export type MatchingContext = { loaders: CompanyLoaders & SupplyRoleLoaders; catalog: Catalog };

async function cataloguesOf({ catalog }: MatchingContext): Promise<Catalogues> {
  const [taxonomy, certifications] = await Promise.all([catalog.capabilities(), catalog.certifications()]);
  return { taxonomy, certifications };
}


@Resolver()
export class MatchingResolver {
  constructor(private readonly matchingService: MatchingService) {}

  @Query(() => SupplierMatches, { description: 'The companies that can fill a supply role, ranked and explained' })
  async matchSuppliers(
    @Arg('roleId', () => ID) roleId: string,
    @Ctx() context: MatchingContext,
    @Args(() => MatchCountArgs) { first }: MatchCountArgs,
    @Arg('options', () => MatchOptions, { nullable: true, validateFn: validateNamedArg('options') }) options?: MatchOptions,
  ): Promise<SupplierMatches> {
    return this.matchingService.matchSuppliers(roleId, first, options, await cataloguesOf(context));
  }

  @Query(() => SupplierMatches, { description: 'The same as matchSuppliers for a requirement that is not stored as a role' })
  async matchSuppliersForRequirement(
    @Arg('requirement', () => RequirementInput, { validateFn: validateNamedArg('requirement') }) requirement: RequirementInput,
    @Ctx() context: MatchingContext,
    @Args(() => MatchCountArgs) { first }: MatchCountArgs,
    @Arg('options', () => MatchOptions, { nullable: true, validateFn: validateNamedArg('options') }) options?: MatchOptions,
  ): Promise<SupplierMatches> {
    return this.matchingService.matchForRequirement(requirement, first, options, await cataloguesOf(context));
  }

  @Query(() => FitReport, { description: 'For an SME: the open roles it qualifies for, near misses, cheapest steps, chains and partners' })
  async whereDoIFit(
    @Arg('companyId', () => ID) companyId: string,
    @Ctx() context: MatchingContext,
    @Args(() => MatchCountArgs) { first }: MatchCountArgs,
  ): Promise<FitReport> {
    return this.matchingService.whereDoIFit(companyId, first, await cataloguesOf(context));
  }

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
}
