import { useQuery } from 'urql';

import { ReportDownload } from '../components/ReportDownload';
import { QueryState } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { DomainRollupTable } from './DomainRollupTable';
import { GapTable } from './GapTable';
import { GapOptionsForm, optionsFromParams, ScopeChoicesQuery, scopeName } from './GapOptionsForm';
import { scopeFromParams, scopeVariable } from './scope';
import './gaps.css';

const GapsQuery = graphql(`
  query CapabilityGaps($scope: AnalysisScope, $options: GapOptions) {
    capabilityGaps(scope: $scope, options: $options) {
      domains { domain { id name nameDe } uncovered singleSource thin covered roles }
      gaps {
        status requiredLevel supplierCount
        capability { id name nameDe }
        domain { id name nameDe }
        suppliers { id name city }
        demand { minLevel tier deadline role { id title buyer { id name } } }
        closers { level distanceKm company { id name city } }
      }
    }
  }
`);

/** Capability gaps of one scope (network, region, program or prime): a roll-up per domain, then every gap. */
export default function GapsPage() {
  const { t } = useI18n();
  const [params, update] = useUrlParams();
  const scope = scopeFromParams(params);
  const options = optionsFromParams(params);
  const [choices] = useQuery({ query: ScopeChoicesQuery });
  const [result, retry] = useQuery({
    query: GapsQuery,
    variables: { scope: scopeVariable(scope), options },
  });
  return (
    <div className="gaps-page">
      <div className="page-head">
        <div>
          <h1>{t.gaps.title}</h1>
          <p className="muted">{t.gaps.intro}</p>
          <p className="gap-scope-line">
            {scope ? t.gaps.scopeLabel(scopeName(scope, choices.data) ?? scope.id) : t.gaps.everything}
          </p>
        </div>
        <div className="toolbar no-print">
          <ReportDownload report="capability-gaps" query={reportQuery(params)} label={t.gaps.downloadCsv} failed={t.gaps.downloadFailed} />
          <button type="button" onClick={() => window.print()}>{t.common.actions.print}</button>
        </div>
      </div>
      <GapOptionsForm params={params} update={update} choices={choices.data} />
      <QueryState result={result} onRetry={() => retry({ requestPolicy: 'network-only' })}>
        {({ capabilityGaps }) =>
          capabilityGaps.gaps.length === 0 ? (
            <section className="card" aria-labelledby="gaps-list">
              <h2 id="gaps-list">{t.gaps.listTitle}</h2>
              <p className="state state-empty">{options.includeCovered ? t.gaps.emptyWithCovered : t.gaps.empty}</p>
            </section>
          ) : (
            <>
              <DomainRollupTable domains={capabilityGaps.domains} />
              <GapTable gaps={capabilityGaps.gaps} closersPerGap={options.closersPerGap} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

/** The page's query string in the terms of /reports/capability-gaps.csv. */
function reportQuery(params: URLSearchParams): URLSearchParams {
  const scope = scopeFromParams(params);
  const options = optionsFromParams(params);
  return new URLSearchParams({
    ...(scope ? { [scope.kind]: scope.id } : {}),
    thinBelow: String(options.thinBelow),
    closersPerGap: String(options.closersPerGap),
    includeCovered: String(options.includeCovered),
  });
}
