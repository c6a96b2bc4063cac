import { useEffect, useState } from 'react';
import { useQuery } from 'urql';

import { CompanyLink } from '../components/CompanyLink';
import { Empty, ErrorState, Loading } from '../components/states';
import { useI18n } from '../i18n';
import { missingSentence } from './MissingItems';
import { RoleDraft, previewRequirement } from './role-draft';
import { PreviewQuery } from './role-editor-documents';
import { useScoreFormat } from '../components/ScoreBars';

const PREVIEW_DELAY_MS = 400;

/** Who would fit the role as it is being written: the ranking, updated shortly after each change, before saving. */
export function MatchPreview({ draft }: { draft: RoleDraft }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const score = useScoreFormat();
  const requirement = useDebounced(previewRequirement(draft), PREVIEW_DELAY_MS);
  const [result] = useQuery({ query: PreviewQuery, variables: { requirement: requirement! }, pause: requirement === null });
  const text = t.roleEditor;
  const body = () => {
    if (requirement === null) return <Empty>{text.previewNeedsCapability}</Empty>;
    if (result.error) return <ErrorState error={result.error} />;
    if (!result.data) return <Loading />;
    const { matches, eligibleCount, nearMissCount } = result.data.matchSuppliersForRequirement;
    if (matches.length === 0) return <Empty>{text.previewNobody}</Empty>;
    return (
      <>
        <p className="small">{text.previewCounts(eligibleCount, nearMissCount)}</p>
        <ol className="preview-list">
          {matches.map((match) => (
            <li key={match.company.id} className={match.eligible ? 'eligible' : 'near-miss'}>
              <div className="preview-line">
                <span className="preview-company"><CompanyLink company={match.company} /> <span className="small muted">{match.company.city}</span></span>
                <span className="num preview-score">{score(match.score)}</span>
              </div>
              <div className="small">
                {match.eligible ? <span className="badge good">✓ {text.eligible}</span> : <span className="badge warn">△ {text.nearMiss}</span>}
                {match.distanceKm !== null && match.distanceKm !== undefined && <span className="muted"> · {fmt.km(match.distanceKm)}</span>}
              </div>
              {match.missing.length > 0 && (
                <ul className="small preview-missing">
                  {match.missing.map((item, i) => <li key={i}>{missingSentence(i18n, item)}</li>)}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </>
    );
  };
  return (
    <aside className="card match-preview" aria-labelledby="preview-title" aria-busy={result.fetching}>
      <h2 id="preview-title">{text.previewTitle}</h2>
      <p className="small muted">{text.previewIntro}</p>
      {body()}
    </aside>
  );
}

/** The value as it was a moment ago, once it has stopped changing (compared by content). */
function useDebounced<T>(value: T, delayMs: number): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(JSON.parse(key) as T), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  return settled;
}
