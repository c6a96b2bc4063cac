import { BadUserInputError } from '../common/errors';
import { AdHocLimits, PlanOperator } from '../db/executor';
import { findPlanRefusal } from './cypher-guard';

/** What one query typed by staff (in the console, or saved from it) may take. */
export const CONSOLE_LIMITS: AdHocLimits = { timeoutMs: 10_000, maxRows: 5_000, maxBytes: 5_000_000 };

/** The plan check as the executor calls it: throws BAD_USER_INPUT on `query` with the reason for a refusal. */
export function refuseUnlessReadOnly(plan: PlanOperator): void {
  const refusal = findPlanRefusal(plan);
  if (refusal) throw new BadUserInputError('query', refusal);
}
