import { EvidenceLevel } from '../common/enums';
import { ForbiddenError } from '../common/errors';
import { Caller } from '../graphql/caller';

/** Staff, or anyone in an installation without keys: may do everything. Only a company key is limited. */
export function hasFullAccess(caller: Caller): boolean {
  return caller.kind !== 'company';
}

/** Staff only (or an installation without keys): awarding the label, deleting companies, imports, expiry. */
export function requireStaff(caller: Caller, action: string): void {
  if (!hasFullAccess(caller)) throw new ForbiddenError(`Only network staff may ${action}`);
}

/**
 * A company key may change only its own company. `field` names the argument that points elsewhere, and
 * `what` what it points at, so that the error says what was refused.
 */
export function requireOwnCompany(caller: Caller, companyId: string, field: string, what = 'company'): void {
  if (!hasFullAccess(caller) && caller.companyId !== companyId) {
    throw new ForbiddenError(`The key of '${caller.companyId}' may not change ${what} '${companyId}' (${field})`, field);
  }
}

/** Fields only staff set (who is a prime, who is a member of which network); self-service leaves them out. */
export function requireStaffFields<T extends object>(caller: Caller, input: T, fields: (keyof T & string)[]): void {
  if (hasFullAccess(caller)) return;
  const given = fields.find((field) => input[field] !== undefined);
  if (given) throw new ForbiddenError(`Only network staff may set ${given}`, given);
}

/** One of the companies must be the caller's own (a supply link has two ends). */
export function requireOneOwnCompany(caller: Caller, companyIds: string[], field: string, what: string): void {
  if (!hasFullAccess(caller) && !companyIds.includes(caller.companyId!)) {
    throw new ForbiddenError(`The key of '${caller.companyId}' may only change ${what} of its own company (${field})`, field);
  }
}

/** Whether the caller sees a company's internals (its own, or staff), or only what the network shares. */
export function seesAllOf(caller: Caller, companyId: string): boolean {
  return hasFullAccess(caller) || caller.companyId === companyId;
}

/** Self-service records self-declared evidence; only staff record what they checked or verified. */
export function requireEvidenceAllowed(caller: Caller, items: { evidenceLevel?: EvidenceLevel | null }[], field: string): void {
  if (hasFullAccess(caller)) return;
  const index = items.findIndex((item) => item.evidenceLevel && item.evidenceLevel !== EvidenceLevel.SELF_DECLARED);
  if (index >= 0) {
    throw new ForbiddenError(
      `Self-service records SELF_DECLARED evidence only; ${items[index].evidenceLevel} is for network staff (${field}[${index}].evidenceLevel)`,
      `${field}[${index}].evidenceLevel`,
    );
  }
}
