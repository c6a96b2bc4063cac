import { Company } from '../company/company.type';
import { toCompany } from '../company/company.repository';
import { IdentifierCandidates } from '../company/external-identifiers';
import { Executor } from '../db/executor';

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  async companies(query: string, limit: number): Promise<{ company: Company; score: number }[]> {
    const rows = await this.executor.read<{ company: Company; score: number }>('searchCompanies', 'search/companies', { query, limit });
    return rows.map((row) => ({ company: toCompany(row.company), score: row.score }));
  }

  /** Companies holding an identifier the search text may be (see IdentifierCandidates). */
  async companiesByIdentifier(candidates: IdentifierCandidates, limit: number): Promise<Company[]> {
    const { registerTypeAndNumber, ...exact } = candidates;
    const rows = await this.executor.read<{ company: Company }>('searchCompaniesByIdentifier', 'search/companies-by-identifier', {
      ...exact, registerType: registerTypeAndNumber?.registerType ?? null, registerNumber: registerTypeAndNumber?.number ?? null, limit,
    });
    return rows.map((row) => toCompany(row.company));
  }

  /** Capabilities matching the Lucene query by name, or whose classification code is exactly `code`. */
  async capabilities(query: string, code: string, limit: number): Promise<{ capabilityId: string; score: number }[]> {
    return this.executor.read<{ capabilityId: string; score: number }>('searchCapabilities', 'search/capabilities', { query, code, limit });
  }
}
