import { useMemo } from 'react';
import { useQuery } from 'urql';

import { failureOf } from '../api/client';
import { GraphPicture } from '../components/GraphPicture';
import { Empty, ErrorState, Loading } from '../components/states';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { captionOf, Cell, cellText, graphElementsOf, toCsv } from './values';

const RunCypherQuery = graphql(`
  query RunCypher($query: String!, $parameters: JSONObject) {
    runCypher(query: $query, parameters: $parameters) { columns rows rowCount elapsedMs }
  }
`);

/** At most this many nodes in the picture: beyond it a graph is a hairball, and the table has them all. */
const PICTURE_NODE_CAP = 150;

function download(csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'abfrage.csv';
  link.click();
  URL.revokeObjectURL(url);
}

/** The result of the query in the URL: the refusal in the service's words, or the rows as a graph, a table and CSV. */
export function QueryResult({ query, parameters }: { query: string; parameters: Record<string, unknown> }) {
  const { t } = useI18n();
  const [result] = useQuery({ query: RunCypherQuery, variables: { query, parameters }, pause: query === '', requestPolicy: 'network-only' });
  if (query === '') return <section className="card"><Empty>{t.query.nothingRun}</Empty></section>;
  if (result.fetching) return <Loading label={t.query.running} />;
  if (result.error) {
    if (failureOf(result.error) !== 'BAD_USER_INPUT') return <ErrorState error={result.error} />;
    return (
      <section className="card query-refused" role="alert">
        <h2>{t.query.refused}</h2>
        <p>{result.error.graphQLErrors[0]?.message}</p>
      </section>
    );
  }
  if (!result.data) return null;
  const { columns, rows, rowCount, elapsedMs } = result.data.runCypher;
  return <ResultView columns={columns} rows={rows as Cell[][]} rowCount={rowCount} elapsedMs={elapsedMs} />;
}

function ResultView({ columns, rows, rowCount, elapsedMs }: { columns: string[]; rows: Cell[][]; rowCount: number; elapsedMs: number }) {
  const { t, fmt } = useI18n();
  const graph = useMemo(() => graphElementsOf(rows), [rows]);
  const picture = useMemo(() => {
    const nodes = graph.nodes.slice(0, PICTURE_NODE_CAP).map((node) => ({ id: node.elementId, caption: captionOf(node), group: node.labels[0] ?? '–' }));
    const links = graph.relationships.map((rel) => ({ id: rel.elementId, source: rel.startElementId, target: rel.endElementId, label: rel.type }));
    return { nodes, links };
  }, [graph]);
  return (
    <>
      <section className="card" aria-labelledby="query-result">
        <div className="section-head">
          <h2 id="query-result">{t.query.resultTitle}</h2>
          <p className="muted" role="status">{t.query.resultSummary(fmt.number(rowCount), fmt.number(elapsedMs))}</p>
          <button type="button" className="no-print" onClick={() => download(toCsv(columns, rows))}>{t.query.downloadCsv}</button>
        </div>
        {rowCount === 0 ? <Empty>{t.query.noRows}</Empty> : (
          <div className="table-scroll">
            <table className="query-table">
              <caption className="visually-hidden">{t.query.tableCaption}</caption>
              <thead>
                <tr>{columns.map((column) => <th key={column} scope="col">{column}</th>)}</tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, column) => (
                      <td key={column} className={typeof cell === 'number' ? 'num' : undefined}>
                        {cell === null ? <span className="muted">{t.query.nullValue}</span> : cellText(cell, fmt)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {graph.nodes.length > 0 && (
        <section className="card" aria-labelledby="query-graph">
          <div className="section-head">
            <h2 id="query-graph">{t.query.graphTitle}</h2>
            <p className="muted">{t.query.graphSummary(graph.nodes.length, graph.relationships.length)}</p>
          </div>
          {graph.nodes.length > PICTURE_NODE_CAP && <p className="muted">{t.query.graphCapped(PICTURE_NODE_CAP, graph.nodes.length)}</p>}
          <GraphPicture nodes={picture.nodes} links={picture.links} legendTitle={t.query.legend}
            label={t.query.graphSummary(graph.nodes.length, graph.relationships.length)} />
        </section>
      )}
    </>
  );
}
