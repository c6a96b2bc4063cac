import 'reflect-metadata';

import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, ResolverData } from 'type-graphql';

import { authChecker } from '../auth/access';
import { ANALYSIS_RESOLVERS } from '../analysis/analysis.resolver';
import { SavedAnalysisResolver } from '../analysis/saved-analysis.resolver';
import { MeResolver } from '../auth/me.resolver';
import { CypherConsoleResolver } from '../console/console.resolver';
import {
  CapabilityResolver, CertificationResolver, NetworkResolver, ProgramResolver, RegionResolver,
} from '../catalog/catalog.resolver';
import {
  CapabilityClaimResolver, CertificateResolver, CompanyConnectionResolver, CompanyResolver, MembershipResolver, ProgramTierResolver,
} from '../company/company.resolver';
import {
  CapabilityMatchResolver, CertificationMatchResolver, ConsortiaReportResolver, ConsortiumMemberResolver, FitReportResolver, MatchingResolver,
  MissingRequirementResolver, PartnerSuggestionResolver, QualificationStepResolver, SupplierMatchesResolver, SupplierMatchResolver,
} from '../matching/matching.resolver';
import { ReadinessAnswerResolver, ReadinessResolver } from '../readiness/readiness.resolver';
import { SearchResolver } from '../search/search.resolver';
import { SupplyLinkResolver } from '../supply-link/supply-link.resolver';
import {
  CapabilityRequirementResolver, CertificationRequirementResolver, SupplyRoleConnectionResolver, SupplyRoleResolver,
} from '../supply-role/supply-role.resolver';
import { Context } from './context';

const RESOLVERS = [
  CompanyResolver, CompanyConnectionResolver, CapabilityClaimResolver, CertificateResolver, MembershipResolver, ProgramTierResolver,
  CapabilityResolver, CertificationResolver, ProgramResolver, NetworkResolver, RegionResolver,
  SupplyRoleResolver, SupplyRoleConnectionResolver, CapabilityRequirementResolver, CertificationRequirementResolver,
  SupplyLinkResolver, SearchResolver,
  MatchingResolver, SupplierMatchesResolver, SupplierMatchResolver, CapabilityMatchResolver, CertificationMatchResolver,
  MissingRequirementResolver, QualificationStepResolver, PartnerSuggestionResolver, FitReportResolver, ConsortiumMemberResolver,
  ConsortiaReportResolver, ...ANALYSIS_RESOLVERS, SavedAnalysisResolver,
  ReadinessResolver, ReadinessAnswerResolver, MeResolver, CypherConsoleResolver,
] as const;

// Until the wiring moves into a container: the console's resolver gets its service from the context, every
// other resolver class is made once, as type-graphql's default container does.
const resolverInstances = new Map<new () => object, object>();
const container = {
  get: (resolverClass: new () => object, { context }: ResolverData<Context>) => {
    if (resolverClass === (CypherConsoleResolver as unknown)) return new CypherConsoleResolver(context.services.console);
    if (!resolverInstances.has(resolverClass)) resolverInstances.set(resolverClass, new resolverClass());
    return resolverInstances.get(resolverClass);
  },
};

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once from the resolver classes, with class-validator on every input. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    container,
    validate: { forbidUnknownValues: false },
  });
  return schema;
}

/** The SDL committed as schema.graphql, sorted so that it only changes when the API does. */
export async function printSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
