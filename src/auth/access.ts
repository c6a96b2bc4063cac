import { ResolverData } from 'type-graphql';

import { EvidenceLevel } from '../common/enums';
import { ForbiddenError } from '../common/errors';
import { Caller } from './caller';

/**
 * What only network staff may do: the one vocabulary of GraphQL's `@Authorized(Permission.X)` and the REST
 * routes' `assertPermitted`. Each names the action a refusal reports.
 */
export enum Permission {
  DELETE_COMPANIES = 'delete companies',
  AWARD_READINESS = 'award the Defence Ready label',
  REJECT_READINESS = 'reject a Defence Ready assessment',
  EXPIRE_READINESS = 'expire Defence Ready labels',
  LIST_SAVED_ANALYSES = 'list the saved analyses',
  RUN_SAVED_ANALYSES = 'run saved analyses',
  IMPORT_FILES = 'import files',
  RUN_CYPHER = 'run Cypher queries',
  READ_METRICS = 'read the metrics',
  CONFIRM_CLEARANCES = 'confirm a security clearance',
  CONFIRM_PARENT_GROUPS = 'confirm a parent group',
  LIST_PENDING_CONFIRMATIONS = 'list what waits for confirmation',
  MANAGE_CATALOG = 'manage the catalogue (capabilities, certifications, networks, programs, regions)',
}

/** Staff, or anyone in an installation without keys: may do everything. Only a company key is limited. */
export function hasFullAccess(caller: Caller): boolean {
  return caller.kind !== 'company';
}

/**
 * Ad-hoc Cypher reads everything, personal data included: staff may run it, and in an installation without keys
 * only requests from the machine itself.
 */
export function mayRunCypher(caller: Caller): boolean {
  return caller.kind === 'staff' || (caller.kind === 'anonymous' && caller.fromLoopback === true);
}

/** Refuses a caller without the permission (a company key holds none): FORBIDDEN saying what only staff may do. */
export function assertPermitted(caller: Caller, permission: Permission): void {
  if (!hasFullAccess(caller)) throw new ForbiddenError(`Only network staff may ${permission}`);
  if (permission === Permission.RUN_CYPHER && !mayRunCypher(caller)) {
    throw new ForbiddenError(`Without API keys, only requests from this machine may ${permission}`);
  }
}

/** What the `authChecker` reads from the request context. */
export type AccessContext = { caller: Caller };

/**
 * The `authChecker` of the schema: an operation marked `@Authorized(Permission.X)` runs only for callers holding X.
 * An arrow function on purpose: type-graphql takes anything with a prototype for an auth checker class.
 */
export const authChecker = ({ context }: ResolverData<AccessContext>, permissions: Permission[]): boolean => {
  for (const permission of permissions) assertPermitted(context.caller, permission);
  return true;
};

/**
 * Ownership: a company key changes only what belongs to its own company. `owners` are the companies the
 * target belongs to (one, or both ends of a supply link); the caller's company must be one of them. `field`
 * names the argument that points elsewhere, and `what` what it points at, so that the error says what was
 * refused.
 */
export function assertOwns(caller: Caller, owners: string | string[], field: string, what = 'company'): void {
  if (hasFullAccess(caller)) return;
  if (typeof owners === 'string') {
    if (caller.companyId !== owners) throw new ForbiddenError(`The key of '${caller.companyId}' may not change ${what} '${owners}' (${field})`, field);
  } else if (!owners.includes(caller.companyId!)) {
    throw new ForbiddenError(`The key of '${caller.companyId}' may only change ${what} of its own company (${field})`, field);
  }
}

/** Fields only staff set (who is a prime, who is a member of which network); self-service leaves them out. */
export function requireStaffFields<T extends object>(caller: Caller, input: T, fields: (keyof T & string)[]): void {
  if (hasFullAccess(caller)) return;
  const given = fields.find((field) => input[field] !== undefined);
  if (given) throw new ForbiddenError(`Only network staff may set ${given}`, given);
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
