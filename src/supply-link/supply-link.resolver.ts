import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';

import { assertOwns, hasFullAccess } from '../auth/access';
import { Caller, sourceOf } from '../auth/caller';
import { Catalog } from '../catalog/catalog';
import { ForbiddenError } from '../common/errors';
import { Program } from '../catalog/catalog.type';
import { CompanyLoaders } from '../company/company.loaders';
import { Company } from '../company/company.type';
import { SupplyLinkInput } from './supply-link.input';
import { SupplyLinkService } from './supply-link.service';
import { SupplyLink } from './supply-link.type';

/** What the supply link resolver reads from the request context. */
export type SupplyLinkContext = { caller: Caller; loaders: CompanyLoaders; catalog: Catalog };

@Resolver(() => SupplyLink)
export class SupplyLinkResolver {
  constructor(private readonly supplyLinkService: SupplyLinkService) {}

  @Mutation(() => SupplyLink, { description: 'Records that supplier delivers to customer for a program (updates an existing link)' })
  addSupplyLink(@Arg('input', () => SupplyLinkInput) input: SupplyLinkInput, @Ctx() { caller }: SupplyLinkContext): Promise<SupplyLink> {
    assertOwns(caller, [input.supplierId, input.customerId], 'supplierId', 'the supply links');
    return this.supplyLinkService.add(input, sourceOf(caller), hasFullAccess(caller) ? null : caller.companyId);
  }

  @Mutation(() => SupplyLink, { description: 'Confirms a pending supply link: the end that did not enter it, or staff' })
  async confirmSupplyLink(@Arg('id', () => ID) id: string, @Ctx() { caller }: SupplyLinkContext): Promise<SupplyLink> {
    if (!hasFullAccess(caller)) {
      const ends = await this.supplyLinkService.ends(id);
      assertOwns(caller, [ends.supplierId, ends.customerId], 'id', 'the supply links');
      if (ends.pendingFrom === caller.companyId) {
        throw new ForbiddenError(`The link was entered by '${caller.companyId}': the other end or network staff confirm it`, 'id');
      }
    }
    return this.supplyLinkService.confirm(id, sourceOf(caller));
  }

  @Mutation(() => SupplyLink, {
    description: 'An end of the link (by its company key) lets other company keys see it, or withdraws that; it is shown to them when both ends do',
  })
  async setSupplyLinkShareable(
    @Arg('id', () => ID) id: string,
    @Arg('shareable', () => Boolean) shareable: boolean,
    @Ctx() { caller }: SupplyLinkContext,
  ): Promise<SupplyLink> {
    const ends = await this.supplyLinkService.ends(id);
    const side = caller.companyId === ends.supplierId ? 'supplier' : caller.companyId === ends.customerId ? 'customer' : null;
    if (!side) throw new ForbiddenError('Only the two ends of a link, each by its own company key, mark it shareable', 'id');
    return this.supplyLinkService.setShareable(id, side, shareable);
  }

  @Mutation(() => SupplyLink, { description: 'Removes a supply link; returns it as it was' })
  async removeSupplyLink(@Arg('id', () => ID) id: string, @Ctx() { caller }: SupplyLinkContext): Promise<SupplyLink> {
    if (!hasFullAccess(caller)) {
      const ends = await this.supplyLinkService.ends(id);
      assertOwns(caller, [ends.supplierId, ends.customerId], 'id', 'the supply links');
    }
    return this.supplyLinkService.remove(id);
  }

  @FieldResolver(() => Company, { nullable: true })
  supplier(@Root() link: SupplyLink, @Ctx() { loaders }: SupplyLinkContext): Promise<Company | null> {
    return loaders.company.load(link.supplierId);
  }

  @FieldResolver(() => Company, { nullable: true })
  customer(@Root() link: SupplyLink, @Ctx() { loaders }: SupplyLinkContext): Promise<Company | null> {
    return loaders.company.load(link.customerId);
  }

  @FieldResolver(() => Company, {
    nullable: true,
    description: 'The end whose company key entered the link; while PENDING the other end or staff confirm it. Null when staff, an import or the demo data entered it',
  })
  enteredBy(@Root() link: SupplyLink, @Ctx() { loaders }: SupplyLinkContext): Promise<Company | null> {
    return link.enteredBy ? loaders.company.load(link.enteredBy) : Promise.resolve(null);
  }

  @FieldResolver(() => Program, { nullable: true })
  async program(@Root() link: SupplyLink, @Ctx() { catalog }: SupplyLinkContext): Promise<Program | null> {
    return (await catalog.programs()).get(link.programId) ?? null;
  }
}
