import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { Caller } from '../auth/caller';
import { Catalog } from '../catalog/catalog';
import { Capability, Program, Region } from '../catalog/catalog.type';
import { CompanyLoaders } from '../company/company.loaders';
import { Company } from '../company/company.type';
import { loadExisting } from '../common/loaders';
import { validateNamedArg } from '../common/validation';
import { HeavyWork } from '../common/work-cost';
import { SupplyRoleLoaders } from '../supply-role/supply-role.loaders';
import { SupplyRole } from '../supply-role/supply-role.type';
import { AnalysisScope, GapOptions, PathCountArgs } from './analysis.input';
import { AnalysisService } from './analysis.service';
import {
  CapabilityConcentration, CapabilityGap, CapabilityGapReport, ChainCompany, ChainLink, DomainRollup, GapCloser, GapDemand, PathStep,
  SinglePointOfFailure, SoleCapability, SupplyChainReport, SupplyPath,
} from './analysis.type';

/** What the analysis resolvers read from the request context. */
export type AnalysisContext = { caller: Caller; loaders: CompanyLoaders & SupplyRoleLoaders; catalog: Catalog };

const DEFAULT_GAP_OPTIONS: GapOptions = { thinBelow: 3, closersPerGap: 5, includeCovered: false };


const capabilityOf = async (id: string, { catalog }: AnalysisContext): Promise<Capability | undefined> => (await catalog.capabilities()).get(id);

@Resolver()
export class AnalysisResolver {
  constructor(private readonly analysisService: AnalysisService) {}

  @HeavyWork()
  @Query(() => CapabilityGapReport, { description: 'Capabilities demanded by open roles that the scope cannot, or only thinly, supply' })
  async capabilityGaps(
    @Ctx() { catalog }: AnalysisContext,
    @Arg('scope', () => AnalysisScope, { nullable: true }) scope?: AnalysisScope,
    @Arg('options', () => GapOptions, { nullable: true, validateFn: validateNamedArg('options') }) options?: GapOptions,
  ): Promise<CapabilityGapReport> {
    return this.analysisService.capabilityGaps(scope, options ?? DEFAULT_GAP_OPTIONS, await catalog.capabilities());
  }

  @HeavyWork(3)
  @Query(() => SupplyChainReport, { description: 'The multi-tier chain below a program or a prime, with its single points of failure' })
  supplyChain(
    @Ctx() { caller }: AnalysisContext,
    @Arg('programId', () => ID, { nullable: true }) programId?: string,
    @Arg('primeId', () => ID, { nullable: true }) primeId?: string,
    @Arg('maxDepth', () => Int, { defaultValue: 4, description: '1 to 6' }) maxDepth?: number,
  ): Promise<SupplyChainReport> {
    return this.analysisService.supplyChain(programId ?? null, primeId ?? null, maxDepth ?? 4, caller);
  }

  @HeavyWork()
  @Query(() => [SupplyPath], { description: 'The shortest supply paths from a company up to a prime' })
  pathsToPrime(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('primeId', () => ID) primeId: string,
    @Args(() => PathCountArgs) { first }: PathCountArgs,
    @Ctx() { caller }: AnalysisContext,
  ): Promise<SupplyPath[]> {
    return this.analysisService.pathsToPrime(companyId, primeId, first, caller);
  }

  @HeavyWork(3)
  @Query(() => [CapabilityConcentration], { description: 'Per capability, how concentrated the supply is by Kreis and by company group' })
  concentration(
    @Ctx() { caller }: AnalysisContext,
    @Arg('scope', () => AnalysisScope, { nullable: true }) scope?: AnalysisScope,
  ): Promise<CapabilityConcentration[]> {
    return this.analysisService.concentration(scope, caller);
  }
}

@Resolver(() => CapabilityGap)
export class CapabilityGapResolver {
  @FieldResolver(() => Capability)
  capability(@Root() gap: CapabilityGap, @Ctx() context: AnalysisContext) {
    return capabilityOf(gap.capabilityId, context);
  }

  @FieldResolver(() => Capability, { description: 'Its top domain' })
  async domain(@Root() gap: CapabilityGap, @Ctx() { catalog }: AnalysisContext) {
    const taxonomy = await catalog.capabilities();
    const capability = taxonomy.get(gap.capabilityId);
    return capability ? taxonomy.root(capability) : undefined;
  }

  @FieldResolver(() => [Company], { description: 'The suppliers in scope' })
  async suppliers(@Root() gap: CapabilityGap, @Ctx() context: AnalysisContext) {
    return loadExisting(context.loaders.company, await gap.supplierIds());
  }
}

@Resolver(() => GapDemand)
export class GapDemandResolver {
  @FieldResolver(() => SupplyRole)
  role(@Root() demand: GapDemand, @Ctx() { loaders }: AnalysisContext) {
    return loaders.supplyRole.load(demand.roleId);
  }
}

@Resolver(() => GapCloser)
export class GapCloserResolver {
  @FieldResolver(() => Company)
  company(@Root() closer: GapCloser, @Ctx() { loaders }: AnalysisContext) {
    return loaders.company.load(closer.companyId);
  }
}

@Resolver(() => DomainRollup)
export class DomainRollupResolver {
  @FieldResolver(() => Capability)
  domain(@Root() rollup: DomainRollup, @Ctx() context: AnalysisContext) {
    return capabilityOf(rollup.domainId, context);
  }
}

@Resolver(() => SupplyChainReport)
export class SupplyChainReportResolver {
  @FieldResolver(() => Company)
  prime(@Root() report: SupplyChainReport, @Ctx() { loaders }: AnalysisContext) {
    return loaders.company.load(report.primeId);
  }
}

const regionOf = async (regionId: string | null, { catalog }: AnalysisContext): Promise<Region | null> =>
  (regionId ? (await catalog.regions()).get(regionId) ?? null : null);

@Resolver(() => ChainCompany)
export class ChainCompanyResolver {
  @FieldResolver(() => Company, { nullable: true, description: 'Null for a supplier behind a link confidential to the caller' })
  company(@Root() entry: ChainCompany, @Ctx() { loaders }: AnalysisContext) {
    return entry.companyId ? loaders.company.load(entry.companyId) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Its Kreis, shown for a confidential supplier too' })
  region(@Root() entry: ChainCompany, @Ctx() context: AnalysisContext) {
    return regionOf(entry.regionId, context);
  }

  @FieldResolver(() => Boolean, { description: 'A supplier behind a link confidential to the caller: tier and Kreis only' })
  confidential(@Root() entry: ChainCompany): boolean {
    return entry.companyId === null;
  }
}

@Resolver(() => ChainLink)
export class ChainLinkResolver {
  @FieldResolver(() => Company)
  supplier(@Root() link: ChainLink, @Ctx() { loaders }: AnalysisContext) {
    return loaders.company.load(link.supplierId);
  }

  @FieldResolver(() => Company)
  customer(@Root() link: ChainLink, @Ctx() { loaders }: AnalysisContext) {
    return loaders.company.load(link.customerId);
  }

  @FieldResolver(() => Program, { nullable: true })
  async program(@Root() link: ChainLink, @Ctx() { catalog }: AnalysisContext) {
    return (await catalog.programs()).get(link.programId) ?? null;
  }
}

@Resolver(() => SinglePointOfFailure)
export class SinglePointOfFailureResolver {
  @FieldResolver(() => Company)
  company(@Root() spof: SinglePointOfFailure, @Ctx() { loaders }: AnalysisContext) {
    return loaders.company.load(spof.companyId);
  }

  @FieldResolver(() => [Company], { description: 'The suppliers that lose every path to the prime without it' })
  cutOff(@Root() spof: SinglePointOfFailure, @Ctx() context: AnalysisContext) {
    return loadExisting(context.loaders.company, spof.cutOffIds);
  }
}

@Resolver(() => SoleCapability)
export class SoleCapabilityResolver {
  @FieldResolver(() => Capability)
  capability(@Root() sole: SoleCapability, @Ctx() context: AnalysisContext) {
    return capabilityOf(sole.capabilityId, context);
  }

  @FieldResolver(() => Company)
  company(@Root() sole: SoleCapability, @Ctx() { loaders }: AnalysisContext) {
    return loaders.company.load(sole.companyId);
  }
}

@Resolver(() => PathStep)
export class PathStepResolver {
  @FieldResolver(() => Company, { nullable: true, description: 'Null for a company behind a link confidential to the caller' })
  company(@Root() step: PathStep, @Ctx() { loaders }: AnalysisContext) {
    return step.companyId ? loaders.company.load(step.companyId) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Its Kreis, shown for a confidential company too' })
  region(@Root() step: PathStep, @Ctx() context: AnalysisContext) {
    return regionOf(step.regionId, context);
  }

  @FieldResolver(() => Boolean, { description: 'A company behind a link confidential to the caller: tier and Kreis only' })
  confidential(@Root() step: PathStep): boolean {
    return step.companyId === null;
  }
}

@Resolver(() => CapabilityConcentration)
export class CapabilityConcentrationResolver {
  @FieldResolver(() => Capability)
  capability(@Root() entry: CapabilityConcentration, @Ctx() context: AnalysisContext) {
    return capabilityOf(entry.capabilityId, context);
  }

  @FieldResolver(() => Region, { nullable: true })
  async largestRegion(@Root() entry: CapabilityConcentration, @Ctx() { catalog }: AnalysisContext) {
    return entry.largestRegionId ? (await catalog.regions()).get(entry.largestRegionId) ?? null : null;
  }

  @FieldResolver(() => Company, {
    nullable: true,
    description: 'The group (parent company, or the company itself) with the most suppliers; null when, scoped to a program or prime, '
      + 'it is tied to it only by supply links confidential to the caller (its share is still given)',
  })
  largestGroup(@Root() entry: CapabilityConcentration, @Ctx() { loaders }: AnalysisContext) {
    return entry.largestGroupId ? loaders.company.load(entry.largestGroupId) : null;
  }
}

export const ANALYSIS_RESOLVERS = [
  AnalysisResolver, CapabilityGapResolver, GapDemandResolver, GapCloserResolver, DomainRollupResolver, SupplyChainReportResolver,
  ChainCompanyResolver, ChainLinkResolver, SinglePointOfFailureResolver, SoleCapabilityResolver, PathStepResolver, CapabilityConcentrationResolver,
] as const;
