import { CatalogKind, CatalogRepository } from '../catalog/catalog.repository';
import { CatalogEntries, CatalogService } from '../catalog/catalog.service';
import { EVIDENCE_RANK } from '../common/enums';
import { CompanyRepository } from '../company/company.repository';
import { handelsregisterProperties, RegisterEntry } from '../company/external-identifiers';
import { Executor } from '../db/executor';
import { QueryName } from '../db/query-names';
import { findMissingReferences } from '../db/references';
import { CATALOG_KIND_OF, inputProblems, placeProblems, toCatalogEntry } from './catalog-rows';
import { ColumnMapping, mapColumns } from './column-mapping';
import { COLUMNS, ImportKind } from './columns';
import { identifiersOfRow, resolveCompanyRows } from './company-identifiers';
import { KnownCompany, nameTwins, postalCodesOf } from './duplicate-names';
import { referencesIn, RowReference, unknownReferences } from './import-references';
import { DuplicateWarning, ImportRow, RowProblem } from './import.type';
import { validateRows } from './row-validation';
import { readTable } from './table';

export { nameKey } from './duplicate-names';
export type { DuplicateWarning, RowProblem } from './import.type';

export interface ImportReport {
  kind: ImportKind;
  encoding: string;
  delimiter: string;
  rows: number;
  valid: number;
  rejected: RowProblem[];
  duplicates: DuplicateWarning[];
  ignoredColumns: string[];
  written: number;
  dryRun: boolean;
  seconds: number;
  rowsPerSecond: number;
}

export interface ImportOptions {
  kind: ImportKind;
  source: string;
  /** File name, to tell CSV from XLSX. */
  fileName?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Rows per write transaction. Each commit costs a round trip and a flush of the transaction log, which weighs most
 * for small rows such as capability claims; 5,000 rows of any kind stay far below the transaction memory a small
 * installation allows.
 */
const WRITE_BATCH_SIZE = 5_000;

const WRITE_QUERY: Partial<Record<ImportKind, QueryName>> = {
  companies: 'import/companies',
  capabilities: 'import/capability-claims',
  certificates: 'import/certificates',
  'supply-links': 'import/supply-links',
  'supply-roles': 'import/supply-roles',
};

/**
 * Imports a CSV or XLSX file of companies, capability claims, certificates, supply links or supply roles, or of a
 * catalogue (taxonomy, certifications, networks, programs, regions). Every row is checked first; a
 * file with a rejected row writes nothing unless skipInvalid is set, and then exactly the valid rows.
 * Writes are upserts on stable keys in batches of one transaction each, so a rerun after a crash
 * completes the import and a second import of the same file changes nothing. A catalogue file is written in
 * one transaction, checked within it against the stored catalogue (cycles, unknown parents), all or nothing.
 */
export class ImportService {
  /** Catalogue files are checked and written by the same rules as the catalogue's mutations. */
  private readonly catalogService: CatalogService;
  private readonly companyRepository: CompanyRepository;

  constructor(private readonly executor: Executor) {
    this.catalogService = new CatalogService(new CatalogRepository(executor));
    this.companyRepository = new CompanyRepository(executor);
  }

  async import(bytes: Buffer, options: ImportOptions): Promise<ImportReport> {
    const started = Date.now();
    const table = await readTable(bytes, options.fileName ?? '');
    const mapping = mapColumns(table.headers, COLUMNS[options.kind]);
    // Without a required column no row is read: the file is rejected as a whole.
    const checked = mapping.missingRequired.length > 0
      ? { valid: [], rejected: mapping.missingRequired }
      : validateRows(options.kind, table.rows, mapping);
    const catalogKind = CATALOG_KIND_OF[options.kind];
    // The companies that may be name twins are read while the rows are checked: they depend only on postal codes,
    // and the valid rows hold every postal code of the rows the checks let through.
    const [{ identified, referenceProblems }, knownCompanies] = await Promise.all([
      this.identifyAndCheckReferences(options.kind, checked.valid, mapping),
      options.kind === 'companies' ? this.companiesInPostalCodes(postalCodesOf(checked.valid)) : [],
    ]);
    const badLines = new Set(referenceProblems.map((problem) => problem.line));
    const writable = identified.rows.filter((row) => !badLines.has(row.line));
    const rejected = [...checked.rejected, ...identified.problems, ...referenceProblems].sort((a, b) => a.line - b.line);
    const duplicates = options.kind === 'companies' ? nameTwins(writable, knownCompanies) : [];
    const mayWrite = !options.dryRun && (rejected.length === 0 || options.skipInvalid);
    let written = 0;
    if (mayWrite && catalogKind) {
      const raced = await this.catalogService.write(catalogKind, this.catalogEntries(catalogKind, writable));
      rejected.push(...placeProblems(raced, writable, mapping));
      written = raced.length === 0 ? writable.length : 0;
    } else if (mayWrite) {
      written = await this.writeInBatches(writable, options);
    }
    const seconds = (Date.now() - started) / 1000;
    return {
      kind: options.kind,
      encoding: table.encoding,
      delimiter: table.delimiter,
      rows: table.rows.length,
      valid: writable.length,
      rejected,
      duplicates,
      ignoredColumns: mapping.ignoredColumns,
      written,
      dryRun: options.dryRun ?? false,
      seconds,
      rowsPerSecond: seconds > 0 ? Math.round(written / seconds) : written,
    };
  }

  /** Gives company rows their company (see identifyCompanies), then checks what every row refers to. */
  private async identifyAndCheckReferences(
    kind: ImportKind, rows: ImportRow[], mapping: ColumnMapping,
  ): Promise<{ identified: { rows: ImportRow[]; problems: RowProblem[] }; referenceProblems: RowProblem[] }> {
    const identified = kind === 'companies' ? await this.identifyCompanies(rows, mapping) : { rows, problems: [] };
    const catalogKind = CATALOG_KIND_OF[kind];
    const referenceProblems = catalogKind
      ? await this.checkCatalogRows(catalogKind, identified.rows, mapping)
      : await this.checkReferences(referencesIn(kind, identified.rows, mapping));
    return { identified, referenceProblems };
  }

  /** Finds the company of each row by its Firmen-ID or its external identifiers (see resolveCompanyRows). */
  private async identifyCompanies(rows: ImportRow[], mapping: ColumnMapping): Promise<{ rows: ImportRow[]; problems: RowProblem[] }> {
    const identifiers = rows.flatMap(identifiersOfRow).map(({ property, value }) => ({ property, value }));
    return resolveCompanyRows(rows, await this.companyRepository.identifierHolders(identifiers), mapping);
  }

  /** Rejects rows that name a company, capability, certification, program or region the graph does not know. */
  private async checkReferences(references: RowReference[]): Promise<RowProblem[]> {
    const missing = await this.executor.readTransaction('importReferences', (tx) => findMissingReferences(tx, references));
    return unknownReferences(references, missing);
  }

  /** Rejects catalogue rows that break the rules of the GraphQL input, or that the stored catalogue refuses. */
  private async checkCatalogRows(kind: CatalogKind, rows: ImportRow[], mapping: ColumnMapping): Promise<RowProblem[]> {
    const invalid = await inputProblems(kind, rows, mapping);
    if (invalid.length > 0) return invalid;
    return placeProblems(await this.catalogService.check(kind, this.catalogEntries(kind, rows)), rows, mapping);
  }

  private catalogEntries<K extends CatalogKind>(kind: K, rows: ImportRow[]): CatalogEntries[K][] {
    return rows.map((row) => toCatalogEntry(kind, row) as CatalogEntries[K]);
  }

  /** The companies in the graph with one of the postal codes, in id order (it decides between two known twins). */
  private async companiesInPostalCodes(postalCodes: string[]): Promise<KnownCompany[]> {
    const [existing] = await this.executor.read<{ companies: [string, string, string][] }>(
      'importDuplicates', 'import/existing-companies', { postalCodes });
    return existing.companies.map(([id, name, postalCode]) => ({ id, name, postalCode }));
  }

  /** Upserts the rows in batches of one transaction each; returns how many were written. */
  private async writeInBatches(rows: ImportRow[], options: ImportOptions): Promise<number> {
    const batchSize = options.batchSize ?? WRITE_BATCH_SIZE;
    let written = 0;
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize).map((row) => this.toParams(options.kind, row));
      await this.executor.write(`import:${options.kind}`, WRITE_QUERY[options.kind]!, { rows: batch, source: options.source, evidenceRank: EVIDENCE_RANK });
      written += batch.length;
      options.onProgress?.(written, rows.length);
    }
    return written;
  }

  private toParams(kind: ImportKind, v: ImportRow): Record<string, unknown> {
    if (kind === 'supply-links') return v;
    if (kind === 'supply-roles') return { ...v, requiredCertifications: v.requiredCertifications ?? [] };
    if (kind !== 'companies') return { ...v, evidenceLevel: v.evidenceLevel ?? 'SELF_DECLARED' };
    const { id, regionId, latitude, longitude, handelsregister, line: _line, ...rest } = v;
    const register = handelsregister ? handelsregisterProperties(handelsregister as RegisterEntry) : {};
    const properties = Object.fromEntries(Object.entries({ ...rest, ...register }).filter(([, value]) => value !== null));
    return { id, regionId, latitude, longitude, properties };
  }
}
