import { Company } from '../company/company.type';
import { toCompany } from '../company/company.repository';
import { Executor } from '../db/executor';

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  async companies(query: string, limit: number): Promise<{ company: Company; score: number }[]> {
    const rows = await this.executor.read<{ company: Company; score: number }>('searchCompanies', 'search/companies', { query, limit });
    return rows.map((row) => ({ company: toCompany(row.company), score: row.score }));
  }

  /** Capabilities matching the Lucene query by name, or whose classification code is exactly `code`. */
  async capabilities(query: string, code: string, limit: number): Promise<{ capabilityId: string; score: number }[]> {
    return this.executor.read<{ capabilityId: string; score: number }>('searchCapabilities', 'search/capabilities', { query, code, limit });
  }
}
