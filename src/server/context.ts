import { AccessContext } from '../auth/access';
import { Caller } from '../auth/caller';
import { MeContext } from '../auth/me.resolver';
import { AnalysisContext } from '../analysis/analysis.resolver';
import { Catalog } from '../catalog/catalog';
import { createCatalogLoaders } from '../catalog/catalog.loaders';
import { CatalogContext } from '../catalog/catalog.resolver';
import { createCompanyLoaders } from '../company/company.loaders';
import { CompanyContext } from '../company/company.resolver';
import { MatchingContext } from '../matching/matching.resolver';
import { createReadinessLoaders } from '../readiness/readiness.loaders';
import { ReadinessContext } from '../readiness/readiness.resolver';
import { SearchContext } from '../search/search.resolver';
import { SupplyLinkContext } from '../supply-link/supply-link.resolver';
import { createSupplyRoleLoaders } from '../supply-role/supply-role.loaders';
import { SupplyRoleContext } from '../supply-role/supply-role.resolver';
import { Repositories } from './container';

/**
 * One request's data: the caller, the batch loaders and the catalogue cache. Each feature declares the slice it
 * reads; this is all of them at once, so the compiler checks that `createRequestContext` gives every feature
 * what it reads.
 */
export type RequestContext = AccessContext & MeContext & CompanyContext & CatalogContext & SupplyRoleContext & SupplyLinkContext
  & SearchContext & MatchingContext & AnalysisContext & ReadinessContext;

export function createRequestContext(caller: Caller, repositories: Repositories): RequestContext {
  return {
    caller,
    loaders: {
      ...createCompanyLoaders(repositories.company),
      ...createSupplyRoleLoaders(repositories.supplyRole),
      ...createCatalogLoaders(repositories.catalog),
      ...createReadinessLoaders(repositories.readiness),
    },
    catalog: new Catalog(repositories.catalog),
  };
}
