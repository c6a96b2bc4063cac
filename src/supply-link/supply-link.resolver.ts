import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import { assertOwns, hasFullAccess } from '../auth/access';
import { Program } from '../catalog/catalog.type';
import { Company } from '../company/company.type';
import { sourceOf } from '../graphql/caller';
import { Context } from '../graphql/context';
import { SupplyLinkInput } from './supply-link.input';
import { SupplyLink } from './supply-link.type';

@Resolver(() => SupplyLink)
export class SupplyLinkResolver {
  @Mutation(() => SupplyLink, { description: 'Records that supplier delivers to customer for a program (updates an existing link)' })
  addSupplyLink(@Arg('input', () => SupplyLinkInput) input: SupplyLinkInput, @Ctx() { services, caller }: Context): Promise<SupplyLink> {
    assertOwns(caller, [input.supplierId, input.customerId], 'supplierId', 'the supply links');
    return services.supplyLink.add(input, sourceOf(caller));
  }

  @Mutation(() => SupplyLink, { description: 'Removes a supply link; returns it as it was' })
  async removeSupplyLink(@Arg('id', () => ID) id: string, @Ctx() { services, caller }: Context): Promise<SupplyLink> {
    if (!hasFullAccess(caller)) {
      const ends = await services.supplyLink.ends(id);
      assertOwns(caller, [ends.supplierId, ends.customerId], 'id', 'the supply links');
    }
    return services.supplyLink.remove(id);
  }

  @FieldResolver(() => Company, { nullable: true })
  supplier(@Root() link: SupplyLink, @Ctx() { loaders }: Context): Promise<Company | null> {
    return loaders.company.load(link.supplierId);
  }

  @FieldResolver(() => Company, { nullable: true })
  customer(@Root() link: SupplyLink, @Ctx() { loaders }: Context): Promise<Company | null> {
    return loaders.company.load(link.customerId);
  }

  @FieldResolver(() => Program, { nullable: true })
  async program(@Root() link: SupplyLink, @Ctx() { catalog }: Context): Promise<Program | null> {
    return (await catalog.programs()).get(link.programId) ?? null;
  }
}
