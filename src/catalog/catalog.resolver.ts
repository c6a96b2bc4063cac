import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Permission } from '../auth/access';

import { CompanyLoaders } from '../company/company.loaders';
import { Company } from '../company/company.type';
import { NotFoundError } from '../common/errors';
import { loadExisting } from '../common/loaders';
import { SupplyRoleLoaders } from '../supply-role/supply-role.loaders';
import { SupplyRole } from '../supply-role/supply-role.type';
import { Catalog } from './catalog';
import { CapabilityInput, CertificationInput, NetworkInput, ProgramInput, RegionInput } from './catalog.input';
import { CatalogLoaders } from './catalog.loaders';
import { CatalogService } from './catalog.service';
import { Capability, Certification, Network, Program, Region } from './catalog.type';

/** What the catalogue resolvers read from the request context. */
export type CatalogContext = { loaders: CompanyLoaders & SupplyRoleLoaders & CatalogLoaders; catalog: Catalog };

@Resolver(() => Capability)
export class CapabilityResolver {
  @Query(() => [Capability], {
    description: 'The capability taxonomy: all capabilities, or those below a domain, or only the top domains',
  })
  async capabilities(
    @Ctx() { catalog }: CatalogContext,
    @Arg('domainId', () => ID, { nullable: true }) domainId?: string,
    @Arg('rootsOnly', { nullable: true, defaultValue: false }) rootsOnly?: boolean,
  ): Promise<Capability[]> {
    const tree = await catalog.capabilities();
    if (domainId && !tree.get(domainId)) throw new NotFoundError('Capability', domainId, 'domainId');
    if (rootsOnly) return tree.roots();
    return tree.all.filter((capability) => !domainId || tree.root(capability).id === domainId);
  }

  @FieldResolver(() => Capability, { nullable: true, description: 'The broader capability' })
  async parent(@Root() capability: Capability, @Ctx() { catalog }: CatalogContext): Promise<Capability | null> {
    return (await catalog.capabilities()).parent(capability);
  }

  @FieldResolver(() => [Capability], { description: 'The narrower capabilities' })
  async children(@Root() capability: Capability, @Ctx() { catalog }: CatalogContext): Promise<Capability[]> {
    return (await catalog.capabilities()).children(capability);
  }

  @FieldResolver(() => Capability, { description: 'The top domain this capability belongs to (itself for a domain)' })
  async domain(@Root() capability: Capability, @Ctx() { catalog }: CatalogContext): Promise<Capability> {
    return (await catalog.capabilities()).root(capability);
  }

  @FieldResolver(() => Int, { description: '0 for a domain, 1 for its children, ...' })
  async depth(@Root() capability: Capability, @Ctx() { catalog }: CatalogContext): Promise<number> {
    return (await catalog.capabilities()).ancestry(capability).length - 1;
  }
}

@Resolver(() => Certification)
export class CertificationResolver {
  @Query(() => [Certification], { description: 'The certification catalogue' })
  async certifications(@Ctx() { catalog }: CatalogContext): Promise<Certification[]> {
    return [...(await catalog.certifications()).values()];
  }

  @FieldResolver(() => [Certification], { description: 'Certifications this one includes: a holder of AQAP 2110 also meets ISO 9001' })
  async includes(@Root() certification: Certification, @Ctx() { catalog }: CatalogContext): Promise<Certification[]> {
    const all = await catalog.certifications();
    return certification.includedIds.flatMap((id) => all.get(id) ?? []);
  }
}

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => [Program], { description: 'Procurement programs, by name' })
  async programs(@Ctx() { catalog }: CatalogContext): Promise<Program[]> {
    return [...(await catalog.programs()).values()];
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The prime that leads the program' })
  prime(@Root() program: Program, @Ctx() { loaders }: CatalogContext): Promise<Company | null> {
    return program.primeId ? loaders.company.load(program.primeId) : Promise.resolve(null);
  }

  @FieldResolver(() => [SupplyRole], { description: 'The supply roles of the program, soonest deadline first' })
  async supplyRoles(@Root() program: Program, @Ctx() { loaders }: CatalogContext): Promise<SupplyRole[]> {
    return loadExisting(loaders.supplyRole, await loaders.supplyRoleIdsOfProgram.load(program.id));
  }
}

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network], { description: 'Networks, clusters and chapters, by name' })
  async networks(@Ctx() { catalog }: CatalogContext): Promise<Network[]> {
    return [...(await catalog.networks()).all];
  }

  @FieldResolver(() => Network, { nullable: true })
  async parent(@Root() network: Network, @Ctx() { catalog }: CatalogContext): Promise<Network | null> {
    return (await catalog.networks()).parent(network);
  }

  @FieldResolver(() => [Network], { description: 'Sub-networks' })
  async children(@Root() network: Network, @Ctx() { catalog }: CatalogContext): Promise<Network[]> {
    return (await catalog.networks()).children(network);
  }

  @FieldResolver(() => [Company], { description: 'Members, including members of sub-networks, by name' })
  async members(@Root() network: Network, @Ctx() { loaders }: CatalogContext): Promise<Company[]> {
    return loadExisting(loaders.company, await loaders.memberIdsOfNetwork.load(network.id));
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'Regions: Länder, Regierungsbezirke, Kreise and kreisfreie Städte' })
  async regions(@Ctx() { catalog }: CatalogContext): Promise<Region[]> {
    return [...(await catalog.regions()).all];
  }

  @FieldResolver(() => Region, { nullable: true })
  async parent(@Root() region: Region, @Ctx() { catalog }: CatalogContext): Promise<Region | null> {
    return (await catalog.regions()).parent(region);
  }

  @FieldResolver(() => [Region])
  async children(@Root() region: Region, @Ctx() { catalog }: CatalogContext): Promise<Region[]> {
    return (await catalog.regions()).children(region);
  }
}

/** Catalogue management: network staff create and replace taxonomy, certifications, networks, programs and regions. */
@Resolver()
export class CatalogManagementResolver {
  constructor(private readonly catalogService: CatalogService) {}

  @Authorized(Permission.MANAGE_CATALOG)
  @Mutation(() => Capability, {
    description: 'Creates a capability or replaces it (rename, move in the taxonomy, codes); a move that would make a cycle is refused',
  })
  async upsertCapability(@Arg('input', () => CapabilityInput) input: CapabilityInput, @Ctx() { catalog }: CatalogContext): Promise<Capability> {
    await this.catalogService.upsert('capabilities', input);
    return this.written(catalog, 'Capability', input.id, async () => (await catalog.capabilities()).get(input.id));
  }

  @Authorized(Permission.MANAGE_CATALOG)
  @Mutation(() => ID, {
    description: 'Removes a capability; refused (CONFLICT) while companies claim it or supply roles require it, unless replacementId names where they move, and while it has narrower capabilities. Returns its id',
  })
  async retireCapability(
    @Arg('id', () => ID) id: string,
    @Arg('replacementId', () => ID, { nullable: true }) replacementId: string | null,
    @Ctx() { catalog }: CatalogContext,
  ): Promise<string> {
    await this.catalogService.retireCapability(id, replacementId ?? null);
    catalog.forget();
    return id;
  }

  @Authorized(Permission.MANAGE_CATALOG)
  @Mutation(() => Certification, { description: 'Creates a certification or replaces it, with what it includes; an inclusion cycle is refused' })
  async upsertCertification(@Arg('input', () => CertificationInput) input: CertificationInput, @Ctx() { catalog }: CatalogContext): Promise<Certification> {
    await this.catalogService.upsert('certifications', input);
    return this.written(catalog, 'Certification', input.id, async () => (await catalog.certifications()).get(input.id));
  }

  @Authorized(Permission.MANAGE_CATALOG)
  @Mutation(() => Network, { description: 'Creates a network or replaces it, with its kind and parent network; a cycle is refused' })
  async upsertNetwork(@Arg('input', () => NetworkInput) input: NetworkInput, @Ctx() { catalog }: CatalogContext): Promise<Network> {
    await this.catalogService.upsert('networks', input);
    return this.written(catalog, 'Network', input.id, async () => (await catalog.networks()).get(input.id));
  }

  @Authorized(Permission.MANAGE_CATALOG)
  @Mutation(() => Program, { description: 'Creates a procurement program or replaces it, with its prime, customer and domain' })
  async upsertProgram(@Arg('input', () => ProgramInput) input: ProgramInput, @Ctx() { catalog }: CatalogContext): Promise<Program> {
    await this.catalogService.upsert('programs', input);
    return this.written(catalog, 'Program', input.id, async () => (await catalog.programs()).get(input.id));
  }

  @Authorized(Permission.MANAGE_CATALOG)
  @Mutation(() => Region, { description: 'Creates a region or replaces it, with its kind, parent, AGS and NUTS; a cycle is refused' })
  async upsertRegion(@Arg('input', () => RegionInput) input: RegionInput, @Ctx() { catalog }: CatalogContext): Promise<Region> {
    await this.catalogService.upsert('regions', input);
    return this.written(catalog, 'Region', input.id, async () => (await catalog.regions()).get(input.id));
  }

  /** The entry just written, read afresh: a catalogue read earlier in the request no longer holds. */
  private async written<T>(catalog: Catalog, entity: string, id: string, find: () => Promise<T | undefined>): Promise<T> {
    catalog.forget();
    const entry = await find();
    if (!entry) throw new NotFoundError(entity, id, 'id');
    return entry;
  }
}
