import { ReferenceKind, REFERENCED_ENTITIES } from '../db/references';
import { ColumnMapping } from './column-mapping';
import { ImportKind } from './columns';
import { ImportRow, RowProblem } from './import.type';

/** An id a row refers to, with where it stands in the file. */
export interface RowReference {
  line: number;
  column: string;
  kind: ReferenceKind;
  id: string;
}

/**
 * Columns holding one id, per import kind. The catalogue kinds have none here: their parents and inclusions may be
 * rows of the same file, so the catalogue checks them against the stored catalogue and the file together.
 */
const ID_COLUMNS: Record<ImportKind, { key: string; kind: ReferenceKind }[]> = {
  companies: [{ key: 'regionId', kind: 'regions' }],
  capabilities: [{ key: 'companyId', kind: 'companies' }, { key: 'capabilityId', kind: 'capabilities' }],
  certificates: [{ key: 'companyId', kind: 'companies' }, { key: 'certificationId', kind: 'certifications' }],
  'supply-links': [{ key: 'supplierId', kind: 'companies' }, { key: 'customerId', kind: 'companies' }, { key: 'programId', kind: 'programs' }],
  'supply-roles': [{ key: 'buyerId', kind: 'companies' }, { key: 'programId', kind: 'programs' }],
  taxonomy: [],
  certifications: [],
  networks: [],
  programs: [],
  regions: [],
};

/** Columns holding a list of entries with an id each (a role's required capabilities and certifications). */
const LIST_COLUMNS: Record<ImportKind, { key: string; idKey: string; kind: ReferenceKind }[]> = {
  companies: [],
  capabilities: [],
  certificates: [],
  'supply-links': [],
  'supply-roles': [
    { key: 'requiredCapabilities', idKey: 'capabilityId', kind: 'capabilities' },
    { key: 'requiredCertifications', idKey: 'certificationId', kind: 'certifications' },
  ],
  taxonomy: [],
  certifications: [],
  networks: [],
  programs: [],
  regions: [],
};

/** Every id the rows refer to, row by row: first the entries of list columns, then the id columns. */
export function referencesIn(kind: ImportKind, rows: readonly ImportRow[], mapping: ColumnMapping): RowReference[] {
  return rows.flatMap((row) => [
    ...LIST_COLUMNS[kind].flatMap(({ key, idKey, kind: referenceKind }) =>
      ((row[key] as Record<string, string>[] | null) ?? []).map((entry) => ({
        line: row.line, column: mapping.headerOf(key), kind: referenceKind, id: entry[idKey],
      }))),
    ...ID_COLUMNS[kind]
      .filter(({ key }) => typeof row[key] === 'string')
      .map(({ key, kind: referenceKind }) => ({ line: row.line, column: mapping.headerOf(key), kind: referenceKind, id: row[key] as string })),
  ]);
}

/** One problem per reference to an id the graph does not have, in the order of the references. */
export function unknownReferences(references: readonly RowReference[], missing: Record<ReferenceKind, string[]>): RowProblem[] {
  return references
    .filter((ref) => missing[ref.kind].includes(ref.id))
    .map((ref) => ({ line: ref.line, column: ref.column, reason: `unknown ${REFERENCED_ENTITIES[ref.kind].toLowerCase()} '${ref.id}'` }));
}
