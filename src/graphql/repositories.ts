import { AnalysisRepository } from '../analysis/analysis.repository';
import { CatalogRepository } from '../catalog/catalog.repository';
import { CompanyRepository } from '../company/company.repository';
import { Executor } from '../db/executor';
import { MatchingRepository } from '../matching/matching.repository';
import { ReadinessRepository } from '../readiness/readiness.repository';
import { SearchRepository } from '../search/search.repository';
import { SupplyLinkRepository } from '../supply-link/supply-link.repository';
import { SupplyRoleRepository } from '../supply-role/supply-role.repository';

export interface Repositories {
  company: CompanyRepository;
  catalog: CatalogRepository;
  supplyRole: SupplyRoleRepository;
  supplyLink: SupplyLinkRepository;
  search: SearchRepository;
  matching: MatchingRepository;
  analysis: AnalysisRepository;
  readiness: ReadinessRepository;
}

export function createRepositories(executor: Executor): Repositories {
  return {
    company: new CompanyRepository(executor),
    catalog: new CatalogRepository(executor),
    supplyRole: new SupplyRoleRepository(executor),
    supplyLink: new SupplyLinkRepository(executor),
    search: new SearchRepository(executor),
    matching: new MatchingRepository(executor),
    analysis: new AnalysisRepository(executor),
    readiness: new ReadinessRepository(executor),
  };
}
