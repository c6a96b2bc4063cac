/**
 * Who is asking, and what they may do. Resolvers receive the caller through the context and ask the
 * checks in src/auth/access.ts before they write.
 *
 * - `anonymous`: no API keys are configured (a local or demo installation): may do everything.
 * - `staff`: network staff (an API key of kind staff): may do everything, including awarding the label,
 *   recording verified evidence, deleting companies and importing files.
 * - `company`: a company's self-service key: reads everything, changes only its own company, its own roles and
 *   links, its own Defence Ready self-assessment, and records self-declared evidence only.
 */
export interface Caller {
  kind: 'anonymous' | 'staff' | 'company';
  /** The company of a self-service key. */
  companyId: string | null;
  /** The name given to the key (a person or an office for staff, the company for self-service). */
  name: string | null;
  /** The request came over loopback (from this machine); set by the HTTP middleware. */
  fromLoopback?: boolean;
}

export const ANONYMOUS: Caller = Object.freeze({ kind: 'anonymous', companyId: null, name: null }) as Caller;

/** How a write by this caller is recorded as the source of a claim or a step. */
export function sourceOf(caller: Caller): string {
  if (caller.kind === 'staff') return `staff (${caller.name})`;
  if (caller.kind === 'company') return `self-service (${caller.companyId})`;
  return 'api (anonymous)';
}
