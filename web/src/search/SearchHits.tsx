import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { CompanyLink } from '../components/CompanyLink';
import { Empty, QueryState } from '../components/states';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';

const SearchQuery = graphql(`
  query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      node {
        __typename
        ... on Company { id name city region { id name } }
        ... on Capability { id name nameDe domain { id name nameDe } }
      }
    }
  }
`);

const MIN_LENGTH = 2;

/** Full-text hits for the search text: companies link to their profile, capabilities to the filtered list. */
export function SearchHits({ text }: { text: string }) {
  const { t, capName } = useI18n();
  const tooShort = text.trim().length < MIN_LENGTH;
  const [result, refetch] = useQuery({ query: SearchQuery, variables: { text, first: 12 }, pause: tooShort });
  return (
    <section className="card search-hits" aria-labelledby="search-hits-title">
      <h2 id="search-hits-title">{t.search.hitsTitle(text)}</h2>
      {tooShort ? <Empty>{t.search.tooShort}</Empty> : (
        <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {(data) => data.search.length === 0 ? <Empty>{t.search.noHits(text)}</Empty> : (
            <ul className="hit-list">
              {data.search.map(({ node }) => node.__typename === 'Company' ? (
                <li key={`company:${node.id}`} className="hit hit-company">
                  <span className="hit-kind">{t.search.hitCompany}</span>
                  <span className="hit-name"><CompanyLink company={node} /></span>
                  <span className="muted small">{[...new Set([node.city, node.region?.name].filter(Boolean))].join(' · ')}</span>
                </li>
              ) : (
                <li key={`capability:${node.id}`} className="hit hit-capability">
                  <span className="hit-kind">{t.search.hitCapability}</span>
                  <span className="hit-name">
                    <Link to={`/?capability=${encodeURIComponent(node.id)}`} aria-describedby={`hit-cap-${node.id}`}>{capName(node)}</Link>
                  </span>
                  <span className="muted small" id={`hit-cap-${node.id}`}>
                    {node.domain.id !== node.id && <>{capName(node.domain)} · </>}{t.search.capabilityHitLink}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      )}
    </section>
  );
}
