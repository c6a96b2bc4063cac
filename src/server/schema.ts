import 'reflect-metadata';

import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, ContainerType } from 'type-graphql';

import { authChecker } from '../auth/access';
import { ANALYSIS_RESOLVERS } from '../analysis/analysis.resolver';
import { SavedAnalysisResolver } from '../analysis/saved-analysis.resolver';
import { MeResolver } from '../auth/me.resolver';
import { ConfirmationResolver } from '../confirmation/confirmation.resolver';
import { CypherConsoleResolver } from '../console/console.resolver';
import {
  CapabilityResolver, CatalogManagementResolver, CertificationResolver, NetworkResolver, ProgramResolver, RegionResolver,
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
import { normaliseIdArguments } from './normalise-ids';
import {
  CapabilityRequirementResolver, CertificationRequirementResolver, SupplyRoleConnectionResolver, SupplyRoleResolver,
} from '../supply-role/supply-role.resolver';

/** Every resolver class of the schema. */
export const RESOLVERS = [
  CompanyResolver, CompanyConnectionResolver, CapabilityClaimResolver, CertificateResolver, MembershipResolver, ProgramTierResolver,
  CapabilityResolver, CertificationResolver, ProgramResolver, NetworkResolver, RegionResolver, CatalogManagementResolver,
  SupplyRoleResolver, SupplyRoleConnectionResolver, CapabilityRequirementResolver, CertificationRequirementResolver,
  SupplyLinkResolver, SearchResolver,
  MatchingResolver, SupplierMatchesResolver, SupplierMatchResolver, CapabilityMatchResolver, CertificationMatchResolver,
  MissingRequirementResolver, QualificationStepResolver, PartnerSuggestionResolver, FitReportResolver, ConsortiumMemberResolver,
  ConsortiaReportResolver, ...ANALYSIS_RESOLVERS, SavedAnalysisResolver,
  ReadinessResolver, ReadinessAnswerResolver, MeResolver, CypherConsoleResolver, ConfirmationResolver,
] as const;

/** The executable schema over a container of resolver instances, with class-validator on every input and ids normalised. */
export function buildAppSchema(container: ContainerType): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    container,
    authChecker,
    globalMiddlewares: [normaliseIdArguments],
    validate: { forbidUnknownValues: false },
  });
}

/** Printing a schema resolves nothing, so the SDL needs no resolver instances and no database. */
const NO_RESOLVER_INSTANCES: ContainerType = {
  get: (resolverClass: { name: string }) => {
    throw new Error(`${resolverClass.name}: a schema built for printing does not resolve`);
  },
};

/** The SDL committed as schema.graphql, sorted so that it only changes when the API does. */
export async function printSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema(NO_RESOLVER_INSTANCES)))}\n`;
}
