import { useMemo } from 'react';
import { useQuery } from 'urql';

import { useSession } from '../auth/session';
import { GraphPicture, PictureNode } from '../components/GraphPicture';
import { Empty, ErrorState, Forbidden, Loading } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import { captionOf, GraphNode, GraphRelationship } from '../query/values';
import { VIEW_QUERY } from './explore-queries';
import { keyOf, NodeKey, parseKeys, serializeKeys } from './node-keys';
import { NeighbourPanel } from './NeighbourPanel';
import { StartSearch } from './StartSearch';
import './explore.css';

/** At most this many nodes in view: more is a hairball, not an overview. */
export const VISIBLE_NODE_CAP = 40;

const ExploreViewQuery = graphql(`
  query ExploreView($query: String!, $parameters: JSONObject) {
    runCypher(query: $query, parameters: $parameters) { rows }
  }
`);

interface ShownNode {
  node: GraphNode;
  network: string | null;
  domain: { name: string; nameDe: string | null } | null;
}

/** Only callers who may run Cypher explore the graph (the explorer reads through runCypher). */
export default function ExplorePage() {
  const { me } = useSession();
  return me.mayRunCypher ? <Explorer /> : <Forbidden />;
}

/**
 * The explorer: a search for the starting point, the visible part of the graph as a picture, and the selected
 * node's neighbours to unfold. The visible nodes (`?nodes=Company:sme-c,…`) and the selection (`?sel=`) are the URL.
 */
function Explorer() {
  const { t } = useI18n();
  const [params, setParams] = useUrlParams();
  const keys = useMemo(() => parseKeys(params.get('nodes')), [params]);
  const selected = params.get('sel');
  const show = (next: NodeKey[], select: string | null) =>
    setParams({ nodes: next.length > 0 ? serializeKeys(next) : null, sel: select });

  return (
    <div className="explore-page">
      <div className="page-head">
        <div>
          <h1>{t.explore.title}</h1>
          <p className="muted">{t.explore.intro}</p>
        </div>
        {keys.length > 0 && <button type="button" className="no-print" onClick={() => show([], null)}>{t.explore.restart}</button>}
      </div>
      <StartSearch onStart={(key) => show([key], keyOf(key))} />
      {keys.length === 0 ? <section className="card"><Empty>{t.explore.nothingShown}</Empty></section> : (
        <GraphView keys={keys} selected={selected} onSelect={(key) => setParams({ sel: key })}
          onShow={(next) => show(next, selected && next.some((key) => keyOf(key) === selected) ? selected : null)} />
      )}
    </div>
  );
}

function GraphView({ keys, selected, onSelect, onShow }: {
  keys: NodeKey[];
  selected: string | null;
  onSelect(key: string): void;
  onShow(keys: NodeKey[]): void;
}) {
  const { t, capName } = useI18n();
  const [result] = useQuery({ query: ExploreViewQuery, variables: { query: VIEW_QUERY, parameters: { keys } } });
  const view = useMemo(() => {
    const row = result.data?.runCypher.rows[0] as [ShownNode[], GraphRelationship[]] | undefined;
    if (!row) return null;
    const [shown, relationships] = row;
    const byElement = new Map(shown.map(({ node }) => [node.elementId, keyOf({ label: node.labels[0], id: String(node.properties.id) })]));
    const groupOf = ({ node, network, domain }: ShownNode): string => {
      if (node.labels.includes('Company')) {
        if (node.properties.isPrime === true) return t.explore.group.prime;
        return network ? t.explore.group.companyInNetwork(network) : t.explore.group.companyWithoutNetwork;
      }
      if (node.labels.includes('Capability') && domain) return t.explore.group.capabilityInDomain(capName(domain));
      return t.explore.kinds[node.labels[0]] ?? node.labels[0];
    };
    const nodes: (PictureNode & { kind: string })[] = shown.map((entry) => ({
      id: byElement.get(entry.node.elementId)!, caption: captionOf(entry.node), group: groupOf(entry), kind: entry.node.labels[0],
    }));
    const links = relationships.map((rel) => ({
      id: rel.elementId, source: byElement.get(rel.startElementId)!, target: byElement.get(rel.endElementId)!, label: rel.type,
    }));
    return { nodes, links };
  }, [result.data, t, capName]);

  if (result.error) return <ErrorState error={result.error} />;
  if (!view) return <Loading />;
  const selectedNode = view.nodes.find((node) => node.id === selected) ?? null;
  return (
    <div className="explore-layout">
      <section className="card" aria-labelledby="explore-picture">
        <h2 id="explore-picture" className="visually-hidden">{t.explore.pictureLabel(view.nodes.length, view.links.length)}</h2>
        <GraphPicture nodes={view.nodes} links={view.links} selectedId={selected} onSelect={onSelect}
          label={t.explore.pictureLabel(view.nodes.length, view.links.length)} legendTitle={t.explore.legend} />
        {keys.length >= VISIBLE_NODE_CAP && <p className="muted small">{t.explore.capped(VISIBLE_NODE_CAP)}</p>}
      </section>
      <aside className="explore-side">
        {selectedNode && (
          <NeighbourPanel key={selectedNode.id} node={selectedNode} visible={keys}
            onShow={onShow} cap={VISIBLE_NODE_CAP} />
        )}
        <section className="card" aria-labelledby="explore-visible">
          <h2 id="explore-visible">{t.explore.visibleNodes}</h2>
          <ul className="explore-node-list">
            {view.nodes.map((node) => (
              <li key={node.id}>
                <button type="button" className="link-button" aria-pressed={node.id === selected}
                  aria-label={t.explore.select(node.caption)} onClick={() => onSelect(node.id)}>{node.caption}</button>
                <span className="muted small"> · {node.group}</span>
              </li>
            ))}
          </ul>
        </section>
      </aside>
    </div>
  );
}

