import { useState } from 'react';

import type { Criterion } from '../components/ScoreBars';
import { useUrlParams } from '../components/url-state';
import { useI18n } from '../i18n';
import {
  formatWeights, NEAR_MISSES_PARAM, WEIGHT_KEYS, WeightKey, Weights, WEIGHTS_PARAM,
} from './match-options';

/** The near-miss switch and the five weights; both live in the query string, so the ranking can be mailed. */
export function RankingControls({ weights, valid, includeNearMisses, normalised }: {
  weights: Weights; valid: boolean; includeNearMisses: boolean; normalised?: Weights;
}) {
  const { t, fmt } = useI18n();
  const c = t.roles.controls;
  const [, setParams] = useUrlParams();
  // What the user is typing, which may be half a number ("0,") for a moment; the URL takes only numbers.
  const [drafts, setDrafts] = useState(() => draftsOf(weights));
  const weightsParam = formatWeights(weights);
  const [draftsFor, setDraftsFor] = useState(weightsParam);
  if (draftsFor !== weightsParam) {
    // The URL changed (reset, back, a typed number): follow it, but keep what is typed where it means the same.
    setDraftsFor(weightsParam);
    setDrafts((current) => syncDrafts(current, weights));
  }

  const changeWeight = (key: WeightKey, text: string) => {
    setDrafts((current) => ({ ...current, [key]: text }));
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value)) setParams({ [WEIGHTS_PARAM]: formatWeights({ ...weights, [key]: value }) });
  };

  return (
    <section className="card ranking-controls no-print" aria-label={c.label}>
      <label className="switch">
        <input type="checkbox" checked={includeNearMisses}
          onChange={(e) => setParams({ [NEAR_MISSES_PARAM]: e.target.checked ? '1' : null })} />
        {c.nearMisses}
      </label>
      <fieldset className="weights">
        <legend>{c.weights}</legend>
        <p className="small muted weights-hint" id="weights-hint">{c.weightsHint}</p>
        <div className="weight-inputs">
          {WEIGHT_KEYS.map((key) => (
            <div key={key} className={`weight c-${key}`}>
              <label htmlFor={`weight-${key}`}>{t.common.criterion[key.toUpperCase() as Criterion]}</label>
              <input id={`weight-${key}`} type="number" min={0} step={0.05} inputMode="decimal" value={drafts[key]}
                aria-describedby={`weight-${key}-share weights-hint`} aria-invalid={!valid}
                onChange={(e) => changeWeight(key, e.target.value)} />
              <span id={`weight-${key}-share`} className="small muted weight-share" data-weight={key}>
                {normalised ? c.normalised(fmt.percent(normalised[key])) : '\u00a0'}
              </span>
            </div>
          ))}
        </div>
        <div className="weights-foot">
          {!valid && <p className="field-error" role="alert">{c.weightsInvalid}</p>}
          <button type="button" onClick={() => setParams({ [WEIGHTS_PARAM]: null })} disabled={weightsParam === null}>{c.reset}</button>
        </div>
      </fieldset>
    </section>
  );
}

type Drafts = Record<WeightKey, string>;

function draftsOf(weights: Weights): Drafts {
  return Object.fromEntries(WEIGHT_KEYS.map((key) => [key, String(weights[key])])) as Drafts;
}

function syncDrafts(drafts: Drafts, weights: Weights): Drafts {
  return Object.fromEntries(
    WEIGHT_KEYS.map((key) => [key, drafts[key].trim() !== '' && Number(drafts[key]) === weights[key] ? drafts[key] : String(weights[key])]),
  ) as Drafts;
}
