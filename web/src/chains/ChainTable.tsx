import { CompanyLink } from '../components/CompanyLink';
import { useI18n } from '../i18n';

interface ChainData {
  prime: { id: string; name: string; city: string | null };
  companies: { tier: number; depths: number[]; company: { id: string; name: string; city: string | null; confidential: boolean } }[];
  links: { id: string; product: string | null; program: { id: string; name: string } | null; supplier: { id: string }; customer: { id: string } }[];
}

/** The chain's companies by tier with whom they supply: the picture's accessible, printable twin. */
export function ChainTable({ chain, spofIds }: { chain: ChainData; spofIds: Set<string> }) {
  const { t } = useI18n();
  const names = new Map([[chain.prime.id, chain.prime], ...chain.companies.map((c) => [c.company.id, c.company] as const)]);
  const tiers = [...new Set(chain.companies.map((c) => c.tier))].sort((a, b) => a - b);
  // Below a program every link is for that program; below a prime the program tells the links apart.
  const showProgram = new Set(chain.links.map((l) => l.program?.id)).size > 1;
  const byName = (a: { company: { name: string } }, b: { company: { name: string } }) => a.company.name.localeCompare(b.company.name);
  return (
    <section className="card" aria-labelledby="chain-table">
      <h2 id="chain-table">{t.chains.tableTitle}</h2>
      <table className="chain-table">
        <thead>
          <tr>
            <th scope="col">{t.chains.tier}</th>
            <th scope="col">{t.chains.company}</th>
            <th scope="col">{t.chains.city}</th>
            <th scope="col">{t.chains.suppliesTo}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.chains.primeColumn}</th>
            <td><CompanyLink company={chain.prime} /></td>
            <td>{chain.prime.city ?? t.common.none}</td>
            <td>{t.common.none}</td>
          </tr>
        </tbody>
        {tiers.map((tier) => (
          <tbody key={tier} data-tier={tier}>
            {chain.companies.filter((c) => c.tier === tier).sort(byName).map((entry, index, rows) => (
              <tr key={entry.company.id}>
                {index === 0 && <th scope="rowgroup" rowSpan={rows.length}>{t.common.tier(tier)}</th>}
                <td>
                  <CompanyLink company={entry.company} />
                  {spofIds.has(entry.company.id) && <> <span className="badge bad chain-spof-badge">⚠ {t.chains.spofMark}</span></>}
                  {entry.depths.length > 1 && (
                    <span className="muted small block">{`${t.chains.alsoAt} ${entry.depths.filter((d) => d !== tier).join(', ')}`}</span>
                  )}
                </td>
                <td>{entry.company.city ?? t.common.none}</td>
                <td>
                  <ul className="plain-list">
                    {chain.links.filter((l) => l.supplier.id === entry.company.id).map((link) => (
                      <li key={link.id}>
                        <CompanyLink company={names.get(link.customer.id)!} />
                        <span className="muted small">
                          {[link.product, showProgram ? link.program?.name : null].filter(Boolean).map((s) => ` · ${s}`).join('')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

