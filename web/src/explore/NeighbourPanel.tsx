import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { Empty, ErrorState, Loading } from '../components/states';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { NEIGHBOUR_TYPES_QUERY } from './explore-queries';
import { keyOf, NodeKey, parseKeys } from './node-keys';

const NeighbourTypesQuery = graphql(`
  query ExploreNeighbours($query: String!, $parameters: JSONObject) {
    runCypher(query: $query, parameters: $parameters) { rows }
  }
`);

type NeighbourRow = [type: string, outgoing: boolean, neighbours: NodeKey[]];

/**
 * The selected node: its kind, its profile (for a company), and one button per relationship type and direction
 * that adds the neighbours behind it to the view, up to the cap.
 */
export function NeighbourPanel({ node, visible, onShow, cap }: {
  node: { id: string; caption: string; kind: string };
  visible: NodeKey[];
  onShow(keys: NodeKey[]): void;
  cap: number;
}) {
  const { t, fmt } = useI18n();
  const [key] = parseKeys(node.id);
  const [result] = useQuery({ query: NeighbourTypesQuery, variables: { query: NEIGHBOUR_TYPES_QUERY, parameters: { ...key } } });
  const shown = new Set(visible.map(keyOf));
  const unfold = (neighbours: NodeKey[]) => {
    const added = neighbours.filter((neighbour) => !shown.has(keyOf(neighbour))).slice(0, Math.max(0, cap - visible.length));
    onShow([...visible, ...added]);
  };
  const relationName = (type: string, outgoing: boolean) => t.explore.relations[type]?.[outgoing ? 'out' : 'in'] ?? `${outgoing ? '→' : '←'} ${type}`;

  return (
    <section className="card explore-selected" aria-labelledby="explore-selected">
      <p className="muted small">{t.explore.selected} · {t.explore.kinds[node.kind] ?? node.kind}</p>
      <h2 id="explore-selected">{node.caption}</h2>
      <div className="toolbar">
        {node.kind === 'Company' && <Link to={`/companies/${encodeURIComponent(key.id)}`}>{t.explore.openProfile}</Link>}
        <button type="button" onClick={() => onShow(visible.filter((other) => keyOf(other) !== node.id))}>{t.explore.hide}</button>
      </div>
      <h3>{t.explore.expandTitle}</h3>
      {result.error ? <ErrorState error={result.error} /> : !result.data ? <Loading /> : result.data.runCypher.rows.length === 0
        ? <Empty>{t.explore.noNeighbours}</Empty> : (
          <ul className="explore-relations">
            {(result.data.runCypher.rows as NeighbourRow[]).map(([type, outgoing, neighbours]) => {
              const hidden = neighbours.filter((neighbour) => !shown.has(keyOf(neighbour)));
              return (
                <li key={`${type}-${outgoing}`}>
                  <button type="button" disabled={hidden.length === 0 || visible.length >= cap} onClick={() => unfold(neighbours)}>
                    {t.explore.expand(relationName(type, outgoing), fmt.number(neighbours.length))}
                  </button>
                  {hidden.length === 0 && <span className="muted small"> {t.explore.allShown}</span>}
                </li>
              );
            })}
          </ul>
        )}
    </section>
  );
}
