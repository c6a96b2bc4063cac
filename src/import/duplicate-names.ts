import { DuplicateWarning, ImportRow } from './import.type';

/** A company already in the graph, as import/existing-companies reads it. */
export interface KnownCompany {
  id: string;
  name: string;
  postalCode: string;
}

const LEGAL_FORMS = /\b(gmbh\s*&\s*co\.?\s*kg|gmbh|mbh|ag|kgaa|kg|ohg|ug|e\.\s?k\.?|se|gbr)\b/g;

/** A company name reduced for duplicate detection: case, umlauts, legal form, spacing and punctuation ignored. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(LEGAL_FORMS, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The distinct postal codes of the rows: the graph is asked only for companies there. */
export const postalCodesOf = (rows: readonly ImportRow[]): string[] =>
  [...new Set(rows.map((row) => row.postalCode).filter((code): code is string => typeof code === 'string'))];

/**
 * Rows naming a company with the same name (up to legal form, umlauts, spacing) and postal code as a known
 * company with another id, or as an earlier row: reported, never merged. A known company wins over a row.
 */
export function nameTwins(rows: readonly ImportRow[], known: readonly KnownCompany[]): DuplicateWarning[] {
  const keyOf = (name: string, postalCode: string) => `${postalCode}|${nameKey(name)}`;
  const seen = new Map<string, KnownCompany>(known.map((company) => [keyOf(company.name, company.postalCode), company]));
  const warnings: DuplicateWarning[] = [];
  for (const row of rows) {
    if (typeof row.postalCode !== 'string') continue;
    const key = keyOf(String(row.name), row.postalCode);
    const twin = seen.get(key);
    if (twin && twin.id !== row.id) warnings.push({ line: row.line, id: String(row.id), similarTo: twin.id, reason: `same name as '${twin.name}' in ${twin.postalCode}` });
    if (!twin) seen.set(key, { id: String(row.id), name: String(row.name), postalCode: row.postalCode });
  }
  return warnings;
}
