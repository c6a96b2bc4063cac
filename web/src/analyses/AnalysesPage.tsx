import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { useSession } from '../auth/session';
import { Empty, Forbidden, QueryState } from '../components/states';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { analysisTexts } from './texts';
import './analyses.css';

const LibraryQuery = graphql(`
  query AnalysisLibrary {
    savedAnalyses { name title description parameters { name } }
  }
`);

/** The library of saved analyses: each with its title, what it answers and the parameters it takes. */
export default function AnalysesPage() {
  const { me } = useSession();
  return me.isStaff ? <Library /> : <Forbidden />;
}

function Library() {
  const { t } = useI18n();
  const [result, retry] = useQuery({ query: LibraryQuery });
  return (
    <div className="analyses-page">
      <div className="page-head">
        <div>
          <h1>{t.analyses.title}</h1>
          <p className="muted">{t.analyses.intro}</p>
        </div>
      </div>
      <QueryState result={result} onRetry={() => retry({ requestPolicy: 'network-only' })}>
        {({ savedAnalyses }) => savedAnalyses.length === 0 ? <Empty>{t.analyses.none}</Empty> : (
          <ul className="analysis-library">
            {savedAnalyses.map((analysis) => {
              const texts = analysisTexts(t, analysis);
              return (
                <li key={analysis.name} className="card">
                  <h2><Link to={`/analyses/${analysis.name}`}>{texts.title}</Link></h2>
                  <p>{texts.description}</p>
                  <p className="small muted">
                    {analysis.parameters.length === 0 ? t.analyses.noParameters
                      : t.analyses.parameterList(analysis.parameters.map((p) => t.analyses.parameterNames[p.name] ?? p.name).join(', '))}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </div>
  );
}
