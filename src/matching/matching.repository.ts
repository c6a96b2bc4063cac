import { Certification } from '../catalog/catalog.type';
import { Executor } from '../db/executor';
import { CapabilityCondition, includedCertifications, MatchScope } from './match-scope';
import { CompanyFacts, PlaceAndTies } from './matching.engine';

export interface BuyerContext {
  buyerFound: boolean;
  programFound: boolean;
  buyerLocation: { latitude: number; longitude: number } | null;
  buyerNetworkIds: string[];
  groupIds: string[];
  primeId: string | null;
  primeProgramIds: string[];
}

type StoredCompanyFacts = Omit<CompanyFacts, 'certificates'> & {
  certificates: Omit<CompanyFacts['certificates'][number], 'includes' | 'isQualityManagement'>[];
};

export interface CandidateGaps {
  gaps: number;
  companies: number;
  ids: string[];
}

export interface PartnerSearch {
  lacking: CapabilityCondition[];
  excludedIds: string[];
}

/** A possible partner as the graph ranks it (see cypher/match/partners-for-gaps.cypher). */
export interface RankedPartner {
  companyId: string;
  /** Rounded to 0.1 km; null when either place is unknown. */
  distanceKm: number | null;
  /** Indexes into the searches, of those it helps with. */
  searchIndexes: number[];
  capabilityIds: string[];
}

export class MatchingRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * The candidates of a scope counted by their number of mandatory gaps (0: eligible), fewest first, with the ids
   * of the eligible and of the near misses that can be among the best `matchesWanted` candidates (none for 0).
   */
  async candidateGaps(scope: MatchScope, matchesWanted: number): Promise<CandidateGaps[]> {
    return this.executor.read<CandidateGaps>('matchCandidateGaps', 'match/candidate-gaps', { ...scope, matchesWanted });
  }

  /** Where each given company is and whom it is tied to: enough to bound its score (see scoreCeiling). */
  async placesAndTies(ids: string[]): Promise<(PlaceAndTies & { id: string })[]> {
    if (ids.length === 0) return [];
    return this.executor.read<PlaceAndTies & { id: string }>('matchPlacesAndTies', 'match/place-and-ties', { ids });
  }

  /** The companies outside the excluded ones that meet at least one of the mandatory capabilities. */
  async capabilityContributors(scope: MatchScope): Promise<string[]> {
    if (scope.mandatoryCapabilities.length === 0) return [];
    const rows = await this.executor.read<{ id: string }>('matchCapabilityContributors', 'match/capability-contributors', {
      mandatoryCapabilities: scope.mandatoryCapabilities, excludedIds: scope.excludedIds,
    });
    return rows.map((row) => row.id);
  }

  /**
   * The first `first` companies meeting at least one lacking capability of some search: those helping with most
   * searches first, then the nearest to `location` (unknown distance last), then by company id.
   */
  async partnersForGaps(
    searches: PartnerSearch[], location: { latitude: number; longitude: number } | null, first: number,
  ): Promise<RankedPartner[]> {
    if (searches.length === 0) return [];
    return this.executor.read<RankedPartner>('matchPartners', 'match/partners-for-gaps', { searches, location, first });
  }

  async openRoleIdsFor(companyId: string): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>('openRolesForCompany', 'match/open-role-ids-for-company', { companyId });
    return rows.map((row) => row.id);
  }

  /** The facts of the given companies, their certificates completed from the certification catalogue. */
  async companyFacts(ids: string[], certifications: ReadonlyMap<string, Certification>): Promise<CompanyFacts[]> {
    if (ids.length === 0) return [];
    const rows = await this.executor.read<StoredCompanyFacts>('companyFacts', 'match/company-facts', { ids });
    const inclusions = new Map<string, { includes: string[]; isQualityManagement: boolean }>();
    const inclusionOf = (certificationId: string) => {
      if (!inclusions.has(certificationId)) {
        const includes = includedCertifications(certifications, certificationId);
        const isQualityManagement = [certificationId, ...includes].some((id) => certifications.get(id)?.isQualityManagement === true);
        inclusions.set(certificationId, { includes, isQualityManagement });
      }
      return inclusions.get(certificationId)!;
    };
    return rows.map((row) => ({
      ...row,
      certificates: row.certificates.map((held) => ({ ...held, ...inclusionOf(held.certificationId) })),
    }));
  }

  async buyerContext(buyerId: string | null, programId: string | null): Promise<BuyerContext> {
    const [context] = await this.buyerContexts([{ buyerId, programId }]);
    return context;
  }

  /** The context of each buyer and program, in the order asked, in one query. */
  async buyerContexts(pairs: { buyerId: string | null; programId: string | null }[]): Promise<BuyerContext[]> {
    if (pairs.length === 0) return [];
    const rows = await this.executor.read<BuyerContext & { index: number }>('buyerContext', 'match/buyer-context', { pairs });
    const byIndex = new Map<number, BuyerContext>();
    for (const { index, ...context } of rows) if (!byIndex.has(index)) byIndex.set(index, context);
    return pairs.map((_, index) => byIndex.get(index)!);
  }
}
