import { useMemo } from 'react';

import { Locale, useI18n } from '../i18n';
import './ScoreBars.css';

export type Criterion = 'CAPABILITY' | 'CERTIFICATION' | 'PROXIMITY' | 'READINESS' | 'RELATIONSHIP';

export interface ScoreComponent {
  criterion: Criterion;
  score: number;
  weight: number;
  contribution: number;
}

/** Scores in [0, 1] with two fixed decimals (0,83), so that columns of them line up. */
export function useScoreFormat(): (value: number) => string {
  const { locale } = useI18n();
  return useMemo(() => scoreFormat(locale), [locale]);
}

function scoreFormat(locale: Locale): (value: number) => string {
  const format = new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

/**
 * A match's score broken down: one bar per criterion, in the criterion's colour, with its name, its score and
 * what it adds to the total (weight times score), so that "why is A above B" shows without reading numbers.
 */
export function ScoreBars({ breakdown }: { breakdown: readonly ScoreComponent[] }) {
  const { t } = useI18n();
  const score = useScoreFormat();
  return (
    <ul className="score-bars">
      {breakdown.map((part) => (
        <li key={part.criterion} className={`score-bar c-${part.criterion.toLowerCase()}`} data-criterion={part.criterion}>
          <span className="score-bar-label">{t.common.criterion[part.criterion]}</span>
          <span className="score-bar-track" aria-hidden="true">
            <span className="score-bar-fill" style={{ width: `${Math.round(part.score * 100)}%` }} />
          </span>
          <span className="score-bar-value num">{score(part.score)}</span>
          <span className="score-bar-contribution num" title={t.common.scoreContribution}>
            <span className="visually-hidden">{t.common.scoreContribution} </span>+{score(part.contribution)}
          </span>
        </li>
      ))}
    </ul>
  );
}
