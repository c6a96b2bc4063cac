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
  const listColumns = LIST_COLUMNS[kind].map((list) => ({ ...list, column: mapping.headerOf(list.key) }));
  const idColumns = ID_COLUMNS[kind].map((id) => ({ ...id, column: mapping.headerOf(id.key) }));
  const references: RowReference[] = [];
  for (const row of rows) {
    for (const { key, idKey, kind: referenceKind, column } of listColumns) {
      for (const entry of (row[key] as Record<string, string>[] | null) ?? []) {
        references.push({ line: row.line, column, kind: referenceKind, id: entry[idKey] });
      }
    }
    for (const { key, kind: referenceKind, column } of idColumns) {
      const id = row[key];
      if (typeof id === 'string') references.push({ line: row.line, column, kind: referenceKind, id });
    }
  }
  return references;
}

/** One problem per reference to an id the graph does not have, in the order of the references. */
export function unknownReferences(references: readonly RowReference[], missing: Record<ReferenceKind, string[]>): RowProblem[] {
  const missingIds = new Map(Object.entries(missing).map(([kind, ids]) => [kind, new Set(ids)]));
  return references
    .filter((ref) => missingIds.get(ref.kind)?.has(ref.id))
    .map((ref) => ({ line: ref.line, column: ref.column, reason: `unknown ${REFERENCED_ENTITIES[ref.kind].toLowerCase()} '${ref.id}'` }));
}
