/** The rows grouped by `key`, each group holding `value` of its rows in their order (linear, however large a group). */
export function groupBy<R, V>(rows: Iterable<R>, key: (row: R) => string, value: (row: R) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(value(row));
    else groups.set(k, [value(row)]);
  }
  return groups;
}
