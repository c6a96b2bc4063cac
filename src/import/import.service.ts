import { EVIDENCE_RANK } from '../common/enums';
import { Executor } from '../db/executor';
import { QueryName } from '../db/query-names';
import { COLUMNS, ImportKind, normaliseHeader } from './columns';
import { readTable } from './table';

export interface RowProblem {
  line: number;
  column: string | null;
  reason: string;
}

export interface DuplicateWarning {
  line: number;
  id: string;
  similarTo: string;
  reason: string;
}

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

type Values = Record<string, unknown> & { line: number };

const WRITE_QUERY: Record<ImportKind, QueryName> = {
  companies: 'import/companies',
  capabilities: 'import/capability-claims',
  certificates: 'import/certificates',
  'supply-links': 'import/supply-links',
  'supply-roles': 'import/supply-roles',
};
const KEY: Record<ImportKind, (v: Values) => string> = {
  companies: (v) => String(v.id),
  capabilities: (v) => `${v.companyId}/${v.capabilityId}`,
  certificates: (v) => `${v.companyId}/${v.certificationId}`,
  'supply-links': (v) => `${v.supplierId}>${v.customerId}/${v.programId}`,
  'supply-roles': (v) => String(v.id),
};
const LEGAL_FORMS = /\b(gmbh\s*&\s*co\.?\s*kg|gmbh|mbh|ag|kgaa|kg|ohg|ug|e\.\s?k\.?|se|gbr)\b/g;

/** A company name reduced for duplicate detection: case, umlauts, legal form, spacing and punctuation ignored. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(LEGAL_FORMS, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Imports a CSV or XLSX file of companies, capability claims, certificates, supply links or supply roles. Every row is checked first; a
 * file with a rejected row writes nothing unless skipInvalid is set, and then exactly the valid rows.
 * Writes are upserts on stable keys in batches of one transaction each, so a rerun after a crash
 * completes the import and a second import of the same file changes nothing.
 */
export class ImportService {
  constructor(private readonly executor: Executor) {}

  async import(bytes: Buffer, options: ImportOptions): Promise<ImportReport> {
    const started = Date.now();
    const table = await readTable(bytes, options.fileName ?? '');
    const columns = COLUMNS[options.kind];
    const rejected: RowProblem[] = [];
    const byHeader = new Map(table.headers.map((h) => [normaliseHeader(h), h]));
    const mapped = columns.map((column) => ({ column, header: column.headers.map((h) => byHeader.get(normaliseHeader(h))).find(Boolean) ?? null }));
    for (const { column, header } of mapped) {
      if (column.required && !header) rejected.push({ line: 1, column: column.headers[0], reason: `required column missing (${column.headers.join(' / ')})` });
    }
    const used = new Set(mapped.map((m) => m.header));
    const ignoredColumns = table.headers.filter((h) => !used.has(h));

    const valid: Values[] = [];
    const firstLineOf = new Map<string, number>();
    if (rejected.length === 0) {
      for (const row of table.rows) {
        const values: Values = { line: row.line };
        const problems: RowProblem[] = [];
        for (const { column, header } of mapped) {
          const raw = header ? row.cells[header] ?? '' : '';
          if (raw === '') {
            if (column.required) problems.push({ line: row.line, column: header ?? column.headers[0], reason: 'is required' });
            values[column.key] = null;
            continue;
          }
          try {
            values[column.key] = column.parse(raw);
          } catch (error) {
            problems.push({ line: row.line, column: header, reason: (error as Error).message });
          }
        }
        if (options.kind === 'supply-links' && values.supplierId && values.supplierId === values.customerId) {
          problems.push({ line: row.line, column: mapped[1].header, reason: 'a company cannot supply itself' });
        }
        if (options.kind === 'certificates' && values.validFrom && values.validUntil && String(values.validUntil) < String(values.validFrom)) {
          problems.push({ line: row.line, column: mapped.find((m) => m.column.key === 'validUntil')!.header, reason: 'valid-until is before valid-from' });
        }
        if (problems.length === 0) {
          const key = KEY[options.kind](values);
          const first = firstLineOf.get(key);
          if (first !== undefined) {
            problems.push({ line: row.line, column: mapped[0].header, reason: `duplicate key '${key}', first on line ${first}` });
          } else {
            firstLineOf.set(key, row.line);
          }
        }
        if (problems.length > 0) rejected.push(...problems);
        else valid.push(values);
      }
    }

    const referenceProblems = await this.checkReferences(options.kind, valid, mapped);
    rejected.push(...referenceProblems);
    const badLines = new Set(referenceProblems.map((p) => p.line));
    const writable = valid.filter((v) => !badLines.has(v.line));
    const duplicates = options.kind === 'companies' ? await this.fuzzyDuplicates(writable) : [];

    let written = 0;
    const mayWrite = !options.dryRun && (rejected.length === 0 || options.skipInvalid);
    if (mayWrite) {
      const batchSize = options.batchSize ?? 500;
      for (let start = 0; start < writable.length; start += batchSize) {
        const batch = writable.slice(start, start + batchSize).map((v) => this.toParams(options.kind, v));
        await this.executor.write(`import:${options.kind}`, WRITE_QUERY[options.kind], { rows: batch, source: options.source, evidenceRank: EVIDENCE_RANK });
        written += batch.length;
        options.onProgress?.(written, writable.length);
      }
    }
    const seconds = (Date.now() - started) / 1000;
    return {
      kind: options.kind,
      encoding: table.encoding,
      delimiter: table.delimiter,
      rows: table.rows.length,
      valid: writable.length,
      rejected: rejected.sort((a, b) => a.line - b.line),
      duplicates,
      ignoredColumns,
      written,
      dryRun: options.dryRun ?? false,
      seconds,
      rowsPerSecond: seconds > 0 ? Math.round(written / seconds) : written,
    };
  }

  private toParams(kind: ImportKind, v: Values): Record<string, unknown> {
    if (kind === 'supply-links') return v;
    if (kind === 'supply-roles') return { ...v, requiredCertifications: v.requiredCertifications ?? [] };
    if (kind !== 'companies') return { ...v, evidenceLevel: v.evidenceLevel ?? 'SELF_DECLARED' };
    const { id, regionId, latitude, longitude, line: _line, ...rest } = v;
    const properties = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null));
    return { id, regionId, latitude, longitude, properties };
  }

  /** Rejects rows that name a company, capability, certification or region the graph does not know. */
  private async checkReferences(kind: ImportKind, rows: Values[], mapped: { column: { key: string }; header: string | null }[]): Promise<RowProblem[]> {
    const headerOf = (key: string) => mapped.find((m) => m.column.key === key)?.header ?? key;
    const REFERENCES: Record<ImportKind, [string, string, string][]> = {
      companies: [['regionId', 'regionIds', 'regions']],
      capabilities: [['companyId', 'companyIds', 'companies'], ['capabilityId', 'capabilityIds', 'capabilities']],
      certificates: [['companyId', 'companyIds', 'companies'], ['certificationId', 'certificationIds', 'certifications']],
      'supply-links': [['supplierId', 'companyIds', 'companies'], ['customerId', 'companyIds', 'companies'], ['programId', 'programIds', 'programs']],
      'supply-roles': [['buyerId', 'companyIds', 'companies'], ['programId', 'programIds', 'programs']],
    };
    const refs = REFERENCES[kind];
    const params: Record<string, string[]> = { companyIds: [], capabilityIds: [], certificationIds: [], programIds: [], networkIds: [], regionIds: [] };
    for (const [key, param] of refs) {
      params[param] = [...new Set([...params[param], ...rows.map((r) => r[key]).filter((v): v is string => typeof v === 'string')])];
    }
    const listed = (key: string, idKey: string) => rows.flatMap((r) => ((r[key] as Record<string, string>[] | null) ?? []).map((entry) => entry[idKey]));
    if (kind === 'supply-roles') {
      params.capabilityIds = [...new Set(listed('requiredCapabilities', 'capabilityId'))];
      params.certificationIds = [...new Set(listed('requiredCertifications', 'certificationId'))];
    }
    const [missing] = await this.executor.read<Record<string, string[]>>('importReferences', 'graph/missing-references', params);
    const problems: RowProblem[] = [];
    if (kind === 'supply-roles') {
      for (const row of rows) {
        for (const [key, idKey, kindName, label] of [
          ['requiredCapabilities', 'capabilityId', 'capabilities', 'capability'], ['requiredCertifications', 'certificationId', 'certifications', 'certification'],
        ] as const) {
          for (const entry of (row[key] as Record<string, string>[] | null) ?? []) {
            if (missing[kindName].includes(entry[idKey])) problems.push({ line: row.line, column: headerOf(key), reason: `unknown ${label} '${entry[idKey]}'` });
          }
        }
      }
    }
    for (const row of rows) {
      for (const [key, , kindName] of refs) {
        if (typeof row[key] === 'string' && missing[kindName].includes(row[key] as string)) {
          problems.push({ line: row.line, column: headerOf(key), reason: `unknown ${kindName.replace(/ies$/, 'y').replace(/s$/, '')} '${row[key]}'` });
        }
      }
    }
    return problems;
  }

  /** Companies with the same name (up to legal form, umlauts, spacing) and postal code: reported, never merged. */
  private async fuzzyDuplicates(rows: Values[]): Promise<DuplicateWarning[]> {
    const postalCodes = [...new Set(rows.map((r) => r.postalCode).filter((p): p is string => typeof p === 'string'))];
    const [existing] = await this.executor.read<{ samePostalCode: { id: string; name: string; postalCode: string }[] }>(
      'importDuplicates', 'import/existing-companies', { postalCodes });
    const known = new Map<string, { id: string; name: string; postalCode: string }>();
    const keyOf = (name: string, postalCode: string) => `${postalCode}|${nameKey(name)}`;
    for (const company of existing.samePostalCode) known.set(keyOf(company.name, company.postalCode), company);
    const warnings: DuplicateWarning[] = [];
    for (const row of rows) {
      if (typeof row.postalCode !== 'string') continue;
      const key = keyOf(String(row.name), row.postalCode);
      const twin = known.get(key);
      if (twin && twin.id !== row.id) warnings.push({ line: row.line, id: String(row.id), similarTo: twin.id, reason: `same name as '${twin.name}' in ${twin.postalCode}` });
      if (!twin) known.set(key, { id: String(row.id), name: String(row.name), postalCode: row.postalCode });
    }
    return warnings;
  }
}
