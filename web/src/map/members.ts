import { useEffect, useState } from 'react';
import { CombinedError, useClient } from 'urql';

import { graphql, ResultOf, VariablesOf } from '../graphql';

const PAGE_SIZE = 200;

const MembersPageQuery = graphql(`
  query MapMembers($where: CompanyWhere, $first: Int, $after: String) {
    companies(where: $where, first: $first, after: $after, orderBy: { field: NAME }) {
      pageInfo { hasNextPage endCursor }
      edges { node { id name city region { id name ags } } }
    }
  }
`);

export type MapCompany = ResultOf<typeof MembersPageQuery>['companies']['edges'][number]['node'];
type Where = VariablesOf<typeof MembersPageQuery>['where'];

/** Every company matching the filter, page by page (the API gives at most 200 at a time). */
export function useAllCompanies(where: Where): { data?: MapCompany[]; error?: CombinedError; fetching: boolean } {
  const client = useClient();
  const key = JSON.stringify(where);
  const [state, setState] = useState<{ key: string; data?: MapCompany[]; error?: CombinedError }>({ key: '' });
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: MapCompany[] = [];
      let after: string | null = null;
      for (;;) {
        const result = await client.query(MembersPageQuery, { where, first: PAGE_SIZE, after }).toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ key, error: result.error });
          return;
        }
        all.push(...result.data.companies.edges.map((edge) => edge.node));
        if (!result.data.companies.pageInfo.hasNextPage) break;
        after = result.data.companies.pageInfo.endCursor ?? null;
      }
      setState({ key, data: all });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, key]);
  return state.key === key ? { data: state.data, error: state.error, fetching: false } : { fetching: true };
}
