import { AnalysisService } from '../analysis/analysis.service';
import { SavedAnalysisService } from '../analysis/saved-analysis.service';
import { Catalog } from '../catalog/catalog';
import { CypherConsoleService } from '../console/console.service';
import { Executor } from '../db/executor';
import { CompanyService } from '../company/company.service';
import { MatchingService } from '../matching/matching.service';
import { ReadinessService } from '../readiness/readiness.service';
import { SearchService } from '../search/search.service';
import { SupplyLinkService } from '../supply-link/supply-link.service';
import { SupplyRoleService } from '../supply-role/supply-role.service';
import { Caller } from './caller';
import { createLoaders, Loaders } from './loaders';
import { Repositories } from './repositories';

export interface Services {
  company: CompanyService;
  supplyRole: SupplyRoleService;
  supplyLink: SupplyLinkService;
  search: SearchService;
  matching: MatchingService;
  analysis: AnalysisService;
  savedAnalyses: SavedAnalysisService;
  readiness: ReadinessService;
  console: CypherConsoleService;
}

export function createServices(repositories: Repositories, executor: Executor): Services {
  const savedAnalyses = new SavedAnalysisService(executor);
  return {
    company: new CompanyService(repositories.company),
    supplyRole: new SupplyRoleService(repositories.supplyRole),
    supplyLink: new SupplyLinkService(repositories.supplyLink),
    search: new SearchService(repositories.search),
    matching: new MatchingService(repositories.matching, repositories.supplyRole, repositories.company),
    analysis: new AnalysisService(repositories.analysis, repositories.company),
    savedAnalyses,
    readiness: new ReadinessService(repositories.readiness),
    console: new CypherConsoleService(executor, savedAnalyses),
  };
}

/** What every resolver gets: the caller, the services, and this request's loaders and catalogue cache. */
export interface Context {
  caller: Caller;
  services: Services;
  loaders: Loaders;
  catalog: Catalog;
}

export function createContext(caller: Caller, repositories: Repositories, services: Services): Context {
  return {
    caller,
    services,
    loaders: createLoaders(repositories),
    catalog: new Catalog(repositories.catalog),
  };
}
