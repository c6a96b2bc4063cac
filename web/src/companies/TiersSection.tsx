import { Link } from 'react-router-dom';

import { CompanyLink } from '../components/CompanyLink';
import { Empty } from '../components/states';
import { FragmentOf, graphql, readFragment } from '../graphql';
import { useI18n } from '../i18n';

export const CompanyTiersFragment = graphql(`
  fragment CompanyTiers on Company {
    id isPrime
    tiers { tier program { id name } under { id name } chain { id name } prime { id name } }
  }
`);

/** The company's tier in each program with the supply path up to the prime as a row of linked names. */
export function TiersSection({ data }: { data: FragmentOf<typeof CompanyTiersFragment> }) {
  const { t, locale } = useI18n();
  const company = readFragment(CompanyTiersFragment, data);
  const tiers = [...company.tiers].sort((a, b) => a.program.name.localeCompare(b.program.name, locale));
  return (
    <section className="card" aria-labelledby="tiers-title">
      <h2 id="tiers-title">{t.companies.tiers.title}</h2>
      {tiers.length > 0 && <p className="muted small section-intro">{t.companies.tiers.intro}</p>}
      {company.isPrime && (
        <p>
          {t.companies.tiers.primeNote}{' '}
          <Link className="no-print" to={`/chains/prime/${encodeURIComponent(company.id)}`}>{t.companies.tiers.showPrimeChains}</Link>
        </p>
      )}
      {tiers.length === 0 ? !company.isPrime && <Empty>{t.companies.tiers.none}</Empty> : (
        <ul className="tier-list">
          {tiers.map((tier) => (
            <li key={tier.program.id}>
              <div className="tier-head">
                <h3>{tier.program.name}</h3>
                <span className="badge">{t.common.tier(tier.tier)}</span>
                <span className="muted small">{t.companies.tiers.under(tier.under?.name ?? t.common.confidentialCustomer)}</span>
                <Link className="small no-print" to={`/chains/${encodeURIComponent(tier.program.id)}?highlight=${encodeURIComponent(company.id)}`}>
                  {t.companies.tiers.showChain}
                </Link>
              </div>
              <ol className="chain-path" aria-label={t.companies.tiers.chainLabel(tier.program.name)}>
                {tier.chain.map((member, index) => (
                  <li key={member.id}>
                    {index > 0 && <span className="chain-arrow" aria-hidden="true">→</span>}
                    <span className={`chain-node${member.id === company.id ? ' self' : member.id === tier.prime.id ? ' prime' : ''}`}>
                      {member.id === company.id ? <strong>{member.name}</strong> : <CompanyLink company={member} />}
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
