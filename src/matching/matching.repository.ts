import { Executor } from '../db/executor';
import { CompanyFacts } from './matching.engine';

export interface BuyerContext {
  buyerFound: boolean;
  programFound: boolean;
  buyerLocation: { latitude: number; longitude: number } | null;
  buyerNetworkIds: string[];
  groupIds: string[];
  primeId: string | null;
  primeProgramIds: string[];
}

export class MatchingRepository {
  constructor(private readonly executor: Executor) {}

  async candidateIds(capabilityIds: string[], excludedIds: string[]): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>('matchCandidates', 'match/candidate-ids', { capabilityIds, excludedIds });
    return rows.map((row) => row.id);
  }

  async openRoleIdsFor(companyId: string): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>('openRolesForCompany', 'match/open-role-ids-for-company', { companyId });
    return rows.map((row) => row.id);
  }

  async companyFacts(ids: string[]): Promise<CompanyFacts[]> {
    if (ids.length === 0) return [];
    return this.executor.read<CompanyFacts>('companyFacts', 'match/company-facts', { ids });
  }

  async buyerContext(buyerId: string | null, programId: string | null): Promise<BuyerContext> {
    const [row] = await this.executor.read<BuyerContext>('buyerContext', 'match/buyer-context', { buyerId, programId });
    return row;
  }
}
