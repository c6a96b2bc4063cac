import { initGraphQLTada } from 'gql.tada';

import type { introspection } from './graphql-env';

/**
 * `graphql()` types the suites' operations against schema.graphql (introspected into graphql-env.d.ts by
 * tools/generate-test-graphql-env.mjs); custom scalars as the web application maps them.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  // Suites assert on whole results, fragments included, so fragments are not masked.
  disableMasking: true;
  scalars: {
    LocalDate: string;
    JSON: unknown;
    JSONObject: Record<string, unknown>;
  };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';
