/**
 * Who is asking. Everyone is anonymous for now; resolvers receive the caller through the context so
 * that access control can be added later without rewriting them.
 */
export interface Caller {
  kind: 'anonymous' | 'user' | 'service';
  id: string | null;
  roles: string[];
}

export const ANONYMOUS: Caller = Object.freeze({ kind: 'anonymous', id: null, roles: [] }) as Caller;

/** How a write by this caller is recorded as the source of a claim. */
export function sourceOf(caller: Caller): string {
  return caller.kind === 'anonymous' ? 'api (anonymous)' : `api (${caller.kind} ${caller.id})`;
}
