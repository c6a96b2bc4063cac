import { NotFoundError } from '../common/errors';
import { QueryRunner } from './executor';

export type ReferenceKind = 'companies' | 'capabilities' | 'certifications' | 'programs' | 'networks' | 'regions';

export interface Reference {
  kind: ReferenceKind;
  id: string;
  /** The input field that holds the id, e.g. `capabilities[2].capabilityId`; named in the error. */
  field: string;
}

/** What each kind of id names, as errors and reports call it. */
export const REFERENCED_ENTITIES: Record<ReferenceKind, string> = {
  companies: 'Company',
  capabilities: 'Capability',
  certifications: 'Certification',
  programs: 'Program',
  networks: 'Network',
  regions: 'Region',
};

/** The parameter of graph/missing-references that takes the ids of each kind. */
const QUERY_PARAMETERS: Record<ReferenceKind, string> = {
  companies: 'companyIds', capabilities: 'capabilityIds', certifications: 'certificationIds',
  programs: 'programIds', networks: 'networkIds', regions: 'regionIds',
};

/** The distinct ids of each kind, as graph/missing-references takes them. */
export function idsByKind(references: readonly Pick<Reference, 'kind' | 'id'>[]): Record<string, string[]> {
  return Object.fromEntries((Object.keys(QUERY_PARAMETERS) as ReferenceKind[]).map((kind) => [
    QUERY_PARAMETERS[kind], [...new Set(references.filter((ref) => ref.kind === kind).map((ref) => ref.id))],
  ]));
}

/** Of the referenced ids, the ones the graph does not have, per kind; one query, inside the caller's transaction. */
export async function findMissingReferences(tx: QueryRunner, references: readonly Pick<Reference, 'kind' | 'id'>[]): Promise<Record<ReferenceKind, string[]>> {
  const [missing] = await tx.run<Record<ReferenceKind, string[]>>('graph/missing-references', idsByKind(references));
  return missing;
}

/**
 * Checks in one query, inside the caller's transaction, that every referenced id exists; throws
 * NOT_FOUND naming the first missing one, which rolls the transaction back.
 */
export async function assertReferencesExist(tx: QueryRunner, references: Reference[]): Promise<void> {
  if (references.length === 0) return;
  const missing = await findMissingReferences(tx, references);
  const first = references.find((ref) => missing[ref.kind].includes(ref.id));
  if (first) throw new NotFoundError(REFERENCED_ENTITIES[first.kind], first.id, first.field);
}
