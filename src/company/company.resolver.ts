import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { assertOwns, Permission, requireEvidenceAllowed, requireStaffFields, seesAllOf } from '../auth/access';
import { Capability, Certification, Network, Program, Region } from '../catalog/catalog.type';
import { today } from '../common/dates';
import { PageArgs } from '../common/pagination';
import { sourceOf } from '../graphql/caller';
import { Context } from '../graphql/context';
import { loadExisting } from '../graphql/loaders';
import { validateNamedArg } from '../graphql/validation';
import { labelOnly } from '../readiness/readiness.service';
import { ReadinessAssessment } from '../readiness/readiness.type';
import { SupplyLink } from '../supply-link/supply-link.type';
import { CapabilityClaimInput, CertificateInput, CompanyInput, CompanyOrder, CompanyWhere } from './company.input';
import {
  CapabilityClaim, Certificate, Company, CompanyConnection, ContactPerson, Membership, ProgramTier,
} from './company.type';

@Resolver(() => Company)
export class CompanyResolver {
  @Query(() => Company, { nullable: true, description: 'A company by id; NOT_FOUND when there is none' })
  company(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<Company> {
    return services.company.get(id);
  }

  @Query(() => CompanyConnection, { description: 'Companies, filtered, ordered and paged' })
  companies(
    @Ctx() { services }: Context,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => CompanyWhere, { nullable: true }) where?: CompanyWhere,
    @Arg('orderBy', () => CompanyOrder, { nullable: true }) orderBy?: CompanyOrder,
  ): Promise<CompanyConnection> {
    return services.company.list(where, orderBy, first ?? undefined, after ?? undefined);
  }

  @Query(() => [Company], { description: 'The prime contractors' })
  primes(@Ctx() { services }: Context): Promise<Company[]> {
    return services.company.primes();
  }

  @Mutation(() => Company, { description: 'Creates or updates a company' })
  upsertCompany(@Arg('input', () => CompanyInput) input: CompanyInput, @Ctx() { services, caller }: Context): Promise<Company> {
    assertOwns(caller, input.id, 'id');
    requireStaffFields(caller, input, ['isPrime', 'memberships']);
    return services.company.upsert(input);
  }

  @Mutation(() => Company, { description: "Replaces a company's capability claims" })
  setCompanyCapabilities(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('capabilities', () => [CapabilityClaimInput], { validateFn: validateNamedArg('capabilities') }) capabilities: CapabilityClaimInput[],
    @Ctx() { services, caller }: Context,
  ): Promise<Company> {
    assertOwns(caller, companyId, 'companyId');
    requireEvidenceAllowed(caller, capabilities, 'capabilities');
    return services.company.setCapabilities(companyId, capabilities, sourceOf(caller));
  }

  @Mutation(() => Company, { description: "Replaces a company's certificates" })
  setCompanyCertifications(
    @Arg('companyId', () => ID) companyId: string,
    @Arg('certifications', () => [CertificateInput], { validateFn: validateNamedArg('certifications') }) certifications: CertificateInput[],
    @Ctx() { services, caller }: Context,
  ): Promise<Company> {
    assertOwns(caller, companyId, 'companyId');
    requireEvidenceAllowed(caller, certifications, 'certifications');
    return services.company.setCertifications(companyId, certifications, sourceOf(caller));
  }

  @Authorized(Permission.DELETE_COMPANIES)
  @Mutation(() => ID, { description: 'Deletes a company with its contact persons, claims, certificates, links and the supply roles it buys; returns its id' })
  deleteCompany(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<string> {
    return services.company.delete(id);
  }

  @FieldResolver(() => Region, { nullable: true })
  async region(@Root() company: Company, @Ctx() { catalog }: Context): Promise<Region | null> {
    return company.regionId ? (await catalog.regions()).get(company.regionId) ?? null : null;
  }

  @FieldResolver(() => Company, { nullable: true, description: 'The group the company belongs to' })
  parentGroup(@Root() company: Company, @Ctx() { loaders }: Context): Promise<Company | null> {
    return company.parentGroupId ? loaders.company.load(company.parentGroupId) : Promise.resolve(null);
  }

  @FieldResolver(() => [CapabilityClaim])
  capabilities(@Root() company: Company, @Ctx() { loaders }: Context): Promise<CapabilityClaim[]> {
    return loaders.capabilityClaims.load(company.id);
  }

  @FieldResolver(() => [Certificate])
  certifications(@Root() company: Company, @Ctx() { loaders }: Context): Promise<Certificate[]> {
    return loaders.certificates.load(company.id);
  }

  @FieldResolver(() => [Membership])
  networks(@Root() company: Company, @Ctx() { loaders }: Context): Promise<Membership[]> {
    return loaders.memberships.load(company.id);
  }

  @FieldResolver(() => [ContactPerson])
  contacts(@Root() company: Company, @Ctx() { loaders }: Context): Promise<ContactPerson[]> {
    return loaders.contacts.load(company.id);
  }

  @FieldResolver(() => [SupplyLink], { description: 'Links to the companies this company supplies' })
  async customers(@Root() company: Company, @Ctx() { loaders }: Context): Promise<SupplyLink[]> {
    return (await loaders.supplyLinks.load(company.id)).filter((link) => link.supplierId === company.id);
  }

  @FieldResolver(() => [SupplyLink], { description: 'Links from the companies that supply this company' })
  async suppliers(@Root() company: Company, @Ctx() { loaders }: Context): Promise<SupplyLink[]> {
    return (await loaders.supplyLinks.load(company.id)).filter((link) => link.customerId === company.id);
  }

  @FieldResolver(() => ReadinessAssessment, { nullable: true, description: 'Its latest Defence Ready assessment' })
  async readiness(@Root() company: Company, @Ctx() { loaders, caller }: Context): Promise<ReadinessAssessment | null> {
    const assessment = await loaders.latestReadiness.load(company.id);
    return assessment && !seesAllOf(caller, company.id) ? labelOnly(assessment) : assessment;
  }

  @FieldResolver(() => [ProgramTier], { description: 'Its tier in each program it supplies into, shallowest chain' })
  tiers(@Root() company: Company, @Ctx() { loaders }: Context): Promise<ProgramTier[]> {
    return loaders.programTiers.load(company.id);
  }
}

@Resolver(() => CapabilityClaim)
export class CapabilityClaimResolver {
  @FieldResolver(() => Capability)
  async capability(@Root() claim: CapabilityClaim, @Ctx() { catalog }: Context): Promise<Capability | undefined> {
    return (await catalog.capabilities()).get(claim.capabilityId);
  }
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @FieldResolver(() => Certification)
  async certification(@Root() certificate: Certificate, @Ctx() { catalog }: Context): Promise<Certification | undefined> {
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
  async network(@Root() membership: Membership, @Ctx() { catalog }: Context): Promise<Network | undefined> {
    return (await catalog.networks()).get(membership.networkId);
  }
}

@Resolver(() => ProgramTier)
export class ProgramTierResolver {
  @FieldResolver(() => Program)
  async program(@Root() tier: ProgramTier, @Ctx() { catalog }: Context): Promise<Program | undefined> {
    return (await catalog.programs()).get(tier.programId);
  }

  @FieldResolver(() => Company)
  prime(@Root() tier: ProgramTier, @Ctx() { loaders }: Context): Promise<Company | null> {
    return loaders.company.load(tier.primeId);
  }

  @FieldResolver(() => Company, { description: 'The customer one step up the chain: "Tier-2 under X"' })
  under(@Root() tier: ProgramTier, @Ctx() { loaders }: Context): Promise<Company | null> {
    return loaders.company.load(tier.chainIds[1]);
  }

  @FieldResolver(() => [Company], { description: 'The chain from this company up to the prime, both included' })
  async chain(@Root() tier: ProgramTier, @Ctx() { loaders }: Context): Promise<Company[]> {
    return loadExisting(loaders.company, tier.chainIds);
  }
}

@Resolver(() => CompanyConnection)
export class CompanyConnectionResolver {
  @FieldResolver(() => Int, { description: 'All matching companies; counted only when asked for' })
  totalCount(@Root() connection: CompanyConnection): Promise<number> {
    return connection.countTotal();
  }
}
