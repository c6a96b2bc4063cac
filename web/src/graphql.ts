import { initGraphQLTada } from 'gql.tada';

import type { introspection } from './graphql-env.d.ts';

/**
 * `graphql()` types every document of the application against schema.graphql (generated into graphql-env.d.ts
 * at build time); `gql.tada check` in the build fails on a field the API no longer has.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    LocalDate: string;
    JSON: unknown;
    JSONObject: Record<string, unknown>;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
