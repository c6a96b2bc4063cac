import { AnalysisRepository } from '../analysis/analysis.repository';
import { AnalysisResolver } from '../analysis/analysis.resolver';
import { AnalysisService } from '../analysis/analysis.service';
import { SavedAnalysisResolver } from '../analysis/saved-analysis.resolver';
import { SavedAnalysisService } from '../analysis/saved-analysis.service';
import { CatalogRepository } from '../catalog/catalog.repository';
import { CatalogManagementResolver } from '../catalog/catalog.resolver';
import { CatalogService } from '../catalog/catalog.service';
import { CompanyRepository } from '../company/company.repository';
import { CompanyResolver } from '../company/company.resolver';
import { CompanyService } from '../company/company.service';
import { ConfirmationRepository } from '../confirmation/confirmation.repository';
import { ConfirmationResolver } from '../confirmation/confirmation.resolver';
import { ConfirmationService } from '../confirmation/confirmation.service';
import { CypherConsoleResolver } from '../console/console.resolver';
import { CypherConsoleService } from '../console/console.service';
import { Executor } from '../db/executor';
import { ImportService } from '../import/import.service';
import { MatchingRepository } from '../matching/matching.repository';
import { MatchingResolver } from '../matching/matching.resolver';
import { MatchingService } from '../matching/matching.service';
import { ReadinessRepository } from '../readiness/readiness.repository';
import { ReadinessResolver } from '../readiness/readiness.resolver';
import { ReadinessService } from '../readiness/readiness.service';
import { SearchRepository } from '../search/search.repository';
import { SearchResolver } from '../search/search.resolver';
import { SearchService } from '../search/search.service';
import { SupplyLinkRepository } from '../supply-link/supply-link.repository';
import { SupplyLinkResolver } from '../supply-link/supply-link.resolver';
import { SupplyLinkService } from '../supply-link/supply-link.service';
import { SupplyRoleRepository } from '../supply-role/supply-role.repository';
import { SupplyRoleResolver } from '../supply-role/supply-role.resolver';
import { SupplyRoleService } from '../supply-role/supply-role.service';

export interface Repositories {
  company: CompanyRepository;
  catalog: CatalogRepository;
  supplyRole: SupplyRoleRepository;
  supplyLink: SupplyLinkRepository;
  search: SearchRepository;
  matching: MatchingRepository;
  analysis: AnalysisRepository;
  readiness: ReadinessRepository;
  confirmation: ConfirmationRepository;
}

export interface Services {
  company: CompanyService;
  catalog: CatalogService;
  supplyRole: SupplyRoleService;
  supplyLink: SupplyLinkService;
  search: SearchService;
  matching: MatchingService;
  analysis: AnalysisService;
  savedAnalyses: SavedAnalysisService;
  readiness: ReadinessService;
  import: ImportService;
  console: CypherConsoleService;
  confirmation: ConfirmationService;
}

type ResolverClass = new (...args: never[]) => object;

/** The application's parts over one executor; it is type-graphql's `container`, which asks it for resolver instances. */
export interface AppContainer {
  repositories: Repositories;
  services: Services;
  /** The one instance of a resolver class. */
  get(resolverClass: ResolverClass): object;
}

function createRepositories(executor: Executor): Repositories {
  return {
    company: new CompanyRepository(executor),
    catalog: new CatalogRepository(executor),
    supplyRole: new SupplyRoleRepository(executor),
    supplyLink: new SupplyLinkRepository(executor),
    search: new SearchRepository(executor),
    matching: new MatchingRepository(executor),
    analysis: new AnalysisRepository(executor),
    readiness: new ReadinessRepository(executor),
    confirmation: new ConfirmationRepository(executor),
  };
}

function createServices(repositories: Repositories, executor: Executor): Services {
  const savedAnalyses = new SavedAnalysisService(executor);
  return {
    company: new CompanyService(repositories.company),
    catalog: new CatalogService(repositories.catalog),
    supplyRole: new SupplyRoleService(repositories.supplyRole),
    supplyLink: new SupplyLinkService(repositories.supplyLink),
    search: new SearchService(repositories.search),
    matching: new MatchingService(repositories.matching, repositories.supplyRole, repositories.company),
    analysis: new AnalysisService(repositories.analysis, repositories.company),
    savedAnalyses,
    readiness: new ReadinessService(repositories.readiness),
    import: new ImportService(executor),
    console: new CypherConsoleService(executor, savedAnalyses),
    confirmation: new ConfirmationService(repositories.confirmation),
  };
}

/** The resolvers that need services, each given its own through its constructor. */
function createResolvers(services: Services): object[] {
  return [
    new CompanyResolver(services.company),
    new CatalogManagementResolver(services.catalog),
    new SupplyRoleResolver(services.supplyRole),
    new SupplyLinkResolver(services.supplyLink),
    new SearchResolver(services.search),
    new MatchingResolver(services.matching),
    new AnalysisResolver(services.analysis),
    new SavedAnalysisResolver(services.savedAnalyses),
    new ReadinessResolver(services.readiness),
    new CypherConsoleResolver(services.console),
    new ConfirmationResolver(services.confirmation),
  ];
}

/**
 * Builds repositories, services and resolvers over the executor. Resolvers without dependencies (those that
 * only read the request context) are created on first use; a resolver class that takes constructor arguments
 * but was not built here is refused, so that a forgotten one fails loudly instead of running without its service.
 */
export function createContainer(executor: Executor): AppContainer {
  const repositories = createRepositories(executor);
  const services = createServices(repositories, executor);
  const resolvers = new Map(createResolvers(services).map((resolver) => [resolver.constructor as ResolverClass, resolver]));
  return {
    repositories,
    services,
    get(resolverClass) {
      let resolver = resolvers.get(resolverClass);
      if (!resolver) {
        if (resolverClass.length > 0) throw new Error(`The container does not build ${resolverClass.name}: add it to createResolvers in src/server/container.ts`);
        resolver = new (resolverClass as new () => object)();
        resolvers.set(resolverClass, resolver);
      }
      return resolver;
    },
  };
}
