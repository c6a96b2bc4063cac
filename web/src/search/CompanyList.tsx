import { useRef } from 'react';
import { useQuery } from 'urql';

import { CompanyLink } from '../components/CompanyLink';
import { Empty, QueryState } from '../components/states';
import { graphql, ResultOf, VariablesOf } from '../graphql';
import { useI18n } from '../i18n';
import { CompanyFilters } from './search-state';

const CompanyListQuery = graphql(`
  query CompanyList($where: CompanyWhere, $first: Int, $after: String, $orderBy: CompanyOrder) {
    companies(where: $where, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges {
        node {
          id name city isPrime sizeClass employees
          region { id name }
          readiness { status }
          capabilities { level capability { id name nameDe } }
        }
      }
    }
  }
`);

type Row = ResultOf<typeof CompanyListQuery>['companies']['edges'][number]['node'];

const TOP_CAPABILITIES = 3;

function variablesOf(filters: CompanyFilters, after: string | null): VariablesOf<typeof CompanyListQuery> {
  return {
    where: {
      networkId: filters.network,
      regionId: filters.region,
      capabilityId: filters.capability,
      minLevel: filters.capability ? filters.minLevel : null,
      certificationId: filters.certification,
      nameContains: filters.name,
    },
    first: filters.size,
    after,
    orderBy: { field: filters.sort, direction: filters.sort === 'EMPLOYEES' ? 'DESC' : 'ASC' },
  };
}

interface Props {
  filters: CompanyFilters;
  after: string | null;
  pageIndex: number;
  onNext(endCursor: string): void;
  onPrevious(): void;
}

/** One page of the filtered companies with "x–y von N" and previous/next. */
export function CompanyList({ filters, after, pageIndex, onNext, onPrevious }: Props) {
  const { t, fmt } = useI18n();
  const [result, refetch] = useQuery({ query: CompanyListQuery, variables: variablesOf(filters, after) });
  // urql forgets the data when the variables change: keep the last page on screen (dimmed) until the next arrives.
  const lastData = useRef(result.data);
  if (result.data) lastData.current = result.data;
  const stale = !result.data && Boolean(lastData.current);
  return (
    <QueryState result={{ ...result, data: result.data ?? lastData.current }} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ companies }) => {
        if (companies.totalCount === 0 || companies.edges.length === 0) return <Empty>{t.search.noCompanies}</Empty>;
        const from = pageIndex * filters.size + 1;
        const range = t.search.range(fmt.number(from), fmt.number(from + companies.edges.length - 1), fmt.number(companies.totalCount));
        const endCursor = companies.pageInfo.endCursor;
        return (
          <>
            <p className="list-range" aria-live="polite">{range}</p>
            <table className={stale ? 'company-table stale' : 'company-table'} aria-busy={stale || undefined}>
              <thead>
                <tr>
                  <th scope="col">{t.search.column.company}</th>
                  <th scope="col">{t.search.column.place}</th>
                  <th scope="col">{t.search.column.size}</th>
                  <th scope="col">{t.search.column.capabilities}</th>
                  <th scope="col">{t.search.column.readiness}</th>
                </tr>
              </thead>
              <tbody>{companies.edges.map(({ node }) => <CompanyRow key={node.id} company={node} />)}</tbody>
            </table>
            <nav className="pager no-print" aria-label={t.search.paging}>
              <button type="button" onClick={onPrevious} disabled={pageIndex === 0 && !companies.pageInfo.hasPreviousPage}>
                ← {t.search.previousPage}
              </button>
              <span className="muted">{range}</span>
              <button type="button" onClick={() => endCursor && onNext(endCursor)} disabled={!companies.pageInfo.hasNextPage}>
                {t.search.nextPage} →
              </button>
            </nav>
          </>
        );
      }}
    </QueryState>
  );
}

function CompanyRow({ company }: { company: Row }) {
  const { t, fmt, capName } = useI18n();
  const top = [...company.capabilities].sort((a, b) => b.level - a.level).slice(0, TOP_CAPABILITIES);
  const ready = company.readiness?.status === 'AWARDED';
  return (
    <tr>
      <td>
        <span className="company-name"><CompanyLink company={company} /></span>
        {company.isPrime && <span className="badge neutral">{t.search.prime}</span>}
      </td>
      <td>
        {company.city ?? t.common.none}
        {company.region && company.region.name !== company.city && <div className="muted small">{company.region.name}</div>}
      </td>
      <td>
        {company.sizeClass ? t.common.sizeClass[company.sizeClass] : t.common.none}
        {company.employees != null && <div className="muted small">{t.search.employees(fmt.number(company.employees))}</div>}
      </td>
      <td>
        {top.length === 0 ? <span className="muted">{t.search.noCapabilities}</span> : (
          <ul className="top-capabilities">
            {top.map((claim) => (
              <li key={claim.capability.id}>
                <span>{capName(claim.capability)}</span> <span className="level-chip">{t.common.level(claim.level)}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {ready ? <span className="badge good">✓ {t.search.defenceReady}</span> : <span className="muted">{t.search.notDefenceReady}</span>}
      </td>
    </tr>
  );
}
