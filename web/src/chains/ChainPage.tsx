import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { CompanyLink } from '../components/CompanyLink';
import { ReportDownload } from '../components/ReportDownload';
import { Empty, QueryState } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { graphql, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import { ChainPicture, PictureCompany, PictureLink, SPOF_SYMBOL } from './ChainPicture';
import { ChainTable } from './ChainTable';
import { shortestPathToPrime } from './layout';
import './chains.css';

const ChainQuery = graphql(`
  query SupplyChain($programId: ID, $primeId: ID, $maxDepth: Int!) {
    supplyChain(programId: $programId, primeId: $primeId, maxDepth: $maxDepth) {
      prime { id name city }
      companies { tier depths confidential region { name } company { id name city } }
      links { id product program { id name } supplier { id } customer { id } }
      singlePointOfFailureCount
      singlePointsOfFailure { company { id name } cutOff { id name } }
      soleCapabilities { capability { id name nameDe } company { id name } }
    }
    programs { id name customer }
  }
`);

type ChainAnswer = ResultOf<typeof ChainQuery>['supplyChain'];
type ChainCompany = { id: string; name: string; city: string | null; confidential: boolean };
type Chain = Omit<ChainAnswer, 'companies'> & { companies: (Omit<ChainAnswer['companies'][number], 'company'> & { company: ChainCompany })[] };

/**
 * A company key sees a supplier behind a link confidential to it with its tier and Kreis only: it gets a local key
 * and a description ("vertraulicher Lieferant (Tier-2, Märkischer Kreis)") in place of an id and a name.
 */
function withConfidentialSuppliers(chain: ChainAnswer, describe: (tier: number, region: string | null) => string): Chain {
  return {
    ...chain,
    companies: chain.companies.map((entry, index) => ({
      ...entry,
      company: entry.company
        ? { ...entry.company, confidential: false }
        : { id: `confidential-${index}`, name: describe(entry.tier, entry.region?.name ?? null), city: entry.region?.name ?? null, confidential: true },
    })),
  };
}

const DEPTHS = [1, 2, 3, 4, 5, 6];
const DEFAULT_DEPTH = 4;

/** The supply chain below a program (`/chains/:programId`) or a prime (`/chains/prime/:companyId`), drawn and listed. */
export default function ChainPage() {
  const { t } = useI18n();
  const { programId, companyId } = useParams();
  const [params, update] = useUrlParams();
  const depthParam = Number(params.get('maxDepth'));
  const maxDepth = DEPTHS.includes(depthParam) ? depthParam : DEFAULT_DEPTH;
  const highlightId = params.get('highlight');
  const [result, retry] = useQuery({
    query: ChainQuery,
    variables: { programId: companyId ? null : programId, primeId: companyId ?? null, maxDepth },
  });
  return (
    <div className="chains-page">
      <p className="no-print chain-back"><Link to="/chains">← {t.chains.backToIndex}</Link></p>
      <QueryState result={result} onRetry={() => retry({ requestPolicy: 'network-only' })}>
        {({ supplyChain: answer, programs }) => {
          const supplyChain = withConfidentialSuppliers(answer, (tier, region) => t.common.confidentialSupplier(t.common.tier(tier), region));
          const program = programId && !companyId ? programs.find((p) => p.id === programId) : undefined;
          return (
            <>
              <div className="page-head">
                <div>
                  <h1>{program ? t.chains.chainOfProgram(program.name) : t.chains.chainOfPrime(supplyChain.prime.name)}</h1>
                  <p className="muted">
                    {program ? t.chains.programSubtitle(supplyChain.prime.name, program.customer) : t.chains.primeSubtitle}
                  </p>
                  <p className="chain-summary">
                    {t.chains.summary(supplyChain.companies.length, supplyChain.links.length, supplyChain.singlePointOfFailureCount)}
                  </p>
                </div>
                <div className="toolbar no-print">
                  <ReportDownload report="supply-chain" label={t.chains.downloadCsv} failed={t.chains.downloadFailed}
                    query={new URLSearchParams({ ...(companyId ? { prime: companyId } : { program: programId ?? '' }), maxDepth: String(maxDepth) })} />
                  <button type="button" onClick={() => window.print()}>{t.common.actions.print}</button>
                </div>
              </div>
              <ChainView chain={supplyChain} maxDepth={maxDepth} highlightId={highlightId} update={update} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

function ChainView({ chain, maxDepth, highlightId, update }: {
  chain: Chain;
  maxDepth: number;
  highlightId: string | null;
  update: (changes: Record<string, string | null>) => void;
}) {
  const { t } = useI18n();
  const companies = useMemo<PictureCompany[]>(
    () => chain.companies.map((c) => ({ id: c.company.id, name: c.company.name, city: c.company.city, tier: c.tier, confidential: c.company.confidential })),
    [chain],
  );
  const links = useMemo<PictureLink[]>(
    () => chain.links.map((l) => ({ supplierId: l.supplier.id, customerId: l.customer.id, product: l.product, programName: l.program?.name ?? null })),
    [chain],
  );
  const spofIds = useMemo(() => new Set(chain.singlePointsOfFailure.map((s) => s.company.id)), [chain]);
  const choices = chain.companies.filter((c) => !c.company.confidential).sort((a, b) => a.tier - b.tier || a.company.name.localeCompare(b.company.name));
  return (
    <>
      <form className="card chain-controls no-print" aria-label={t.chains.controls} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="chain-depth">{t.chains.maxDepth}</label>
          <select id="chain-depth" value={maxDepth}
            onChange={(e) => update({ maxDepth: Number(e.target.value) === DEFAULT_DEPTH ? null : e.target.value })}>
            {DEPTHS.map((n) => <option key={n} value={n}>{t.chains.depthOption(n)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="chain-highlight">{t.chains.highlight}</label>
          <select id="chain-highlight" value={highlightId ?? ''} onChange={(e) => update({ highlight: e.target.value })}>
            <option value="">{t.chains.highlightNone}</option>
            {highlightId && !chain.companies.some((c) => c.company.id === highlightId) && <option value={highlightId}>{highlightId}</option>}
            {choices.map((c) => (
              <option key={c.company.id} value={c.company.id}>{`${c.company.name} (${t.common.tier(c.tier)})`}</option>
            ))}
          </select>
        </div>
      </form>
      {chain.companies.length === 0 ? (
        <section className="card"><Empty>{t.chains.empty}</Empty></section>
      ) : (
        <>
          <section className="card" aria-labelledby="chain-picture">
            <h2 id="chain-picture">{t.chains.pictureTitle}</h2>
            {highlightId && <HighlightedPath chain={chain} highlightId={highlightId} />}
            <div className="chain-scroll">
              <ChainPicture prime={chain.prime} companies={companies} links={links} spofIds={spofIds} highlightId={highlightId} />
            </div>
            <Legend highlighting={!!highlightId} />
          </section>
          <div className="grid-2-even">
            <SinglePointsOfFailure chain={chain} />
            <SoleCapabilities chain={chain} />
          </div>
          <ChainTable chain={chain} spofIds={spofIds} />
        </>
      )}
    </>
  );
}

function HighlightedPath({ chain, highlightId }: { chain: Chain; highlightId: string }) {
  const { t } = useI18n();
  const names = new Map([[chain.prime.id, chain.prime], ...chain.companies.map((c) => [c.company.id, c.company] as const)]);
  const start = names.get(highlightId);
  const path = start && shortestPathToPrime(highlightId, chain.prime.id, chain.links.map((l) => ({ supplierId: l.supplier.id, customerId: l.customer.id })));
  if (!start || !path) return <p className="chain-path muted">{t.chains.pathNone}</p>;
  return (
    <div className="chain-path">
      <h3>{t.chains.pathTitle(start.name)}</h3>
      <ol>
        {path.map((id) => <li key={id}><CompanyLink company={names.get(id)!} /></li>)}
      </ol>
    </div>
  );
}

function Legend({ highlighting }: { highlighting: boolean }) {
  const { t } = useI18n();
  return (
    <div className="chain-legend">
      <h3 className="visually-hidden">{t.chains.legend}</h3>
      <ul>
        <li>
          <svg width="34" height="20" aria-hidden="true"><rect x="1" y="2" width="32" height="16" rx="3" className="legend-box" /></svg>
          {t.chains.legendCompany}
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <rect x="1" y="1" width="32" height="18" rx="4" className="legend-spof-ring" />
            <rect x="4" y="4" width="26" height="12" rx="2" className="legend-box" />
          </svg>
          <span><span aria-hidden="true">{SPOF_SYMBOL} </span>{t.chains.legendSpof}</span>
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true"><path d="M 32 10 L 4 10" className="legend-edge" markerEnd="url(#chain-arrow)" /></svg>
          {t.chains.legendLink}
        </li>
        {highlighting && (
          <li>
            <svg width="34" height="20" aria-hidden="true"><path d="M 32 10 L 4 10" className="legend-edge on-path" markerEnd="url(#chain-arrow-path)" /></svg>
            {t.chains.legendPath}
          </li>
        )}
      </ul>
    </div>
  );
}

function SinglePointsOfFailure({ chain }: { chain: Chain }) {
  const { t } = useI18n();
  const spofs = [...chain.singlePointsOfFailure].sort((a, b) => b.cutOff.length - a.cutOff.length || a.company.name.localeCompare(b.company.name));
  return (
    <section className="card" aria-labelledby="chain-spofs">
      <h2 id="chain-spofs">{t.chains.spofTitle}</h2>
      {spofs.length === 0 ? <Empty>{t.chains.spofNone}</Empty> : (
        <>
          <p className="muted small">{t.chains.spofIntro}</p>
          <ul className="chain-spof-list">
            {spofs.map((spof) => (
              <li key={spof.company.id}>
                <span className="spof-symbol" aria-hidden="true">{SPOF_SYMBOL}</span>
                <strong><CompanyLink company={spof.company} /></strong>
                <span className="cut-off">
                  {t.chains.cutsOff}{' '}
                  {spof.cutOff.map((company, i) => (
                    <span key={company.id}>{i > 0 && ', '}<CompanyLink company={company} /></span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SoleCapabilities({ chain }: { chain: Chain }) {
  const { t, capName } = useI18n();
  return (
    <section className="card" aria-labelledby="chain-sole">
      <h2 id="chain-sole">{t.chains.soleTitle}</h2>
      {chain.soleCapabilities.length === 0 ? <Empty>{t.chains.soleNone}</Empty> : (
        <>
          <p className="muted small">{t.chains.soleIntro}</p>
          <table className="chain-sole">
            <thead>
              <tr><th scope="col">{t.chains.capability}</th><th scope="col">{t.chains.company}</th></tr>
            </thead>
            <tbody>
              {chain.soleCapabilities.map((sole) => (
                <tr key={`${sole.capability.id}-${sole.company.id}`}>
                  <td>{capName(sole.capability)}</td>
                  <td><CompanyLink company={sole.company} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
