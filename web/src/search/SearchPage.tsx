import { useI18n } from '../i18n';
import { CompanyFilterBar } from './CompanyFilterBar';
import { CompanyList } from './CompanyList';
import { OpenRoles } from './OpenRoles';
import { SearchBox } from './SearchBox';
import { SearchHits } from './SearchHits';
import { useSearchState } from './search-state';
import './search.css';

/** The start page: full-text search, the filterable company list and the open supplier roles beside it. */
export function SearchPage() {
  const { t } = useI18n();
  const state = useSearchState();
  return (
    <div className="search-page">
      <div className="page-head">
        <div>
          <h1>{t.search.title}</h1>
          <p className="muted">{t.search.intro}</p>
        </div>
      </div>
      <SearchBox text={state.text} onSearch={state.setSearchText} />
      <div className="search-layout">
        <div>
          {state.text && <SearchHits text={state.text} />}
          <section className="card" aria-labelledby="companies-title">
            <h2 id="companies-title">{t.search.companiesTitle}</h2>
            <CompanyFilterBar filters={state.filters} onChange={state.setFilters} onReset={state.resetFilters} />
            <CompanyList filters={state.filters} after={state.after} pageIndex={state.pageIndex}
              onNext={state.nextPage} onPrevious={state.previousPage} />
          </section>
        </div>
        <aside aria-label={t.search.rolesTitle}>
          <OpenRoles />
        </aside>
      </div>
    </div>
  );
}
