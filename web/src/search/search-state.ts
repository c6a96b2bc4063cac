import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export const PAGE_SIZES = [10, 20, 50] as const;
export const SORT_FIELDS = ['NAME', 'CITY', 'POSTAL_CODE', 'EMPLOYEES'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export interface CompanyFilters {
  network: string | null;
  region: string | null;
  capability: string | null;
  minLevel: number | null;
  certification: string | null;
  name: string | null;
  sort: SortField;
  size: number;
}

/** The query-string names of the filters (kept short: the links get mailed). */
const PARAM: Record<keyof CompanyFilters, string> = {
  network: 'network', region: 'region', capability: 'capability', minLevel: 'minLevel',
  certification: 'cert', name: 'name', sort: 'sort', size: 'size',
};
const AFTER = 'after';
/** The `after` cursors of the earlier pages, oldest first, so that "previous" works from a mailed link too. */
const BACK = 'back';

function parseLevel(value: string | null): number | null {
  const level = Number(value);
  return value && Number.isInteger(level) && level >= 1 && level <= 5 ? level : null;
}

/**
 * The start page's state, all in the query string: search text, company filters, sort, page size and the page
 * (cursor plus the cursors of the pages before it). Changing a filter goes back to the first page.
 */
export function useSearchState() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<CompanyFilters>(() => {
    const sort = params.get(PARAM.sort) as SortField | null;
    const size = Number(params.get(PARAM.size));
    return {
      network: params.get(PARAM.network),
      region: params.get(PARAM.region),
      capability: params.get(PARAM.capability),
      minLevel: parseLevel(params.get(PARAM.minLevel)),
      certification: params.get(PARAM.certification),
      name: params.get(PARAM.name),
      sort: sort && SORT_FIELDS.includes(sort) ? sort : 'NAME',
      size: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
    };
  }, [params]);

  const setFilters = useCallback(
    (changes: Partial<Record<keyof CompanyFilters, string | null>>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          const name = PARAM[key as keyof CompanyFilters];
          if (value === null || value === '') next.delete(name);
          else next.set(name, value);
        }
        next.delete(AFTER);
        next.delete(BACK);
        return next;
      }),
    [setParams],
  );

  /** Clears the filters, keeping the search text, sort and page size. */
  const resetFilters = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams();
        for (const kept of ['q', PARAM.sort, PARAM.size]) {
          const value = current.get(kept);
          if (value) next.set(kept, value);
        }
        return next;
      }),
    [setParams],
  );

  const setSearchText = useCallback(
    (text: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (text.trim()) next.set('q', text.trim());
        else next.delete('q');
        return next;
      }),
    [setParams],
  );

  const nextPage = useCallback(
    (endCursor: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.append(BACK, current.get(AFTER) ?? '');
        next.set(AFTER, endCursor);
        return next;
      }),
    [setParams],
  );

  const previousPage = useCallback(
    () =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        const back = current.getAll(BACK);
        const previous = back.pop();
        next.delete(BACK);
        for (const cursor of back) next.append(BACK, cursor);
        if (previous) next.set(AFTER, previous);
        else next.delete(AFTER);
        return next;
      }),
    [setParams],
  );

  return {
    text: params.get('q') ?? '',
    filters,
    after: params.get(AFTER),
    /** 0 on the first page. */
    pageIndex: params.getAll(BACK).length,
    setSearchText,
    setFilters,
    resetFilters,
    nextPage,
    previousPage,
  };
}
