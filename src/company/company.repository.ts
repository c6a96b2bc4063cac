import { CompanyOrderField, ConfirmationStatus, EVIDENCE_RANK, ExportControlStatus, SecurityClearance } from '../common/enums';
import { BadUserInputError, UniquenessConflictError } from '../common/errors';
import { groupBy } from '../common/grouping';
import { Page } from '../common/pagination';
import { Executor, QueryRunner } from '../db/executor';
import { QueryName } from '../db/query-names';
import { assertReferencesExist, Reference } from '../db/references';
import { SupplyLink } from '../supply-link/supply-link.type';
import { CapabilityClaimInput, CertificateInput, CompanyInput, CompanyWhere } from './company.input';
import { CapabilityClaim, Certificate, Company, ContactPerson, Membership, ProgramTier } from './company.type';
import {
  IdentifierConflictError, IdentifierHolder, IdentifierProperties, identifierText, UNIQUE_IDENTIFIERS, UniqueIdentifierProperty,
} from './external-identifiers';

/** The unique identifiers among the properties a write sets, to look up who else holds them. */
const uniqueIdentifiersIn = (identifiers: Partial<IdentifierProperties>) => UNIQUE_IDENTIFIERS
  .map(({ property }) => ({ property, value: identifiers[property] }))
  .filter((identifier): identifier is { property: UniqueIdentifierProperty; value: string } => typeof identifier.value === 'string');

const heldElsewhere = (companyId: string, holders: IdentifierHolder[]) => holders.find((holder) => holder.companyId !== companyId);

export interface CompanyFilter {
  nameContains: string | null;
  sizeClasses: string[] | null;
  isPrime: boolean | null;
  city: string | null;
  regionId: string | null;
  networkId: string | null;
  capabilityId: string | null;
  minLevel: number;
  certificationId: string | null;
  near: { latitude: number; longitude: number; radiusKm: number } | null;
}

export function toCompanyFilter(where: CompanyWhere | null | undefined): CompanyFilter {
  return {
    nameContains: where?.nameContains ?? null,
    sizeClasses: where?.sizeClasses ?? null,
    isPrime: where?.isPrime ?? null,
    city: where?.city ?? null,
    regionId: where?.regionId ?? null,
    networkId: where?.networkId ?? null,
    capabilityId: where?.capabilityId ?? null,
    minLevel: where?.minLevel ?? 1,
    certificationId: where?.certificationId ?? null,
    near: where?.near ? { latitude: where.near.latitude, longitude: where.near.longitude, radiusKm: where.near.radiusKm } : null,
  };
}

type StartFilter = 'CAPABILITY' | 'NETWORK' | 'REGION' | 'CERTIFICATION';

/**
 * Below this share of all companies, a start filter's companies are few enough to be sorted by name; above it,
 * walking the name index meets a page of them sooner (at 10%, a page of 20 after about 200 companies).
 */
const NAME_SCAN_FROM_SHARE = 0.1;

/**
 * The filter a page of companies starts from (company/list), the first given in this fixed order, whose node leads
 * to the candidates through an index seek; null when none is given (company/list-scan reads every company).
 */
function startOf(filter: CompanyFilter): StartFilter | null {
  if (filter.capabilityId !== null) return 'CAPABILITY';
  if (filter.networkId !== null) return 'NETWORK';
  if (filter.regionId !== null) return 'REGION';
  if (filter.certificationId !== null) return 'CERTIFICATION';
  return null;
}

/** Whether no property filter is given (name, size class, prime, city, distance). */
const isUnfiltered = (filter: CompanyFilter) =>
  filter.nameContains === null && filter.sizeClasses === null && filter.isPrime === null && filter.city === null && filter.near === null;

/** Whether at most one of the filters a page may start from is given. */
const isStartOnly = (filter: CompanyFilter) =>
  [filter.capabilityId, filter.networkId, filter.regionId, filter.certificationId].filter((id) => id !== null).length <= 1;

export type CompanyRow = Omit<Company, 'isPrime' | 'securityClearance' | 'clearanceStatus' | 'exportControl'> &
  Partial<Pick<Company, 'isPrime' | 'securityClearance' | 'clearanceStatus' | 'exportControl'>>;

/** Fills the defaults of properties an older or imported node may lack. */
export function toCompany(row: CompanyRow): Company {
  return {
    ...row,
    isPrime: row.isPrime ?? false,
    securityClearance: row.securityClearance ?? SecurityClearance.NONE,
    clearanceStatus: row.clearanceStatus ?? ConfirmationStatus.CONFIRMED,
    exportControl: row.exportControl ?? ExportControlStatus.NOT_ASSESSED,
  };
}

const statusOf = (pending: boolean) => (pending ? ConfirmationStatus.PENDING : ConfirmationStatus.CONFIRMED);

const SCALAR_PROPERTIES = [
  'name', 'legalForm', 'sizeClass', 'employees', 'street', 'postalCode', 'city', 'website', 'description', 'isPrime',
  'securityClearance', 'exportControl',
] as const;

export class CompanyRepository {
  /** `nameScanFromShare`: see NAME_SCAN_FROM_SHARE (a test sets it to compare both ways of reading a page). */
  constructor(private readonly executor: Executor, private readonly nameScanFromShare = NAME_SCAN_FROM_SHARE) {}

  async byIds(ids: readonly string[]): Promise<Company[]> {
    const rows = await this.executor.read<{ company: CompanyRow }>('companiesByIds', 'company/by-ids', { ids });
    return rows.map((row) => toCompany(row.company));
  }

  async list(filter: CompanyFilter, order: { field: CompanyOrderField; descending: boolean }, page: Page): Promise<Company[]> {
    const startFrom = startOf(filter);
    const rows = await this.executor.read<{ company: CompanyRow }>('companies', await this.listQuery(filter, startFrom, order), {
      ...filter,
      startFrom,
      orderField: order.field,
      descending: order.descending,
      skip: page.skip,
      limit: page.limit + 1,
    });
    return rows.map((row) => toCompany(row.company));
  }

  /**
   * How a page is read. Name order ascending walks the name index and filters as it goes, unless the start filter
   * is one of several (capability, network, region, certification) or leads to few companies (under
   * `nameScanFromShare` of them, by the degree store): then, as in every other order, the page starts from that
   * filter's node (company/list) or scans every company (company/list-scan).
   */
  private async listQuery(filter: CompanyFilter, startFrom: StartFilter | null, order: { field: CompanyOrderField; descending: boolean }): Promise<QueryName> {
    if (order.field !== CompanyOrderField.NAME || order.descending) return startFrom ? 'company/list' : 'company/list-scan';
    if (!startFrom) return 'company/list-by-name';
    // With a second such filter, a rare one may hide behind the common start: start from it as before.
    if (!isStartOnly(filter)) return 'company/list';
    const [share] = await this.executor.read<{ candidates: number; companies: number }>('companiesStartShare', 'company/start-share', { ...filter, startFrom });
    return share.candidates >= this.nameScanFromShare * share.companies ? 'company/list-by-name' : 'company/list';
  }

  async count(filter: CompanyFilter): Promise<number> {
    const startFrom = startOf(filter);
    const query = startFrom
      ? (isUnfiltered(filter) && isStartOnly(filter) ? 'company/count-start-only' : 'company/count-from-start')
      : isUnfiltered(filter) ? 'company/count' : 'company/count-scan';
    const [row] = await this.executor.read<{ total: number }>('companiesCount', query, { ...filter, startFrom });
    return row.total;
  }

  async primes(): Promise<Company[]> {
    const rows = await this.executor.read<{ company: CompanyRow }>('primes', 'company/primes');
    return rows.map((row) => toCompany(row.company));
  }

  async capabilityClaims(ids: readonly string[]): Promise<Map<string, CapabilityClaim[]>> {
    const rows = await this.executor.read<{ companyId: string; capabilityId: string; claim: CapabilityClaim }>(
      'capabilityClaims', 'company/capability-claims', { ids });
    return groupBy(rows, (row) => row.companyId, (row) => ({ ...row.claim, capabilityId: row.capabilityId }));
  }

  async certificates(ids: readonly string[]): Promise<Map<string, Certificate[]>> {
    const rows = await this.executor.read<{ companyId: string; certificationId: string; certificate: Certificate }>(
      'certificates', 'company/certificates', { ids });
    return groupBy(rows, (row) => row.companyId, (row) => ({ ...row.certificate, certificationId: row.certificationId }));
  }

  async memberships(ids: readonly string[]): Promise<Map<string, Membership[]>> {
    const rows = await this.executor.read<{ companyId: string; networkId: string; since: string | null }>(
      'memberships', 'company/memberships', { ids });
    return groupBy(rows, (row) => row.companyId, (row) => ({ networkId: row.networkId, since: row.since }));
  }

  async contacts(ids: readonly string[]): Promise<Map<string, ContactPerson[]>> {
    const rows = await this.executor.read<{ companyId: string; person: ContactPerson }>('contacts', 'company/contacts', { ids });
    return groupBy(rows, (row) => row.companyId, (row) => row.person);
  }

  async supplyLinks(ids: readonly string[]): Promise<Map<string, SupplyLink[]>> {
    const rows = await this.executor.read<{ companyId: string; link: SupplyLink }>('supplyLinks', 'company/supply-links', { ids });
    return groupBy(rows, (row) => row.companyId, (row) => row.link);
  }

  async programTiers(ids: readonly string[]): Promise<Map<string, ProgramTier[]>> {
    const rows = await this.executor.read<ProgramTier & { companyId: string }>('programTiers', 'company/program-tiers', { ids });
    return groupBy(rows, (row) => row.companyId, ({ companyId: _companyId, ...tier }) => tier);
  }

  /** The companies holding any of the given identifiers (in their stored forms). */
  async identifierHolders(identifiers: readonly { property: UniqueIdentifierProperty; value: string }[]): Promise<IdentifierHolder[]> {
    if (identifiers.length === 0) return [];
    return this.executor.read<IdentifierHolder>('identifierHolders', 'company/identifier-holders', { identifiers });
  }

  /**
   * Creates or updates the company and everything its input names, in one transaction. `selfDeclared` (a company
   * key writing) leaves a changed clearance and a new parent group PENDING; otherwise what the input sets is CONFIRMED.
   * `identifiers` are the external identifiers to set (null clears); one another company holds is refused with
   * IdentifierConflictError, also when a concurrent write took it between the check and the write.
   */
  async upsert(input: CompanyInput, references: Reference[], selfDeclared: boolean, identifiers: Partial<IdentifierProperties>): Promise<void> {
    const properties: Record<string, unknown> = { ...identifiers };
    for (const key of SCALAR_PROPERTIES) {
      if (input[key] !== undefined) properties[key] = input[key];
    }
    const unique = uniqueIdentifiersIn(identifiers);
    await this.namingIdentifierHolder(input.id, identifiers, () => this.executor.writeTransaction('upsertCompany', async (tx) => {
      await assertReferencesExist(tx, references);
      const holder = heldElsewhere(input.id, unique.length > 0 ? await tx.run<IdentifierHolder>('company/identifier-holders', { identifiers: unique }) : []);
      if (holder) throw new IdentifierConflictError(holder, identifierText(holder.property, identifiers));
      await tx.run('company/upsert', {
        id: input.id,
        properties,
        clearanceStatus: input.securityClearance === undefined ? null : statusOf(selfDeclared && input.securityClearance !== SecurityClearance.NONE),
        setLocation: input.location !== undefined,
        location: input.location ? { latitude: input.location.latitude, longitude: input.location.longitude } : null,
        setRegion: input.regionId !== undefined,
        regionId: input.regionId ?? null,
        setParentGroup: input.parentGroupId !== undefined,
        parentGroupId: input.parentGroupId ?? null,
        parentGroupStatus: statusOf(selfDeclared),
        setMemberships: input.memberships != null,
        memberships: (input.memberships ?? []).map((m) => ({ networkId: m.networkId, since: m.since ?? null })),
        setContacts: input.contacts != null,
        contacts: (input.contacts ?? []).map((p) => ({
          id: p.id, name: p.name, function: p.function ?? null, email: p.email ?? null, phone: p.phone ?? null,
        })),
      });
      await assertOwnContacts(tx, input);
    }));
  }

  /**
   * Runs a write that sets `identifiers` on company `companyId`; when the uniqueness constraint refuses it (a concurrent
   * write took an identifier after the write's own check), throws IdentifierConflictError naming the committed holder.
   */
  private async namingIdentifierHolder(companyId: string, identifiers: Partial<IdentifierProperties>, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      const holder = error instanceof UniquenessConflictError
        ? heldElsewhere(companyId, await this.identifierHolders(uniqueIdentifiersIn(identifiers)))
        : undefined;
      throw holder ? new IdentifierConflictError(holder, identifierText(holder.property, identifiers)) : error;
    }
  }

  async setCapabilityClaims(companyId: string, claims: CapabilityClaimInput[], source: string, references: Reference[]): Promise<void> {
    await this.executor.writeTransaction('setCompanyCapabilities', async (tx) => {
      await assertReferencesExist(tx, references);
      await tx.run('company/set-capability-claims', {
        companyId,
        evidenceRank: EVIDENCE_RANK,
        claims: claims.map((claim) => ({
          capabilityId: claim.capabilityId,
          level: claim.level,
          evidence: claim.evidence ?? null,
          evidenceLevel: claim.evidenceLevel ?? 'SELF_DECLARED',
          source,
        })),
      });
    });
  }

  async setCertificates(companyId: string, certificates: CertificateInput[], source: string, references: Reference[]): Promise<void> {
    await this.executor.writeTransaction('setCompanyCertifications', async (tx) => {
      await assertReferencesExist(tx, references);
      await tx.run('company/set-certificates', {
        companyId,
        evidenceRank: EVIDENCE_RANK,
        certificates: certificates.map((certificate) => ({
          certificationId: certificate.certificationId,
          scope: certificate.scope ?? null,
          certificateNumber: certificate.certificateNumber ?? null,
          validFrom: certificate.validFrom ?? null,
          validUntil: certificate.validUntil ?? null,
          evidenceLevel: certificate.evidenceLevel ?? 'SELF_DECLARED',
          source,
        })),
      });
    });
  }

  /** Confirms the company's clearance; null when there is no such company. */
  async confirmClearance(id: string): Promise<string | null> {
    const [row] = await this.executor.write<{ id: string }>('confirmSecurityClearance', 'company/confirm-clearance', { id });
    return row?.id ?? null;
  }

  /** Confirms the company's parent group; null when there is no such company. */
  async confirmParentGroup(id: string): Promise<string | null> {
    const [row] = await this.executor.write<{ id: string }>('confirmParentGroup', 'company/confirm-parent-group', { id });
    return row?.id ?? null;
  }

  /** Returns false when there was no such company. */
  async delete(id: string): Promise<boolean> {
    const rows = await this.executor.write<{ id: string }>('deleteCompany', 'company/delete', { id });
    return rows.length > 0;
  }
}

/**
 * Refuses (BAD_USER_INPUT, which rolls the transaction back) contact persons of the input that work for another
 * company. Checked after the write, in its transaction: the write holds the contact persons' locks, so that a
 * concurrent upsert of another company naming the same new id cannot slip in between check and write.
 */
async function assertOwnContacts(tx: QueryRunner, input: CompanyInput): Promise<void> {
  const contactIds = (input.contacts ?? []).map((contact) => contact.id);
  if (contactIds.length === 0) return;
  const foreign = new Set((await tx.run<{ contactId: string }>('company/contacts-of-others', { companyId: input.id, contactIds })).map((row) => row.contactId));
  const index = contactIds.findIndex((id) => foreign.has(id));
  if (index >= 0) throw new BadUserInputError(`contacts[${index}].id`, `contact person '${contactIds[index]}' belongs to another company`);
}
