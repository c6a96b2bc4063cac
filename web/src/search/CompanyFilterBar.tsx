import { FormEvent, useEffect, useState } from 'react';
import { useQuery } from 'urql';

import { CapabilityOptions } from '../components/CapabilityOptions';
import { graphql, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import { CompanyFilters, PAGE_SIZES, SORT_FIELDS } from './search-state';

const FilterOptionsQuery = graphql(`
  query CompanyFilterOptions {
    networks { id name parent { id } }
    regions { id name kind parent { id } }
    capabilities { id name nameDe depth parent { id } }
    certifications { id name }
  }
`);

type Options = ResultOf<typeof FilterOptionsQuery>;
type Changes = Partial<Record<keyof CompanyFilters, string | null>>;

const INDENT = '\u00a0\u00a0';

/** Nodes of a parent-linked tree in depth-first order, with their depth, siblings by name. */
function depthFirst<T extends { id: string; name: string; parent?: { id: string } | null }>(nodes: readonly T[]): { node: T; depth: number }[] {
  const childrenOf = new Map<string | null, T[]>();
  for (const node of nodes) childrenOf.set(node.parent?.id ?? null, [...(childrenOf.get(node.parent?.id ?? null) ?? []), node]);
  const walk = (parentId: string | null, depth: number): { node: T; depth: number }[] =>
    (childrenOf.get(parentId) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .flatMap((node) => [{ node, depth }, ...walk(node.id, depth + 1)]);
  return walk(null, 0);
}

/** The filters of the company list; every change goes into the URL at once (the name on Enter or leaving the field). */
export function CompanyFilterBar({ filters, onChange, onReset }: { filters: CompanyFilters; onChange(changes: Changes): void; onReset(): void }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: FilterOptionsQuery });
  const [name, setName] = useState(filters.name ?? '');
  useEffect(() => setName(filters.name ?? ''), [filters.name]);
  const applyName = (event?: FormEvent) => {
    event?.preventDefault();
    if (name !== (filters.name ?? '')) onChange({ name });
  };
  const select = (key: keyof CompanyFilters) => (event: { target: { value: string } }) => onChange({ [key]: event.target.value });
  const anyFilter = Boolean(filters.network || filters.region || filters.capability || filters.minLevel || filters.certification || filters.name);
  return (
    <form className="filter-bar" onSubmit={applyName} aria-label={t.search.filtersTitle}>
      <div className="filter-field">
        <label htmlFor="filter-capability">{t.search.filter.capability}</label>
        <select id="filter-capability" value={filters.capability ?? ''} onChange={(e) => onChange({ capability: e.target.value, ...(e.target.value ? {} : { minLevel: null }) })}>
          <option value="">{t.search.filter.any}</option>
          {data && <CapabilityOptions capabilities={data.capabilities} />}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor="filter-min-level">{t.search.filter.minLevel}</label>
        <select id="filter-min-level" value={filters.minLevel ?? ''} onChange={select('minLevel')} disabled={!filters.capability}
          aria-describedby={filters.capability ? undefined : 'filter-min-level-hint'}>
          <option value="">{t.search.filter.anyLevel}</option>
          {[1, 2, 3, 4, 5].map((level) => <option key={level} value={level}>{t.search.filter.levelAtLeast(level)}</option>)}
        </select>
        {!filters.capability && <span id="filter-min-level-hint" className="muted small">{t.search.filter.minLevelHint}</span>}
      </div>
      <div className="filter-field">
        <label htmlFor="filter-certification">{t.search.filter.certification}</label>
        <select id="filter-certification" value={filters.certification ?? ''} onChange={select('certification')}>
          <option value="">{t.search.filter.any}</option>
          {data?.certifications.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor="filter-region">{t.search.filter.region}</label>
        <select id="filter-region" value={filters.region ?? ''} onChange={select('region')}>
          <option value="">{t.search.filter.any}</option>
          {data && <RegionOptions regions={data.regions} />}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor="filter-network">{t.search.filter.network}</label>
        <select id="filter-network" value={filters.network ?? ''} onChange={select('network')}>
          <option value="">{t.search.filter.any}</option>
          {data && depthFirst(data.networks).map(({ node, depth }) => (
            <option key={node.id} value={node.id}>{INDENT.repeat(depth)}{node.name}</option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor="filter-name">{t.search.filter.name}</label>
        <input id="filter-name" type="text" value={name} onChange={(e) => setName(e.target.value)} onBlur={() => applyName()} />
      </div>
      <div className="filter-field">
        <label htmlFor="filter-sort">{t.search.filter.sort}</label>
        <select id="filter-sort" value={filters.sort} onChange={select('sort')}>
          {SORT_FIELDS.map((field) => <option key={field} value={field}>{t.search.sort[field]}</option>)}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor="filter-size">{t.search.filter.pageSize}</label>
        <select id="filter-size" value={filters.size} onChange={select('size')}>
          {PAGE_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
        </select>
      </div>
      <div className="filter-actions">
        {anyFilter && <button type="button" onClick={onReset}>{t.search.filter.reset}</button>}
      </div>
    </form>
  );
}

/** Länder with their Regierungsbezirke and Kreise indented; a kreisfreie Stadt says so (its name alone does not). */
function RegionOptions({ regions }: { regions: Options['regions'] }) {
  const { t } = useI18n();
  return (
    <>
      {depthFirst(regions).map(({ node, depth }) => (
        <option key={node.id} value={node.id}>
          {INDENT.repeat(depth)}{node.name}{node.kind === 'KREISFREIE_STADT' ? ` (${t.search.kreisfreieStadt})` : ''}
        </option>
      ))}
    </>
  );
}
