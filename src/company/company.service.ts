import { BadUserInputError, NotFoundError } from '../common/errors';
import { CompanyOrderField, SortDirection } from '../common/enums';
import { toConnectionParts, toPage } from '../common/pagination';
import { assertUnique } from '../common/validation';
import { Reference } from '../db/references';
import { CapabilityClaimInput, CertificateInput, CompanyInput, CompanyOrder, CompanyWhere } from './company.input';
import { CompanyRepository, toCompanyFilter } from './company.repository';
import { Company, CompanyConnection } from './company.type';
import {
  CompanyIdentifierKind, handelsregisterProperties, IdentifierProperties, identifierLookup, normaliseDunsNumber, normaliseHandelsregister,
  normaliseNcageCode, normaliseVatId,
} from './external-identifiers';

/** The identifier properties an input sets, in their stored forms; those it leaves out stay as they are, null clears. */
function identifierPropertiesOf(input: CompanyInput): Partial<IdentifierProperties> {
  const properties: Partial<IdentifierProperties> = {};
  if (input.ncageCode !== undefined) properties.ncageCode = input.ncageCode && normaliseNcageCode(input.ncageCode);
  if (input.vatId !== undefined) properties.vatId = input.vatId && normaliseVatId(input.vatId);
  if (input.dunsNumber !== undefined) properties.dunsNumber = input.dunsNumber && normaliseDunsNumber(input.dunsNumber);
  if (input.handelsregister !== undefined) {
    Object.assign(properties, handelsregisterProperties(input.handelsregister && normaliseHandelsregister(input.handelsregister)));
  }
  return properties;
}

export class CompanyService {
  constructor(private readonly repository: CompanyRepository) {}

  async get(id: string): Promise<Company> {
    const [company] = await this.repository.byIds([id]);
    if (!company) throw new NotFoundError('Company', id, 'id');
    return company;
  }

  /** The company holding an identifier, given in any spelling of its format; null when none does. */
  async byIdentifier(kind: CompanyIdentifierKind, value: string): Promise<Company | null> {
    let identifier: ReturnType<typeof identifierLookup>;
    try {
      identifier = identifierLookup(kind, value);
    } catch (error) {
      throw new BadUserInputError('value', (error as Error).message);
    }
    const [holder] = await this.repository.identifierHolders([identifier]);
    return holder ? this.get(holder.companyId) : null;
  }

  async list(where: CompanyWhere | undefined, orderBy: CompanyOrder | undefined, first?: number, after?: string): Promise<CompanyConnection> {
    const page = toPage(first, after);
    const filter = toCompanyFilter(where);
    if (filter.minLevel !== 1 && !filter.capabilityId) {
      throw new BadUserInputError('where.minLevel', 'needs where.capabilityId');
    }
    const order = { field: orderBy?.field ?? CompanyOrderField.NAME, descending: orderBy?.direction === SortDirection.DESC };
    const rows = await this.repository.list(filter, order, page);
    return { ...toConnectionParts(rows, page), countTotal: () => this.repository.count(filter) };
  }

  primes(): Promise<Company[]> {
    return this.repository.primes();
  }

  /** Creates or updates a company; `selfDeclared` (a company key) leaves a changed clearance and a new parent group PENDING for staff. */
  async upsert(input: CompanyInput, selfDeclared: boolean): Promise<Company> {
    if (input.parentGroupId && input.parentGroupId === input.id) {
      throw new BadUserInputError('parentGroupId', 'a company cannot be its own parent group');
    }
    assertUnique(input.memberships ?? [], (m) => m.networkId, (i) => `memberships[${i}].networkId`);
    assertUnique(input.contacts ?? [], (p) => p.id, (i) => `contacts[${i}].id`);
    const references: Reference[] = [
      ...(input.regionId ? [{ kind: 'regions' as const, id: input.regionId, field: 'regionId' }] : []),
      ...(input.parentGroupId ? [{ kind: 'companies' as const, id: input.parentGroupId, field: 'parentGroupId' }] : []),
      ...(input.memberships ?? []).map((m, i) => ({ kind: 'networks' as const, id: m.networkId, field: `memberships[${i}].networkId` })),
    ];
    await this.repository.upsert(input, references, selfDeclared, identifierPropertiesOf(input));
    return this.get(input.id);
  }

  async confirmClearance(id: string): Promise<Company> {
    if (!(await this.repository.confirmClearance(id))) throw new NotFoundError('Company', id, 'companyId');
    return this.get(id);
  }

  async setCapabilities(companyId: string, claims: CapabilityClaimInput[], source: string): Promise<Company> {
    assertUnique(claims, (c) => c.capabilityId, (i) => `capabilities[${i}].capabilityId`);
    const references: Reference[] = [
      { kind: 'companies', id: companyId, field: 'companyId' },
      ...claims.map((c, i) => ({ kind: 'capabilities' as const, id: c.capabilityId, field: `capabilities[${i}].capabilityId` })),
    ];
    await this.repository.setCapabilityClaims(companyId, claims, source, references);
    return this.get(companyId);
  }

  async setCertifications(companyId: string, certificates: CertificateInput[], source: string): Promise<Company> {
    assertUnique(certificates, (c) => c.certificationId, (i) => `certifications[${i}].certificationId`);
    certificates.forEach((certificate, i) => {
      if (certificate.validFrom && certificate.validUntil && certificate.validUntil < certificate.validFrom) {
        throw new BadUserInputError(`certifications[${i}].validUntil`, 'must not be before validFrom');
      }
    });
    const references: Reference[] = [
      { kind: 'companies', id: companyId, field: 'companyId' },
      ...certificates.map((c, i) => ({ kind: 'certifications' as const, id: c.certificationId, field: `certifications[${i}].certificationId` })),
    ];
    await this.repository.setCertificates(companyId, certificates, source, references);
    return this.get(companyId);
  }

  async confirmParentGroup(id: string): Promise<Company> {
    if (!(await this.repository.confirmParentGroup(id))) throw new NotFoundError('Company', id, 'companyId');
    return this.get(id);
  }

  async delete(id: string): Promise<string> {
    if (!(await this.repository.delete(id))) throw new NotFoundError('Company', id, 'id');
    return id;
  }
}
