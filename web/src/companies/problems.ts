import { CombinedError } from 'urql';

import { fieldErrors } from '../api/client';
import { Messages } from '../i18n/de';

/** The messages of a refused write by the field they name (`certifications[1].validUntil`). */
export type FieldProblems = Record<string, string>;

// A value the LocalDate scalar rejects never reaches the resolver: GraphQL names the variable path in its message.
const COERCION = /got invalid value .* at "([^"]+)"; (.*)$/;

/**
 * Every field the API named in its refusal: `extensions.field`, each of `extensions.problems` of a validation
 * error, and the path of a variable GraphQL could not coerce (the variables are named like the arguments).
 */
export function problemsOf(error: CombinedError | undefined): FieldProblems {
  const problems: FieldProblems = { ...fieldErrors(error) };
  for (const e of error?.graphQLErrors ?? []) {
    const listed = e.extensions?.problems;
    if (Array.isArray(listed)) {
      for (const p of listed as { field: string; message: string }[]) problems[p.field] = p.message;
    }
    const coercion = COERCION.exec(e.message);
    if (coercion) problems[coercion[1]] = coercion[2];
  }
  return problems;
}

/** The API's reason in the user's language where it is a known one, else as the API said it. */
export function describeProblem(message: string, t: Messages): string {
  if (/must not be before validFrom/.test(message)) return t.companies.edit.problem.untilBeforeFrom;
  if (/not a valid LocalDate/.test(message)) return t.companies.edit.problem.invalidDate;
  if (/listed twice/.test(message)) return t.companies.edit.problem.listedTwice;
  if (/level must be between/.test(message)) return t.companies.edit.problem.level;
  return message;
}
