import { useI18n } from '../i18n';
import type { FieldProblems } from '../api/client';
import { describeProblem } from './problems';

function errorId(field: string): string {
  return `error-${field.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** aria-invalid and aria-describedby for an input whose field the API or the form named in a problem. */
export function invalidProps(problems: FieldProblems, field: string) {
  return problems[field] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : {};
}

/** The message for one field, next to it. */
export function FieldError({ problems, field }: { problems: FieldProblems; field: string }) {
  const { t } = useI18n();
  const message = problems[field];
  return message ? <p className="field-error" id={errorId(field)}>{describeProblem(message, t)}</p> : null;
}

/** Why a form was not saved: found by the form before sending, or refused by the API (which then wrote nothing). */
export interface Refusal {
  problems: FieldProblems;
  byApi: boolean;
}

/** The summary above a refused form, with what could not be attached to a field (e.g. a refusal naming the company). */
export function FormRefusal({ refusal, fields }: { refusal: Refusal | null; fields: string[] }) {
  const { t } = useI18n();
  if (!refusal) return null;
  const unattached = Object.entries(refusal.problems).filter(([field]) => !fields.includes(field));
  return (
    <div className="form-refusal" role="alert">
      <p>{refusal.byApi ? t.companies.edit.refused : t.companies.edit.fixFirst}</p>
      {unattached.length > 0 && <ul>{unattached.map(([field, message]) => <li key={field}>{describeProblem(message, t)}</li>)}</ul>}
    </div>
  );
}
