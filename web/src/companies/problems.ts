import type { Messages } from '../i18n/de';

/** The API's reason in the user's language where it is a known one, else as the API said it. */
export function describeProblem(message: string, t: Messages): string {
  if (/must not be before validFrom/.test(message)) return t.companies.edit.problem.untilBeforeFrom;
  if (/not a valid LocalDate/.test(message)) return t.companies.edit.problem.invalidDate;
  if (/listed twice/.test(message)) return t.companies.edit.problem.listedTwice;
  if (/level must be between/.test(message)) return t.companies.edit.problem.level;
  return message;
}
