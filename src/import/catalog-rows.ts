// The catalogue's GraphQL inputs carry type-graphql decorators, which need the metadata polyfill also in the CLI.
import 'reflect-metadata';

import { validate } from 'class-validator';

import { CatalogProblem } from '../catalog/catalog-rules';
import { CapabilityInput, CertificationInput, NetworkInput, ProgramInput, RegionInput } from '../catalog/catalog.input';
import { CatalogKind } from '../catalog/catalog.repository';
import { flattenValidationErrors } from '../common/validation';
import { ColumnMapping } from './column-mapping';
import { ImportKind } from './columns';
import { ImportRow, RowProblem } from './import.type';

/** The import kinds that write a catalogue, and which: `taxonomy` holds capabilities, not companies' claims of them. */
export const CATALOG_KIND_OF: Partial<Record<ImportKind, CatalogKind>> = {
  taxonomy: 'capabilities', certifications: 'certifications', networks: 'networks', programs: 'programs', regions: 'regions',
};

const INPUT_CLASS: Record<CatalogKind, new () => object> = {
  capabilities: CapabilityInput, certifications: CertificationInput, networks: NetworkInput, programs: ProgramInput, regions: RegionInput,
};

/** A row as the catalogue's GraphQL input of its kind, without its line; empty cells are left out. */
export function toCatalogEntry(kind: CatalogKind, row: ImportRow): object {
  const { line: _line, ...values } = row;
  return Object.assign(new INPUT_CLASS[kind](), Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)));
}

/** Checks each row by the rules of the GraphQL input of its kind (AGS digits, NSC digits, name lengths, ...). */
export async function inputProblems(kind: CatalogKind, rows: readonly ImportRow[], mapping: ColumnMapping): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const errors = await validate(toCatalogEntry(kind, row), { forbidUnknownValues: false });
    for (const { field, message } of flattenValidationErrors(errors)) {
      problems.push({ line: row.line, column: mapping.headerOf(field.replace(/\[\d+\]$/, '')), reason: message });
    }
  }
  return problems;
}

/** The catalogue's problems with a batch of rows, placed at the line and column of the file. */
export function placeProblems(problems: readonly CatalogProblem[], rows: readonly ImportRow[], mapping: ColumnMapping): RowProblem[] {
  return problems.map((problem) => ({ line: rows[problem.index].line, column: mapping.headerOf(problem.field), reason: problem.reason }));
}
