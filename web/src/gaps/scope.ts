/** The one scope a gap report covers, as the query string carries it (`?network=defence-nrw`). */
export type ScopeKind = 'network' | 'region' | 'program' | 'prime';

export const SCOPE_KINDS: ScopeKind[] = ['network', 'region', 'program', 'prime'];

export interface Scope {
  kind: ScopeKind;
  id: string;
}

export function scopeFromParams(params: URLSearchParams): Scope | null {
  for (const kind of SCOPE_KINDS) {
    const id = params.get(kind);
    if (id) return { kind, id };
  }
  return null;
}

/** The select's value for a scope: `network:defence-nrw`, empty for everything. */
export function scopeValue(scope: Scope | null): string {
  return scope ? `${scope.kind}:${scope.id}` : '';
}

/** The query-string changes that make `value` the only scope. */
export function scopeChanges(value: string): Record<string, string | null> {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  return Object.fromEntries(SCOPE_KINDS.map((k) => [k, k === kind && id ? id : null]));
}

export function scopeVariable(scope: Scope | null): Record<string, string> | null {
  return scope ? { [`${scope.kind}Id`]: scope.id } : null;
}

/** Items of a tree (networks, regions) parents first, each with its depth, for an indented select. */
export function treeOrder<T extends { id: string; parent: { id: string } | null }>(items: T[]): { item: T; depth: number }[] {
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const key = item.parent && items.some((i) => i.id === item.parent!.id) ? item.parent.id : null;
    children.set(key, [...(children.get(key) ?? []), item]);
  }
  const ordered: { item: T; depth: number }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const item of children.get(parentId) ?? []) {
      ordered.push({ item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
