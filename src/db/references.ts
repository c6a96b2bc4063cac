import { NotFoundError } from '../common/errors';
import { QueryRunner } from './executor';

export type ReferenceKind = 'companies' | 'capabilities' | 'certifications' | 'programs' | 'networks' | 'regions';

export interface Reference {
  kind: ReferenceKind;
  id: string;
  /** The input field that holds the id, e.g. `capabilities[2].capabilityId`; named in the error. */
  field: string;
}

const ENTITY_NAMES: Record<ReferenceKind, string> = {
  companies: 'Company',
  capabilities: 'Capability',
  certifications: 'Certification',
  programs: 'Program',
  networks: 'Network',
  regions: 'Region',
};

/**
 * Checks in one query, inside the caller's transaction, that every referenced id exists; throws
 * NOT_FOUND naming the first missing one, which rolls the transaction back.
 */
export async function assertReferencesExist(tx: QueryRunner, references: Reference[]): Promise<void> {
  if (references.length === 0) return;
  const idsOf = (kind: ReferenceKind) => references.filter((ref) => ref.kind === kind).map((ref) => ref.id);
  const [missing] = await tx.run<Record<ReferenceKind, string[]>>('graph/missing-references', {
    companyIds: idsOf('companies'),
    capabilityIds: idsOf('capabilities'),
    certificationIds: idsOf('certifications'),
    programIds: idsOf('programs'),
    networkIds: idsOf('networks'),
    regionIds: idsOf('regions'),
  });
  const first = references.find((ref) => missing[ref.kind].includes(ref.id));
  if (first) throw new NotFoundError(ENTITY_NAMES[first.kind], first.id, first.field);
}
