import { Empty } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { useI18n } from '../i18n';
import { ResultChart } from './ResultChart';
import { chartFor, ResultTable, sortRows } from './table-model';

/** The result as a table sortable by any column (`?sort=members&dir=desc`), with a chart where the columns suit one. */
export function AnalysisResult({ table }: { table: ResultTable }) {
  const { t, fmt, locale } = useI18n();
  const [params, update] = useUrlParams();
  const sort = table.columns.includes(params.get('sort') ?? '') ? params.get('sort')! : null;
  const descending = params.get('dir') === 'desc';
  const rows = sort ? sortRows(table.rows, sort, descending, locale) : table.rows;
  const chart = chartFor(table);
  const heading = (column: string) => t.analyses.columns[column] ?? column;
  const cell = (value: unknown) => {
    if (value === null || value === undefined) return '–';
    if (typeof value === 'number') return fmt.number(value, 2);
    if (typeof value === 'boolean') return value ? t.common.yes : t.common.no;
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return fmt.date(value);
    if (Array.isArray(value)) return value.join(', ');
    return String(value);
  };
  const sortBy = (column: string) => update({ sort: column, dir: sort === column && !descending ? 'desc' : null });
  if (table.rows.length === 0) return <section className="card"><Empty>{t.analyses.empty}</Empty></section>;
  return (
    <>
      {chart && <ResultChart chart={chart} heading={heading} />}
      <section className="card analysis-result" aria-labelledby="result-title">
        <h2 id="result-title">{t.analyses.resultTitle(table.rows.length)}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col" aria-sort={sort === column ? (descending ? 'descending' : 'ascending') : undefined}>
                    <button type="button" className="sort-button" onClick={() => sortBy(column)}>
                      {heading(column)}
                      <span aria-hidden="true" className="sort-mark">{sort === column ? (descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {table.columns.map((column) => (
                    <td key={column} className={typeof row[column] === 'number' ? 'num' : undefined}>{cell(row[column])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
