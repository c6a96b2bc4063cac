import { useI18n } from '../i18n';
import type { Criterion } from './assessment';

type Answer = { fulfilled: boolean | null; evidence: string };

/** One criterion: its questions, what counts as evidence, the answer and the evidence given. */
export function CriterionStep({ criterion, answer, onChange }: { criterion: Criterion; answer: Answer; onChange(answer: Answer): void }) {
  const { t } = useI18n();
  const texts = t.readiness.criteria[criterion.id] ?? criterion;
  const name = `fulfilled-${criterion.id}`;
  return (
    <div className="criterion-step">
      <h3>{t.readiness.questions}</h3>
      <ul>{texts.questions.map((q) => <li key={q}>{q}</li>)}</ul>
      <p><strong>{t.readiness.evidenceCounts}:</strong> {texts.evidence}</p>
      <fieldset>
        <legend>{t.readiness.fulfilledLegend}</legend>
        <label className="choice">
          <input type="radio" name={name} checked={answer.fulfilled === true} onChange={() => onChange({ ...answer, fulfilled: true })} /> {t.readiness.fulfilledYes}
        </label>
        <label className="choice">
          <input type="radio" name={name} checked={answer.fulfilled === false} onChange={() => onChange({ ...answer, fulfilled: false })} /> {t.readiness.fulfilledNo}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`evidence-${criterion.id}`}>{t.readiness.evidenceLabel}</label>
        <textarea id={`evidence-${criterion.id}`} rows={3} maxLength={2000} value={answer.evidence}
          aria-describedby={`evidence-hint-${criterion.id}`} onChange={(e) => onChange({ ...answer, evidence: e.target.value })} />
        <span id={`evidence-hint-${criterion.id}`} className="small muted">{t.readiness.evidenceHint}</span>
      </div>
    </div>
  );
}
