import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { assertOwns } from '../auth/access';
import { Caller } from '../auth/caller';
import { Catalog } from '../catalog/catalog';
import { Capability, Certification, Program, Region } from '../catalog/catalog.type';
import { PageArgs } from '../common/pagination';
import { CompanyLoaders } from '../company/company.loaders';
import { Company } from '../company/company.type';
import { SupplyRoleInput, SupplyRoleWhere } from './supply-role.input';
import { SupplyRoleLoaders } from './supply-role.loaders';
import { SupplyRoleService } from './supply-role.service';
import { CapabilityRequirement, CertificationRequirement, SupplyRole, SupplyRoleConnection } from './supply-role.type';

/** What the supply role resolvers read from the request context. */
export type SupplyRoleContext = { caller: Caller; loaders: CompanyLoaders & SupplyRoleLoaders; catalog: Catalog };

@Resolver(() => SupplyRole)
export class SupplyRoleResolver {
  constructor(private readonly supplyRoleService: SupplyRoleService) {}

  @Query(() => SupplyRole, { nullable: true, description: 'A supply role by id; NOT_FOUND when there is none' })
  supplyRole(@Arg('id', () => ID) id: string): Promise<SupplyRole> {
    return this.supplyRoleService.get(id);
  }

  @Query(() => SupplyRoleConnection, { description: 'Supply roles, soonest deadline first' })
  supplyRoles(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => SupplyRoleWhere, { nullable: true }) where?: SupplyRoleWhere,
  ): Promise<SupplyRoleConnection> {
    return this.supplyRoleService.list(where, first ?? undefined, after ?? undefined);
  }

  @Mutation(() => SupplyRole, { description: 'Creates or replaces a supply role with its requirements' })
  upsertSupplyRole(@Arg('input', () => SupplyRoleInput) input: SupplyRoleInput, @Ctx() { caller }: SupplyRoleContext): Promise<SupplyRole> {
    assertOwns(caller, input.buyerId, 'buyerId', 'the roles bought by');
    return this.supplyRoleService.upsert(input, (previousBuyerId) => assertOwns(caller, previousBuyerId, 'id', 'the roles bought by'));
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The company that buys' })
  buyer(@Root() role: SupplyRole, @Ctx() { loaders }: SupplyRoleContext): Promise<Company | null> {
    return role.buyerId ? loaders.company.load(role.buyerId) : Promise.resolve(null);
  }

  @FieldResolver(() => Program, { nullable: true })
  async program(@Root() role: SupplyRole, @Ctx() { catalog }: SupplyRoleContext): Promise<Program | null> {
    return role.programId ? (await catalog.programs()).get(role.programId) ?? null : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Preferred region of the supplier' })
  async preferredRegion(@Root() role: SupplyRole, @Ctx() { catalog }: SupplyRoleContext): Promise<Region | null> {
    return role.regionId ? (await catalog.regions()).get(role.regionId) ?? null : null;
  }
}

@Resolver(() => CapabilityRequirement)
export class CapabilityRequirementResolver {
  @FieldResolver(() => Capability)
  async capability(@Root() need: CapabilityRequirement, @Ctx() { catalog }: SupplyRoleContext): Promise<Capability | undefined> {
    return (await catalog.capabilities()).get(need.capabilityId);
  }
}

@Resolver(() => CertificationRequirement)
export class CertificationRequirementResolver {
  @FieldResolver(() => Certification)
  async certification(@Root() need: CertificationRequirement, @Ctx() { catalog }: SupplyRoleContext): Promise<Certification | undefined> {
    return (await catalog.certifications()).get(need.certificationId);
  }
}

@Resolver(() => SupplyRoleConnection)
export class SupplyRoleConnectionResolver {
  @FieldResolver(() => Int, { description: 'All matching roles; counted only when asked for' })
  totalCount(@Root() connection: SupplyRoleConnection): Promise<number> {
    return connection.countTotal();
  }
}
