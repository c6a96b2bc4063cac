import { Executor } from '../db/executor';
import { CapabilityCondition, MatchScope } from './match-scope';
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

export interface CandidateGaps {
  gaps: number;
  companies: number;
  ids: string[];
}

export interface PartnerSearch {
  lacking: CapabilityCondition[];
  excludedIds: string[];
}

export interface PartnerCandidate {
  searchIndex: number;
  companyId: string;
  location: { latitude: number; longitude: number } | null;
  /** Indexes into the search's `lacking`. */
  met: number[];
}

export class MatchingRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * The candidates of a scope counted by their number of mandatory gaps (0: eligible), with the ids of those
   * having at most `maxGaps` (none with -1).
   */
  async candidateGaps(scope: MatchScope, maxGaps: number): Promise<CandidateGaps[]> {
    return this.executor.read<CandidateGaps>('matchCandidateGaps', 'match/candidate-gaps', { ...scope, maxGaps });
  }

  /** The companies outside the excluded ones that meet at least one of the mandatory capabilities. */
  async capabilityContributors(scope: MatchScope): Promise<string[]> {
    if (scope.mandatoryCapabilities.length === 0) return [];
    const rows = await this.executor.read<{ id: string }>('matchCapabilityContributors', 'match/capability-contributors', {
      mandatoryCapabilities: scope.mandatoryCapabilities, excludedIds: scope.excludedIds,
    });
    return rows.map((row) => row.id);
  }

  /** Per search, the companies meeting at least one lacking capability: which ones (indexes into `lacking`) and where they are. */
  async partnersForGaps(searches: PartnerSearch[]): Promise<PartnerCandidate[]> {
    if (searches.length === 0) return [];
    return this.executor.read<PartnerCandidate>('matchPartners', 'match/partners-for-gaps', { searches });
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
