import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { CatalogProblem, edgeProblems, repeatedIds } from './catalog-rules';
import { CapabilityInput, CertificationInput, NetworkInput, ProgramInput, RegionInput } from './catalog.input';
import { CatalogKind, CatalogRepository, CatalogTransaction } from './catalog.repository';

/** The entry each catalogue kind is written from: a GraphQL input or an import row of the same shape. */
export interface CatalogEntries {
  capabilities: CapabilityInput;
  certifications: CertificationInput;
  networks: NetworkInput;
  programs: ProgramInput;
  regions: RegionInput;
}

const ENTITY: Record<CatalogKind, string> = {
  capabilities: 'Capability', certifications: 'Certification', networks: 'Network', programs: 'Program', regions: 'Region',
};

/** Every optional property of each kind, stored as null when left out, so that a write replaces the entry whole. */
const PROPERTIES: Record<CatalogKind, string[]> = {
  capabilities: ['id', 'name', 'nameDe', 'description', 'parentId', 'nsc', 'cpv', 'nace', 'edaCapTech'],
  certifications: ['id', 'name', 'category', 'description', 'validityYears'],
  networks: ['id', 'name', 'kind', 'parentId', 'website', 'description'],
  programs: ['id', 'name', 'primeId', 'customer', 'domain', 'description'],
  regions: ['id', 'name', 'kind', 'parentId', 'ags', 'nuts'],
};

function toRow<K extends CatalogKind>(kind: K, entry: CatalogEntries[K]): Record<string, unknown> {
  const values = entry as unknown as Record<string, unknown>;
  const row = Object.fromEntries(PROPERTIES[kind].map((key) => [key, values[key] ?? null]));
  if (kind === 'certifications') {
    const certification = entry as CertificationInput;
    return { ...row, includes: certification.includes ?? [], isQualityManagement: certification.isQualityManagement ?? false };
  }
  return row;
}

/** What is wrong with a batch against the stored catalogue: ids repeated, unknown parents or primes, cycles. */
async function problemsIn<K extends CatalogKind>(tx: CatalogTransaction, kind: K, entries: CatalogEntries[K][]): Promise<CatalogProblem[]> {
  const repeated = repeatedIds(entries);
  if (repeated.length > 0) return repeated;
  if (kind === 'programs') {
    const primeIds = (entries as ProgramInput[]).flatMap((program) => (program.primeId ? [program.primeId] : []));
    const missing = new Set(await tx.missingCompanies(primeIds));
    return (entries as ProgramInput[]).flatMap((program, index) =>
      program.primeId && missing.has(program.primeId) ? [{ index, field: 'primeId', reason: `unknown company '${program.primeId}'`, unknownId: program.primeId }] : []);
  }
  const stored = await tx.edges(kind as Exclude<CatalogKind, 'programs'>);
  if (kind === 'certifications') {
    const changes = (entries as CertificationInput[]).map((certification) => ({ id: certification.id, targets: certification.includes ?? [] }));
    return edgeProblems(stored, changes, 'includes', ENTITY.certifications);
  }
  const changes = (entries as { id: string; parentId?: string | null }[]).map((entry) => ({ id: entry.id, targets: entry.parentId ? [entry.parentId] : [] }));
  return edgeProblems(stored, changes, 'parentId', ENTITY[kind]);
}

/**
 * Manages the catalogues: capabilities (the taxonomy), certifications, networks, programs and regions. Every write
 * replaces whole entries and is checked, inside its own transaction, against the stored catalogue: a parent, an
 * included certification or a prime must exist (or come in the same batch), and no write may make a cycle.
 */
export class CatalogService {
  constructor(private readonly repository: CatalogRepository) {}

  /** The problems a batch would meet, without writing: an import's dry run. */
  check<K extends CatalogKind>(kind: K, entries: CatalogEntries[K][]): Promise<CatalogProblem[]> {
    return this.repository.inReadTransaction(`check:${kind}`, (tx) => problemsIn(tx, kind, entries));
  }

  /** Writes the batch in one transaction when it has no problem; otherwise writes nothing and returns the problems. */
  write<K extends CatalogKind>(kind: K, entries: CatalogEntries[K][]): Promise<CatalogProblem[]> {
    return this.repository.inWriteTransaction(`upsert:${kind}`, async (tx) => {
      const problems = await problemsIn(tx, kind, entries);
      if (problems.length === 0) await tx.upsert(kind, entries.map((entry) => toRow(kind, entry)));
      return problems;
    });
  }

  /** Writes one entry; a problem is thrown, naming the field: NOT_FOUND for an unknown id, BAD_USER_INPUT otherwise. */
  async upsert<K extends CatalogKind>(kind: K, entry: CatalogEntries[K]): Promise<void> {
    const [problem] = await this.write(kind, [entry]);
    if (!problem) return;
    if (problem.unknownId) throw new NotFoundError(problem.field === 'primeId' ? 'Company' : ENTITY[kind], problem.unknownId, problem.field);
    throw new BadUserInputError(problem.field, problem.reason);
  }

  /**
   * Removes a capability. One that companies claim or supply roles require is refused (CONFLICT) unless
   * `replacementId` names the capability they move to; one with narrower capabilities is refused until those
   * are moved or retired.
   */
  async retireCapability(id: string, replacementId: string | null): Promise<void> {
    if (replacementId === id) throw new BadUserInputError('replacementId', 'must be another capability than the one retired');
    await this.repository.inWriteTransaction('retireCapability', async (tx) => {
      const usage = await tx.capabilityUsage(id);
      if (!usage) throw new NotFoundError('Capability', id, 'id');
      if (usage.narrower > 0) {
        throw new ConflictError(`Capability '${id}' has ${usage.narrower} narrower capabilities: move or retire them first`);
      }
      if (replacementId) {
        if (!(await tx.capabilityUsage(replacementId))) throw new NotFoundError('Capability', replacementId, 'replacementId');
      } else if (usage.claims + usage.supplyRoles > 0) {
        throw new ConflictError(
          `Capability '${id}' is claimed by ${usage.claims} companies and required by ${usage.supplyRoles} supply roles: name a replacementId to move them to`,
        );
      }
      await tx.retireCapability(id, replacementId);
    });
  }
}
