import { useQuery } from 'urql';

import { ReportDownload } from '../components/ReportDownload';
import { Empty, QueryState } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { ScopeChoicesQuery, scopeName, ScopeOptions } from '../gaps/GapOptionsForm';
import { scopeChanges, scopeFromParams, scopeValue, scopeVariable } from '../gaps/scope';
import { graphql, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import './concentration.css';

const ConcentrationQuery = graphql(`
  query Concentration($scope: AnalysisScope) {
    concentration(scope: $scope) {
      supplierCount largestRegionShare largestGroupShare
      capability { id name nameDe domain { id name nameDe } }
      largestRegion { id name }
      largestGroup { id name }
    }
  }
`);

type Entry = ResultOf<typeof ConcentrationQuery>['concentration'][number];

/** A share at or above which a regional or group shock would cut most of the supply. */
const CLUSTER_SHARE = 0.5;

/** Per capability: the suppliers in scope and the share of the largest Kreis and group, the riskiest first. */
export default function ConcentrationPage() {
  const { t } = useI18n();
  const [params, update] = useUrlParams();
  const scope = scopeFromParams(params);
  const [choices] = useQuery({ query: ScopeChoicesQuery });
  const [result, retry] = useQuery({ query: ConcentrationQuery, variables: { scope: scopeVariable(scope) } });
  const data = choices.data;
  return (
    <div className="concentration-page">
      <div className="page-head">
        <div>
          <h1>{t.concentration.title}</h1>
          <p className="muted">{t.concentration.intro}</p>
          <p><strong>{scope ? t.concentration.scopeLabel(scopeName(scope, data) ?? scope.id) : t.concentration.everything}</strong></p>
        </div>
        <div className="toolbar no-print">
          <ReportDownload report="concentration" query={new URLSearchParams(scope ? { [scope.kind]: scope.id } : {})}
            label={t.concentration.downloadCsv} failed={t.concentration.downloadFailed} />
          <button type="button" onClick={() => window.print()}>{t.common.actions.print}</button>
        </div>
      </div>
      <form className="card no-print concentration-options" aria-label={t.concentration.filters} onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="concentration-scope">{t.concentration.scope}</label>
        <select id="concentration-scope" value={scopeValue(scope)} onChange={(e) => update(scopeChanges(e.target.value))}>
          <option value="">{t.concentration.everything}</option>
          {scope && !data && <option value={scopeValue(scope)}>{scope.id}</option>}
          {data && <ScopeOptions choices={data} />}
        </select>
      </form>
      <QueryState result={result} onRetry={() => retry({ requestPolicy: 'network-only' })}>
        {({ concentration }) => concentration.length === 0
          ? <section className="card"><Empty>{t.concentration.empty}</Empty></section>
          : <ConcentrationTable entries={concentration} />}
      </QueryState>
    </div>
  );
}

function ConcentrationTable({ entries }: { entries: readonly Entry[] }) {
  const { t, capName } = useI18n();
  const clustered = entries.filter((e) => e.largestRegionShare >= CLUSTER_SHARE).length;
  return (
    <section className="card" aria-labelledby="concentration-list">
      <h2 id="concentration-list">{t.concentration.listTitle(entries.length)}</h2>
      <p className="muted">{t.concentration.clustered(clustered)}</p>
      <table className="concentration-table">
        <thead>
          <tr>
            <th scope="col">{t.concentration.capability}</th>
            <th scope="col" className="num">{t.concentration.suppliers}</th>
            <th scope="col">{t.concentration.largestRegion}</th>
            <th scope="col">{t.concentration.largestGroup}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.capability.id}>
              <td>
                {capName(entry.capability)}
                {entry.capability.domain.id !== entry.capability.id && <div className="small muted">{capName(entry.capability.domain)}</div>}
              </td>
              <td className="num">{entry.supplierCount}</td>
              <td><ShareCell name={entry.largestRegion?.name ?? t.concentration.noRegion} share={entry.largestRegionShare} /></td>
              <td><ShareCell name={entry.largestGroup?.name ?? t.concentration.confidentialGroup} share={entry.largestGroupShare} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A name with its share as a number, a bar, and in words when the share makes a cluster risk. */
function ShareCell({ name, share }: { name: string; share: number }) {
  const { t, fmt } = useI18n();
  return (
    <div className="share-cell">
      <span className="share-name">{name}</span>
      <span className="share-bar" aria-hidden="true"><span style={{ width: `${Math.round(share * 100)}%` }} className={share >= CLUSTER_SHARE ? 'high' : ''} /></span>
      <span className="num share-value">{fmt.percent(share)}</span>
      {share === 1 ? <span className="badge bad">{t.concentration.all}</span>
        : share >= CLUSTER_SHARE && <span className="badge warn">{t.concentration.most}</span>}
    </div>
  );
}
