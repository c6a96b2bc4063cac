import DataLoader from 'dataloader';

/** A loader of single entries by id: ids without an entry load as null. */
export function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await load(ids)).map((entry) => [entry.id, entry]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A loader of lists by id: ids without entries load as an empty list. */
export function listsById<T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

/** Loads many ids at once and keeps the entries that exist, in the order of the ids. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((entry): entry is Awaited<T> => entry !== null && !(entry instanceof Error)) as T[];
}
