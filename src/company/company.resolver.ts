import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { assertOwns, hasFullAccess, Permission, requireEvidenceAllowed, requireStaffFields, seesAllOf } from '../auth/access';
import { Caller, sourceOf } from '../auth/caller';
import { Catalog } from '../catalog/catalog';
import { Capability, Certification, Network, Program, Region } from '../catalog/catalog.type';
import { today } from '../common/dates';
import { PageArgs } from '../common/pagination';
import { loadExisting } from '../common/loaders';
import { validateNamedArg } from '../common/validation';
import { ReadinessLoaders } from '../readiness/readiness.loaders';
import { labelOnly } from '../readiness/readiness.service';
import { ReadinessAssessment } from '../readiness/readiness.type';
import { namedCompanies, seesLinkInFull } from '../supply-link/link-visibility';
import { SupplyLink } from '../supply-link/supply-link.type';
import { CapabilityClaimInput, CertificateInput, CompanyInput, CompanyOrder, CompanyWhere } from './company.input';
import { CompanyLoaders } from './company.loaders';
import { CompanyService } from './company.service';
import {
  CapabilityClaim, Certificate, Company, CompanyConnection, ContactPerson, HandelsregisterEntry, Membership, ProgramTier,
} from './company.type';
import { CompanyIdentifierKind, handelsregisterText } from './external-identifiers';

/** What the company resolvers read from the request context. */
export type CompanyContext = { caller: Caller; loaders: CompanyLoaders & ReadinessLoaders; catalog: Catalog };

@Resolver(() => Company)
export class CompanyResolver {
  constructor(private readonly companyService: CompanyService) {}

  @Query(() => Company, { nullable: true, description: 'A company by id, in any case (ids are stored lower-case); NOT_FOUND when there is none' })
  company(@Arg('id', () => ID) id: string): Promise<Company> {
    return this.companyService.get(id);
  }

  @Query(() => Company, {
    nullable: true,
    description: 'The company holding an external identifier, given in any case and spacing (a Handelsregister entry as "Amtsgericht Hagen HRB 1234"); null when none does',
  })
  companyByIdentifier(
    @Arg('kind', () => CompanyIdentifierKind) kind: CompanyIdentifierKind,
    @Arg('value') value: string,
  ): Promise<Company | null> {
    return this.companyService.byIdentifier(kind, value);
  }

  @Query(() => CompanyConnection, { description: 'Companies, filtered, ordered and paged' })
  companies(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => CompanyWhere, { nullable: true }) where?: CompanyWhere,
    @Arg('orderBy', () => CompanyOrder, { nullable: true }) orderBy?: CompanyOrder,
  ): Promise<CompanyConnection> {
    return this.companyService.list(where, orderBy, first ?? undefined, after ?? undefined);
  }

  @Query(() => [Company], { description: 'The prime contractors' })
  primes(): Promise<Company[]> {
    return this.companyService.primes();
  }

  @Mutation(() => Company, { description: 'Creates or updates a company' })
  upsertCompany(@Arg('input', () => CompanyInput) input: CompanyInput, @Ctx() { caller }: CompanyContext): Promise<Company> {
    assertOwns(caller, input.id, 'id');
    requireStaffFields(caller, input, ['isPrime', 'memberships']);
    return this.companyService.upsert(input, !hasFullAccess(caller));
  }

  @Authorized(Permission.CONFIRM_CLEARANCES)
  @Mutation(() => Company, { description: 'Confirms the security clearance a company declared itself (the status flag only, never a document)' })
  confirmSecurityClearance(@Arg('companyId', () => ID) companyId: string): Promise<Company> {
    return this.companyService.confirmClearance(companyId);
  }

  @Mutation(() => Company, { description: "Replaces a company's capability claims" })
  setCompanyCapabilities(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('capabilities', () => [CapabilityClaimInput], { validateFn: validateNamedArg('capabilities') }) capabilities: CapabilityClaimInput[],
    @Ctx() { caller }: CompanyContext,
  ): Promise<Company> {
    assertOwns(caller, companyId, 'companyId');
    requireEvidenceAllowed(caller, capabilities, 'capabilities');
    return this.companyService.setCapabilities(companyId, capabilities, sourceOf(caller));
  }

  @Mutation(() => Company, { description: "Replaces a company's certificates" })
  setCompanyCertifications(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('certifications', () => [CertificateInput], { validateFn: validateNamedArg('certifications') }) certifications: CertificateInput[],
    @Ctx() { caller }: CompanyContext,
  ): Promise<Company> {
    assertOwns(caller, companyId, 'companyId');
    requireEvidenceAllowed(caller, certifications, 'certifications');
    return this.companyService.setCertifications(companyId, certifications, sourceOf(caller));
  }

  @Authorized(Permission.CONFIRM_PARENT_GROUPS)
  @Mutation(() => Company, { description: 'Confirms the parent group a company named itself; matching excludes it from its group\'s roles from then on' })
  confirmParentGroup(@Arg('companyId', () => ID) companyId: string): Promise<Company> {
    return this.companyService.confirmParentGroup(companyId);
  }

  @Authorized(Permission.DELETE_COMPANIES)
  @Mutation(() => ID, { description: 'Deletes a company with its contact persons, claims, certificates, links and the supply roles it buys; returns its id' })
  deleteCompany(@Arg('id', () => ID) id: string): Promise<string> {
    return this.companyService.delete(id);
  }

  @FieldResolver(() => Region, { nullable: true })
  async region(@Root() company: Company, @Ctx() { catalog }: CompanyContext): Promise<Region | null> {
    return company.regionId ? (await catalog.regions()).get(company.regionId) ?? null : null;
  }

  @FieldResolver(() => HandelsregisterEntry, { nullable: true, description: 'Its Handelsregister entry; unique among companies' })
  handelsregister(@Root() company: Company): HandelsregisterEntry | null {
    const { handelsregisterCourt: court, handelsregisterType: registerType, handelsregisterNumber: number } = company;
    return court && registerType && number ? { court, registerType, number, text: handelsregisterText({ court, registerType, number }) } : null;
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The group the company belongs to' })
  parentGroup(@Root() company: Company, @Ctx() { loaders }: CompanyContext): Promise<Company | null> {
    return company.parentGroupId ? loaders.company.load(company.parentGroupId) : Promise.resolve(null);
  }

  @FieldResolver(() => [CapabilityClaim])
  capabilities(@Root() company: Company, @Ctx() { loaders }: CompanyContext): Promise<CapabilityClaim[]> {
    return loaders.capabilityClaims.load(company.id);
  }

  @FieldResolver(() => [Certificate])
  certifications(@Root() company: Company, @Ctx() { loaders }: CompanyContext): Promise<Certificate[]> {
    return loaders.certificates.load(company.id);
  }

  @FieldResolver(() => [Membership])
  networks(@Root() company: Company, @Ctx() { loaders }: CompanyContext): Promise<Membership[]> {
    return loaders.memberships.load(company.id);
  }

  @FieldResolver(() => [ContactPerson])
  contacts(@Root() company: Company, @Ctx() { loaders }: CompanyContext): Promise<ContactPerson[]> {
    return loaders.contacts.load(company.id);
  }

  @FieldResolver(() => [SupplyLink], { description: 'Links to the companies this company supplies (shown to its ends and staff; to other company keys when both ends marked it shareable)' })
  async customers(@Root() company: Company, @Ctx() { loaders, caller }: CompanyContext): Promise<SupplyLink[]> {
    return (await loaders.supplyLinks.load(company.id)).filter((link) => link.supplierId === company.id && seesLinkInFull(caller, link));
  }

  @FieldResolver(() => [SupplyLink], { description: 'Links from the companies that supply this company (shown to its ends and staff; to other company keys when both ends marked it shareable)' })
  async suppliers(@Root() company: Company, @Ctx() { loaders, caller }: CompanyContext): Promise<SupplyLink[]> {
    return (await loaders.supplyLinks.load(company.id)).filter((link) => link.customerId === company.id && seesLinkInFull(caller, link));
  }

  @FieldResolver(() => ReadinessAssessment, { nullable: true, description: 'Its latest Defence Ready assessment' })
  async readiness(@Root() company: Company, @Ctx() { loaders, caller }: CompanyContext): Promise<ReadinessAssessment | null> {
    const assessment = await loaders.latestReadiness.load(company.id);
    return assessment && !seesAllOf(caller, company.id) ? labelOnly(assessment) : assessment;
  }

  @FieldResolver(() => [ProgramTier], { description: 'Its tier in each program it supplies into, shallowest chain' })
  tiers(@Root() company: Company, @Ctx() { loaders }: CompanyContext): Promise<ProgramTier[]> {
    return loaders.programTiers.load(company.id);
  }
}

@Resolver(() => CapabilityClaim)
export class CapabilityClaimResolver {
  @FieldResolver(() => Capability)
  async capability(@Root() claim: CapabilityClaim, @Ctx() { catalog }: CompanyContext): Promise<Capability | undefined> {
    return (await catalog.capabilities()).get(claim.capabilityId);
  }
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @FieldResolver(() => Certification)
  async certification(@Root() certificate: Certificate, @Ctx() { catalog }: CompanyContext): Promise<Certification | undefined> {
    return (await catalog.certifications()).get(certificate.certificationId);
  }

  @FieldResolver(() => Boolean, { description: 'Valid today (no end date, or ends today or later)' })
  isValid(@Root() certificate: Certificate): boolean {
    const on = today();
    return (!certificate.validFrom || certificate.validFrom <= on) && (!certificate.validUntil || certificate.validUntil >= on);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Network)
  async network(@Root() membership: Membership, @Ctx() { catalog }: CompanyContext): Promise<Network | undefined> {
    return (await catalog.networks()).get(membership.networkId);
  }
}

const namedInChain = (tier: ProgramTier, caller: Caller) => namedCompanies(caller, tier.chainLinks, [tier.chainIds[0], tier.primeId, caller.companyId]);

@Resolver(() => ProgramTier)
export class ProgramTierResolver {
  @FieldResolver(() => Program)
  async program(@Root() tier: ProgramTier, @Ctx() { catalog }: CompanyContext): Promise<Program | undefined> {
    return (await catalog.programs()).get(tier.programId);
  }

  @FieldResolver(() => Company)
  prime(@Root() tier: ProgramTier, @Ctx() { loaders }: CompanyContext): Promise<Company | null> {
    return loaders.company.load(tier.primeId);
  }

  @FieldResolver(() => Company, {
    nullable: true,
    description: 'The customer one step up the chain: "Tier-2 under X"; null when that link is confidential to the caller',
  })
  under(@Root() tier: ProgramTier, @Ctx() { loaders, caller }: CompanyContext): Promise<Company | null> {
    return namedInChain(tier, caller).has(tier.chainIds[1]) ? loaders.company.load(tier.chainIds[1]) : Promise.resolve(null);
  }

  @FieldResolver(() => [Company], {
    description: 'The chain from this company up to the prime, both included; companies behind a link confidential to the caller are left out',
  })
  async chain(@Root() tier: ProgramTier, @Ctx() { loaders, caller }: CompanyContext): Promise<Company[]> {
    const named = namedInChain(tier, caller);
    return loadExisting(loaders.company, tier.chainIds.filter((id) => named.has(id)));
  }
}

@Resolver(() => CompanyConnection)
export class CompanyConnectionResolver {
  @FieldResolver(() => Int, { description: 'All matching companies; counted only when asked for' })
  totalCount(@Root() connection: CompanyConnection): Promise<number> {
    return connection.countTotal();
  }
}
