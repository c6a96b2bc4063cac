import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { assertOwns, hasFullAccess } from '../auth/access';
import { Capability, Certification, Program, Region } from '../catalog/catalog.type';
import { PageArgs } from '../common/pagination';
import { Company } from '../company/company.type';
import { Context } from '../graphql/context';
import { SupplyRoleInput, SupplyRoleWhere } from './supply-role.input';
import { CapabilityRequirement, CertificationRequirement, SupplyRole, SupplyRoleConnection } from './supply-role.type';

@Resolver(() => SupplyRole)
export class SupplyRoleResolver {
  @Query(() => SupplyRole, { nullable: true, description: 'A supply role by id; NOT_FOUND when there is none' })
  supplyRole(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<SupplyRole> {
    return services.supplyRole.get(id);
  }

  @Query(() => SupplyRoleConnection, { description: 'Supply roles, soonest deadline first' })
  supplyRoles(
    @Ctx() { services }: Context,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => SupplyRoleWhere, { nullable: true }) where?: SupplyRoleWhere,
  ): Promise<SupplyRoleConnection> {
    return services.supplyRole.list(where, first ?? undefined, after ?? undefined);
  }

  @Mutation(() => SupplyRole, { description: 'Creates or replaces a supply role with its requirements' })
  async upsertSupplyRole(@Arg('input', () => SupplyRoleInput) input: SupplyRoleInput, @Ctx() { services, caller, loaders }: Context): Promise<SupplyRole> {
    assertOwns(caller, input.buyerId, 'buyerId', 'the roles bought by');
    const existing = hasFullAccess(caller) ? null : await loaders.supplyRole.load(input.id);
    if (existing?.buyerId) assertOwns(caller, existing.buyerId, 'id', 'the roles bought by');
    return services.supplyRole.upsert(input);
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The company that buys' })
  buyer(@Root() role: SupplyRole, @Ctx() { loaders }: Context): Promise<Company | null> {
    return role.buyerId ? loaders.company.load(role.buyerId) : Promise.resolve(null);
  }

  @FieldResolver(() => Program, { nullable: true })
  async program(@Root() role: SupplyRole, @Ctx() { catalog }: Context): Promise<Program | null> {
    return role.programId ? (await catalog.programs()).get(role.programId) ?? null : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Preferred region of the supplier' })
  async preferredRegion(@Root() role: SupplyRole, @Ctx() { catalog }: Context): Promise<Region | null> {
    return role.regionId ? (await catalog.regions()).get(role.regionId) ?? null : null;
  }
}

@Resolver(() => CapabilityRequirement)
export class CapabilityRequirementResolver {
  @FieldResolver(() => Capability)
  async capability(@Root() need: CapabilityRequirement, @Ctx() { catalog }: Context): Promise<Capability | undefined> {
    return (await catalog.capabilities()).get(need.capabilityId);
  }
}

@Resolver(() => CertificationRequirement)
export class CertificationRequirementResolver {
  @FieldResolver(() => Certification)
  async certification(@Root() need: CertificationRequirement, @Ctx() { catalog }: Context): Promise<Certification | undefined> {
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
