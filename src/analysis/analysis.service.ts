import { Caller } from '../auth/caller';
import { Tree } from '../catalog/catalog';
import { Capability } from '../catalog/catalog.type';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { groupBy } from '../common/grouping';
import { timed } from '../common/timing';
import { CompanyRepository } from '../company/company.repository';
import { narrowerOrSelf } from '../matching/match-scope';
import { distanceKm } from '../matching/matching.engine';
import { namedCompanies, seesLinkInFull } from '../supply-link/link-visibility';
import { AnalysisScope, GapOptions } from './analysis.input';
import { AnalysisRepository, ScopeParams } from './analysis.repository';
import {
  CapabilityConcentration, CapabilityGap, CapabilityGapReport, ChainCompany, ChainLink, DomainRollup, GapStatus, SinglePointOfFailure,
  SoleCapability, SupplyChainReport, SupplyPath,
} from './analysis.type';

const SEVERITY: Record<GapStatus, number> = { UNCOVERED: 0, SINGLE_SOURCE: 1, THIN: 2, COVERED: 3 };
const MAX_CHAIN_DEPTH = 6;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Post-dominators towards the prime: for each company, the companies every one of its paths to the prime passes
 * through. A company that lies on every path of some other company is a single point of failure for it.
 *
 * The immediate dominators are found by Cooper, Harvey and Kennedy's iteration ("A Simple, Fast Dominance
 * Algorithm") over the chain walked from the prime down to its suppliers, so memory grows with the links, not with
 * the square of the companies. A company's dominators are then its chain of immediate dominators, at most as long
 * as its shortest path to the prime.
 */
export function singlePointsOfFailure(
  primeId: string, links: { supplierId: string; customerId: string }[],
): Omit<SinglePointOfFailure, 'cutOffCount'>[] {
  const suppliersOf = groupBy(links, (link) => link.customerId, (link) => link.supplierId);
  const customersOf = groupBy(links, (link) => link.supplierId, (link) => link.customerId);
  const order = reversePostorder(primeId, suppliersOf);
  const rank = new Map(order.map((id, index) => [id, index]));
  const idom = new Map<string, string>([[primeId, primeId]]);
  const meet = (a: string, b: string) => {
    while (a !== b) {
      while (rank.get(a)! > rank.get(b)!) a = idom.get(a)!;
      while (rank.get(b)! > rank.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const id of order) {
      if (id === primeId) continue;
      const next = (customersOf.get(id) ?? []).filter((customer) => idom.has(customer)).reduce(meet);
      if (idom.get(id) !== next) {
        idom.set(id, next);
        changed = true;
      }
    }
  }
  const cutOff = new Map<string, string[]>();
  for (const id of [...idom.keys()].sort()) {
    for (let dominator = idom.get(id)!; dominator !== primeId; dominator = idom.get(dominator)!) {
      const list = cutOff.get(dominator);
      if (list) list.push(id);
      else cutOff.set(dominator, [id]);
    }
  }
  return [...cutOff.keys()].sort().map((companyId) => ({ companyId, cutOffIds: cutOff.get(companyId)! }));
}

/** The companies reached from the prime down its suppliers in reverse postorder: each after the one it was first reached from. */
function reversePostorder(primeId: string, suppliersOf: Map<string, string[]>): string[] {
  const suppliers = (id: string) => [...(suppliersOf.get(id) ?? [])].sort();
  const seen = new Set<string>([primeId]);
  const postorder: string[] = [];
  const stack = [{ id: primeId, next: 0, suppliers: suppliers(primeId) }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.suppliers.length) {
      const supplier = top.suppliers[top.next++];
      if (!seen.has(supplier)) {
        seen.add(supplier);
        stack.push({ id: supplier, next: 0, suppliers: suppliers(supplier) });
      }
    } else {
      postorder.push(stack.pop()!.id);
    }
  }
  return postorder.reverse();
}

/** Network intelligence: capability gaps, multi-tier chains, paths to a prime and supply concentration. */
export class AnalysisService {
  constructor(
    private readonly repository: AnalysisRepository,
    private readonly companies: CompanyRepository,
  ) {}

  /** Checks that at most one scope field is given and that it exists; errors name `<prefix><field>`. */
  async resolveScope(scope: AnalysisScope | null | undefined, prefix = 'scope.'): Promise<ScopeParams> {
    const params: ScopeParams = {
      networkId: scope?.networkId ?? null, regionId: scope?.regionId ?? null, programId: scope?.programId ?? null, primeId: scope?.primeId ?? null,
    };
    if (Object.values(params).filter((v) => v !== null).length > 1) {
      throw new BadUserInputError('scope', 'give at most one of networkId, regionId, programId, primeId');
    }
    const found = await this.repository.scopeCheck(params);
    if (!found.networkFound) throw new NotFoundError('Network', params.networkId!, `${prefix}networkId`);
    if (!found.regionFound) throw new NotFoundError('Region', params.regionId!, `${prefix}regionId`);
    if (!found.programFound) throw new NotFoundError('Program', params.programId!, `${prefix}programId`);
    if (!found.primeFound) throw new NotFoundError('Prime', params.primeId!, `${prefix}primeId`);
    return params;
  }

  /**
   * Capabilities the open roles of the scope demand, with how well the scope supplies them. Suppliers are counted
   * in the database; the companies themselves are loaded for the gaps short of cover (their suppliers and closers),
   * and for covered ones only when their suppliers are asked for (one query for all of them).
   */
  async capabilityGaps(scopeInput: AnalysisScope | null | undefined, options: GapOptions, taxonomy: Tree<Capability>): Promise<CapabilityGapReport> {
    const scope = await this.resolveScope(scopeInput);
    const demandRows = await this.repository.gapDemand(scope.programId, scope.primeId);
    const demandByCapability = groupBy(demandRows, (row) => row.capabilityId, (row) => row);
    const needs = [...demandByCapability.entries()].map(([capabilityId, rows]) => ({ capabilityId, minLevel: Math.max(...rows.map((r) => r.minLevel)) }));
    const supplierCounts = needs.length > 0
      ? await this.repository.gapSupplierCounts(
        needs.map((need) => ({ ...need, narrowerOrSelf: narrowerOrSelf(taxonomy, need.capabilityId) })), scope.networkId, scope.regionId)
      : new Map<string, number>();
    const statusOf = (capabilityId: string) => {
      const count = supplierCounts.get(capabilityId) ?? 0;
      return count === 0 ? GapStatus.UNCOVERED : count === 1 ? GapStatus.SINGLE_SOURCE : count < options.thinBelow ? GapStatus.THIN : GapStatus.COVERED;
    };
    const short = needs.filter((need) => statusOf(need.capabilityId) !== GapStatus.COVERED);
    const covered = needs.filter((need) => statusOf(need.capabilityId) === GapStatus.COVERED);
    const holders = short.length > 0 ? await this.repository.capabilityHolders(short, scope.networkId, scope.regionId) : [];
    let coveredSuppliers: Promise<Map<string, string[]>> | undefined;
    const suppliersOfCovered = () => {
      coveredSuppliers ??= this.repository.capabilityHolders(covered, scope.networkId, scope.regionId).then((rows) =>
        groupBy(rows.filter((h) => h.inScope), (h) => h.capabilityId, (h) => h.companyId));
      return coveredSuppliers;
    };

    const gaps: CapabilityGap[] = timed('scoring', () => needs.map(({ capabilityId, minLevel }) => {
      const demand = demandByCapability.get(capabilityId)!;
      const status = statusOf(capabilityId);
      const mine = holders.filter((h) => h.capabilityId === capabilityId);
      const inScopeIds = mine.filter((h) => h.inScope).map((h) => h.companyId);
      const nearestDemand = (location: { latitude: number; longitude: number } | null) => {
        const distances = demand.flatMap((d) => (d.location && location ? [distanceKm(location, d.location)] : []));
        return distances.length > 0 ? round(Math.min(...distances), 1) : null;
      };
      const closers = status === GapStatus.COVERED ? [] : mine
        .filter((h) => !h.inScope)
        .map((h) => ({ companyId: h.companyId, level: h.level, distanceKm: nearestDemand(h.location) }))
        .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.companyId.localeCompare(b.companyId))
        .slice(0, options.closersPerGap);
      return {
        capabilityId,
        status,
        requiredLevel: minLevel,
        supplierCount: supplierCounts.get(capabilityId) ?? 0,
        supplierIds: status === GapStatus.COVERED
          ? async () => (await suppliersOfCovered()).get(capabilityId) ?? []
          : () => Promise.resolve(inScopeIds),
        demand: demand.map((d) => ({ roleId: d.roleId, tier: d.tier, deadline: d.deadline, minLevel: d.minLevel })),
        closers,
      };
    }));
    const earliest = (gap: CapabilityGap) => gap.demand.map((d) => d.deadline ?? '9999').sort()[0];
    gaps.sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || b.demand.length - a.demand.length
      || earliest(a).localeCompare(earliest(b)) || a.capabilityId.localeCompare(b.capabilityId));

    const domains = new Map<string, DomainRollup & { roleIds: Set<string> }>();
    for (const gap of gaps) {
      const capability = taxonomy.get(gap.capabilityId);
      const domainId = capability ? taxonomy.root(capability).id : gap.capabilityId;
      const rollup = domains.get(domainId) ?? { domainId, uncovered: 0, singleSource: 0, thin: 0, covered: 0, roles: 0, roleIds: new Set<string>() };
      if (gap.status === GapStatus.UNCOVERED) rollup.uncovered += 1;
      if (gap.status === GapStatus.SINGLE_SOURCE) rollup.singleSource += 1;
      if (gap.status === GapStatus.THIN) rollup.thin += 1;
      if (gap.status === GapStatus.COVERED) rollup.covered += 1;
      gap.demand.forEach((d) => rollup.roleIds.add(d.roleId));
      rollup.roles = rollup.roleIds.size;
      domains.set(domainId, rollup);
    }
    return {
      gaps: options.includeCovered ? gaps : gaps.filter((g) => g.status !== GapStatus.COVERED),
      domains: [...domains.values()]
        .sort((a, b) => b.uncovered - a.uncovered || b.singleSource - a.singleSource || b.thin - a.thin || a.domainId.localeCompare(b.domainId))
        .map(({ roleIds: _roleIds, ...rollup }) => rollup),
    };
  }

  /**
   * The chain below a program or a prime. For a company key, suppliers behind a link confidential to it appear
   * with their tier and Kreis only (no id), links between them are left out, and single points of failure among
   * them are only counted.
   */
  async supplyChain(programId: string | null, primeId: string | null, maxDepth: number, caller: Caller): Promise<SupplyChainReport> {
    if ((programId === null) === (primeId === null)) throw new BadUserInputError('programId', 'give exactly one of programId and primeId');
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_CHAIN_DEPTH) {
      throw new BadUserInputError('maxDepth', `must be between 1 and ${MAX_CHAIN_DEPTH}`);
    }
    await this.resolveScope({ programId, primeId }, '');
    const { primeId: prime, programIds } = await this.repository.programsOfPrime(programId, primeId);
    if (!prime) throw new NotFoundError('Prime', programId ?? '', 'programId');

    const depths = new Map<string, Set<number>>();
    const links = new Map<string, ChainLink>();
    let frontier = [prime];
    const expanded = new Set<string>([prime]);
    for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth += 1) {
      const rows = await this.repository.suppliersOf(frontier, programIds);
      const next: string[] = [];
      for (const row of rows) {
        links.set(row.link.id, { ...row.link, supplierId: row.supplierId, customerId: row.customerId });
        if (row.supplierId === prime) continue;
        depths.set(row.supplierId, (depths.get(row.supplierId) ?? new Set()).add(depth));
        if (!expanded.has(row.supplierId)) {
          expanded.add(row.supplierId);
          next.push(row.supplierId);
        }
      }
      frontier = [...new Set(next)].sort();
    }
    const allLinks = [...links.values()].sort((a, b) => a.id.localeCompare(b.id));
    const named = namedCompanies(caller, allLinks, [prime, caller.companyId]);
    const regionOf = new Map((await this.companies.byIds([...depths.keys()])).map((c) => [c.id, c.regionId]));
    const companies: ChainCompany[] = [...depths.entries()]
      .map(([companyId, set]) => ({ companyId, regionId: regionOf.get(companyId) ?? null, depths: [...set].sort((a, b) => a - b), tier: Math.min(...set) }))
      .sort((a, b) => a.tier - b.tier || a.companyId.localeCompare(b.companyId))
      .map((entry) => (named.has(entry.companyId) ? entry : { ...entry, companyId: null }));
    const chainLinks = allLinks.filter((link) => named.has(link.supplierId) && named.has(link.customerId));
    const singlePoints = singlePointsOfFailure(prime, allLinks);

    const claims = await this.companies.capabilityClaims([...depths.keys()]);
    const holdersByCapability = groupBy([...claims].flatMap(([companyId, list]) => list.map((claim) => ({ companyId, claim }))),
      (held) => held.claim.capabilityId, (held) => held.companyId);
    const soleCapabilities: SoleCapability[] = [...holdersByCapability.entries()]
      .filter(([, holders]) => holders.length === 1 && named.has(holders[0]))
      .map(([capabilityId, [companyId]]) => ({ capabilityId, companyId }))
      .sort((a, b) => a.capabilityId.localeCompare(b.capabilityId));
    return {
      primeId: prime,
      companies,
      links: chainLinks,
      singlePointsOfFailure: singlePoints
        .filter((spof) => named.has(spof.companyId))
        .map((spof) => ({ ...spof, cutOffIds: spof.cutOffIds.filter((id) => named.has(id)), cutOffCount: spof.cutOffIds.length })),
      singlePointOfFailureCount: singlePoints.length,
      soleCapabilities,
    };
  }

  /**
   * The shortest paths from a company up to a prime. For a company key, a company behind a link confidential to
   * it shows its tier and Kreis only, and what a confidential link carries is left out.
   */
  async pathsToPrime(companyId: string, primeId: string, first: number, caller: Caller): Promise<SupplyPath[]> {
    const [company] = await this.companies.byIds([companyId]);
    if (!company) throw new NotFoundError('Company', companyId, 'companyId');
    await this.resolveScope({ primeId }, '');
    const rows = await this.repository.pathsToPrime(companyId, primeId);
    const pathCompanies = [...new Set(rows.flatMap((row) => row.companyIds))];
    const regionOf = new Map((await this.companies.byIds(pathCompanies)).map((c) => [c.id, c.regionId]));
    return rows
      .map((row) => {
        const links = row.links.map((link, index) => ({ ...link, supplierId: row.companyIds[index], customerId: row.companyIds[index + 1] }));
        const named = namedCompanies(caller, links, [companyId, primeId, caller.companyId]);
        const shown = (index: number) => links[index] !== undefined && seesLinkInFull(caller, links[index]);
        return {
          length: row.links.length,
          steps: row.companyIds.map((id, index) => ({
            companyId: named.has(id) ? id : null,
            regionId: regionOf.get(id) ?? null,
            tier: row.companyIds.length - 1 - index,
            product: shown(index) ? row.links[index].product : null,
            programId: shown(index) ? row.links[index].programId : null,
          })),
          key: row.companyIds.join('>') + row.links.map((l) => l.programId).join(','),
        };
      })
      .sort((a, b) => a.key.localeCompare(b.key))
      .slice(0, first)
      .map(({ key: _key, ...path }) => path);
  }

  /**
   * Per capability, the share of its suppliers in the largest Kreis and the largest company group, counted in the
   * database so that only one row per capability reaches the service, however large the scope. Scoped to programs,
   * the group is named only when one of its suppliers there is tied to them by a link the caller sees in full;
   * otherwise only its share is given.
   */
  async concentration(scopeInput: AnalysisScope | null | undefined, caller: Caller): Promise<CapabilityConcentration[]> {
    const scope = await this.resolveScope(scopeInput);
    const programIds = scope.programId || scope.primeId ? (await this.repository.programsOfPrime(scope.programId, scope.primeId)).programIds : null;
    const rows = await this.repository.capabilityConcentration(scope.networkId, scope.regionId, programIds);
    return rows
      .map((row) => ({
        capabilityId: row.capabilityId,
        supplierCount: row.supplierCount,
        largestRegionId: row.largestRegionId,
        largestRegionShare: round(row.largestRegionCount / row.supplierCount, 4),
        largestGroupId: programIds === null || row.groupLinks.some((link) => seesLinkInFull(caller, link)) ? row.largestGroupId : null,
        largestGroupShare: round(row.largestGroupCount / row.supplierCount, 4),
      }))
      .sort((a, b) => b.largestRegionShare - a.largestRegionShare || a.supplierCount - b.supplierCount || a.capabilityId.localeCompare(b.capabilityId));
  }
}
