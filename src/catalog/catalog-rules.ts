/** What is wrong with one entry of a catalogue write: its position in the batch, the field, why. */
export interface CatalogProblem {
  index: number;
  field: string;
  reason: string;
  /** Set when the problem is an id that names nothing. */
  unknownId?: string;
}

/** An entry of a catalogue write and the ids it points at: its broader entry, or what a certification includes. */
export interface Edges {
  id: string;
  targets: readonly string[];
}

/** The path from `from` to `to` along the edges, both ends included, or null when there is none. */
function pathBetween(edges: ReadonlyMap<string, readonly string[]>, from: string, to: string): string[] | null {
  const visited = new Set<string>();
  const walk = (id: string): string[] | null => {
    if (id === to) return [id];
    if (visited.has(id)) return null;
    visited.add(id);
    for (const next of edges.get(id) ?? []) {
      const rest = walk(next);
      if (rest) return [id, ...rest];
    }
    return null;
  };
  return walk(from);
}

/**
 * Checks a batch of changed entries against the stored ones (`existing`, id → targets): each target must
 * exist (stored or in the batch), and the edges after the change must not form a cycle. The first entry
 * that closes a cycle is reported with the cycle spelled out (`a > b > a`).
 */
export function edgeProblems(
  existing: ReadonlyMap<string, readonly string[]>,
  changes: readonly Edges[],
  field: string,
  entity: string,
): CatalogProblem[] {
  const after = new Map(existing);
  for (const change of changes) after.set(change.id, change.targets);
  const problems: CatalogProblem[] = [];
  changes.forEach((change, index) => {
    const unknown = change.targets.find((target) => !after.has(target));
    if (unknown) problems.push({ index, field, reason: `unknown ${entity.toLowerCase()} '${unknown}'`, unknownId: unknown });
  });
  if (problems.length > 0) return problems;
  for (const [index, change] of changes.entries()) {
    for (const target of change.targets) {
      const back = pathBetween(after, target, change.id);
      if (back) return [{ index, field, reason: `would make a cycle: ${[change.id, ...back].join(' > ')}` }];
    }
  }
  return [];
}

/** Entries of a batch whose id appears earlier in the same batch. */
export function repeatedIds(changes: readonly { id: string }[]): CatalogProblem[] {
  const seen = new Set<string>();
  return changes.flatMap((change, index) => {
    const repeated = seen.has(change.id);
    seen.add(change.id);
    return repeated ? [{ index, field: 'id', reason: `'${change.id}' is listed twice` }] : [];
  });
}
