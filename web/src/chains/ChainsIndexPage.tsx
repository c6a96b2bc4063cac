import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { CompanyLink } from '../components/CompanyLink';
import { Empty, QueryState } from '../components/states';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import './chains.css';

const ChainsIndexQuery = graphql(`
  query ChainsIndex {
    programs { id name customer prime { id name } }
    primes { id name city }
  }
`);

/** Every program (with its prime) and every prime, each linking to its chain. */
export default function ChainsIndexPage() {
  const { t } = useI18n();
  const [result, retry] = useQuery({ query: ChainsIndexQuery });
  return (
    <div className="chains-page">
      <div className="page-head">
        <div>
          <h1>{t.chains.title}</h1>
          <p className="muted">{t.chains.intro}</p>
        </div>
      </div>
      <QueryState result={result} onRetry={() => retry({ requestPolicy: 'network-only' })}>
        {({ programs, primes }) => (
          <div className="grid-2">
            <section className="card" aria-labelledby="chains-programs">
              <h2 id="chains-programs">{t.chains.programs}</h2>
              {programs.length === 0 ? <Empty>{t.chains.noPrograms}</Empty> : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t.chains.program}</th>
                      <th scope="col">{t.chains.prime}</th>
                      <th scope="col">{t.chains.customer}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {programs.map((program) => (
                      <tr key={program.id}>
                        <th scope="row"><Link to={`/chains/${encodeURIComponent(program.id)}`}>{program.name}</Link></th>
                        <td>{program.prime ? <CompanyLink company={program.prime} /> : <span className="muted">{t.chains.noPrime}</span>}</td>
                        <td>{program.customer ?? t.common.none}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section className="card" aria-labelledby="chains-primes">
              <h2 id="chains-primes">{t.chains.primes}</h2>
              {primes.length === 0 ? <Empty>{t.chains.noPrimes}</Empty> : (
                <ul className="chain-prime-list">
                  {primes.map((prime) => (
                    <li key={prime.id}>
                      <Link to={`/chains/prime/${encodeURIComponent(prime.id)}`}>{t.chains.primeChain(prime.name)}</Link>
                      {prime.city && <span className="muted small"> · {prime.city}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
        )}
      </QueryState>
    </div>
  );
}
