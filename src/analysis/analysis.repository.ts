import { groupBy } from '../common/grouping';
import { Executor } from '../db/executor';
import { LinkEnds } from '../supply-link/link-visibility';

type Point = { latitude: number; longitude: number } | null;

export interface ScopeParams {
  networkId: string | null;
  regionId: string | null;
  programId: string | null;
  primeId: string | null;
}

export class AnalysisRepository {
  constructor(private readonly executor: Executor) {}

  async scopeCheck(scope: ScopeParams): Promise<Record<'networkFound' | 'regionFound' | 'programFound' | 'primeFound', boolean>> {
    const [row] = await this.executor.read<Record<'networkFound' | 'regionFound' | 'programFound' | 'primeFound', boolean>>(
      'scopeCheck', 'analysis/scope-check', { ...scope });
    return row;
  }

  gapDemand(programId: string | null, primeId: string | null) {
    return this.executor.read<{ capabilityId: string; minLevel: number; roleId: string; tier: number | null; deadline: string | null; location: Point }>(
      'gapDemand', 'analysis/gap-demand', { programId, primeId });
  }

  /**
   * Per needed capability, how many companies in scope (everyone without a network or region) claim it or a narrower
   * one (`narrowerOrSelf`, from the taxonomy) at its minimum level.
   */
  async gapSupplierCounts(
    needs: { capabilityId: string; minLevel: number; narrowerOrSelf: string[] }[], networkId: string | null, regionId: string | null,
  ): Promise<Map<string, number>> {
    const everyone = networkId === null && regionId === null;
    const needsByCapability = groupBy(
      needs.flatMap(({ capabilityId, minLevel, narrowerOrSelf }) => narrowerOrSelf.map((claimed) => ({ claimed, need: { capabilityId, minLevel } }))),
      (entry) => entry.claimed, (entry) => entry.need);
    const rows = await this.executor.read<{ capabilityId: string; supplierCount: number }>(
      'gapSupplierCounts', everyone ? 'analysis/gap-supply' : 'analysis/gap-supply-in-scope', {
        needs: needs.map(({ capabilityId, minLevel }) => ({ capabilityId, minLevel })), networkId, regionId,
        needsByCapability: Object.fromEntries(needsByCapability),
      });
    return new Map(rows.map((row) => [row.capabilityId, row.supplierCount]));
  }

  capabilityHolders(needs: { capabilityId: string; minLevel: number }[], networkId: string | null, regionId: string | null) {
    return this.executor.read<{ capabilityId: string; companyId: string; name: string; level: number; location: Point; inScope: boolean }>(
      'capabilityHolders', 'analysis/capability-holders', { needs, networkId, regionId });
  }

  suppliersOf(ids: string[], programIds: string[]) {
    return this.executor.read<{ supplierId: string; customerId: string; link: { id: string; product: string | null; programId: string; shareableBySupplier?: boolean; shareableByCustomer?: boolean } }>(
      'suppliersOf', 'analysis/suppliers-of', { ids, programIds });
  }

  async programsOfPrime(programId: string | null, primeId: string | null): Promise<{ primeId: string | null; programIds: string[] }> {
    const [row] = await this.executor.read<{ primeId: string | null; programIds: string[] }>('programsOfPrime', 'analysis/programs-of-prime', { programId, primeId });
    return row;
  }

  pathsToPrime(companyId: string, primeId: string) {
    return this.executor.read<{ companyIds: string[]; links: { id: string; product: string | null; programId: string; shareableBySupplier: boolean | null; shareableByCustomer: boolean | null }[] }>(
      'pathsToPrime', 'analysis/paths-to-prime', { companyId, primeId });
  }

  /** Per capability, its suppliers in scope counted, with the largest Kreis and group (see the query). */
  capabilityConcentration(networkId: string | null, regionId: string | null, programIds: string[] | null) {
    return this.executor.read<{
      capabilityId: string; supplierCount: number; largestRegionId: string | null; largestRegionCount: number;
      largestGroupId: string; largestGroupCount: number; groupLinks: LinkEnds[];
    }>('capabilityConcentration', 'analysis/capability-concentration', { networkId, regionId, programIds });
  }
}
