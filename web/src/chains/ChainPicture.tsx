import { MouseEvent, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';

import { useI18n } from '../i18n';
import { BOX_HEIGHT, BOX_WIDTH, layoutChain, linksUpToPrime } from './layout';

export interface PictureCompany {
  id: string;
  name: string;
  city: string | null;
  tier: number;
  /** A supplier behind a link confidential to the caller: described by tier and Kreis, with no profile to open. */
  confidential?: boolean;
}

export interface PictureLink {
  supplierId: string;
  customerId: string;
  product: string | null;
  programName: string | null;
}

// About 8 px per character of a bold 13 px name (wide German letters), inside the box's padding.
const NAME_CHARS = Math.floor((BOX_WIDTH - 20) / 8);
// A wide chain shrinks to fit the page down to this scale before the picture scrolls instead.
const MIN_SCALE = 0.7;
export const SPOF_SYMBOL = '⚠';

function shorten(name: string): string {
  return name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1).trimEnd()}…` : name;
}

function profileUrl(id: string): string {
  return `/companies/${encodeURIComponent(id)}`;
}

/**
 * The chain as a layered picture: the prime on the left, one column per tier, companies as boxes that link to their
 * profiles, supply links as arrows towards the customer. Single points of failure carry a red double outline and
 * a warning sign; a highlighted company's links up to the prime stand out, the rest fade.
 */
export function ChainPicture({ prime, companies, links, spofIds, highlightId }: {
  prime: { id: string; name: string; city: string | null };
  companies: PictureCompany[];
  links: PictureLink[];
  spofIds: Set<string>;
  highlightId: string | null;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const layout = useMemo(
    () => layoutChain({ primeId: prime.id, companies, links }),
    [prime.id, companies, links],
  );
  const highlight = useMemo(
    () => (highlightId && layout.nodes.has(highlightId) ? linksUpToPrime(highlightId, links) : null),
    [highlightId, layout, links],
  );
  const byId = new Map<string, { name: string; city: string | null; tier: number; confidential?: boolean }>([[prime.id, { ...prime, tier: 0 }], ...companies.map((c) => [c.id, c] as const)]);

  const openProfile = (event: MouseEvent, id: string) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(profileUrl(id));
  };

  const edgeTitle = (supplierId: string, customerId: string) =>
    links
      .filter((l) => l.supplierId === supplierId && l.customerId === customerId)
      .map((l) => t.chains.linkTitle(byId.get(supplierId)!.name, byId.get(customerId)!.name, l.product, l.programName))
      .join('\n');

  const orderedEdges = [...layout.edges].sort((a, b) => Number(onPath(a)) - Number(onPath(b)));
  function onPath(edge: { supplierId: string; customerId: string }): boolean {
    return !!highlight?.links.has(`${edge.supplierId}>${edge.customerId}`);
  }

  return (
    <svg className={`chain-svg${highlight ? ' has-highlight' : ''}`}
      style={{ width: '100%', maxWidth: layout.width, minWidth: layout.width * MIN_SCALE, height: 'auto' }}
      viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={t.chains.pictureLabel(prime.name)}>
      <defs>
        <marker id="chain-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="chain-arrow" />
        </marker>
        <marker id="chain-arrow-path" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="chain-arrow-path" />
        </marker>
      </defs>
      {layout.columns.map((column) => (
        <text key={column.index} x={column.x + BOX_WIDTH / 2} y={20} className="chain-column-head" textAnchor="middle">
          {column.index === 0 ? t.chains.primeColumn : t.chains.tierColumn(column.index)}
        </text>
      ))}
      <g className="chain-edges">
        {orderedEdges.map((edge) => (
          <path key={`${edge.supplierId}>${edge.customerId}`} d={edge.path}
            className={`chain-edge${onPath(edge) ? ' on-path' : ''}`}
            markerEnd={onPath(edge) ? 'url(#chain-arrow-path)' : 'url(#chain-arrow)'}>
            <title>{edgeTitle(edge.supplierId, edge.customerId)}</title>
          </path>
        ))}
      </g>
      {[...layout.nodes.values()].map((node) => {
        const company = byId.get(node.id)!;
        const isPrime = node.id === prime.id;
        const isSpof = spofIds.has(node.id);
        const classes = ['chain-node', isPrime && 'is-prime', isSpof && 'is-spof', highlight?.companies.has(node.id) && 'on-path',
          node.id === highlightId && 'is-highlighted'].filter(Boolean).join(' ');
        return (
          <a key={node.id} href={company.confidential ? undefined : profileUrl(node.id)} className={classes}
            onClick={(e) => (company.confidential ? e.preventDefault() : openProfile(e, node.id))}
            data-company={node.id} data-column={node.column}>
            {/* The title names the link (and shows on hover) in full, where the box may have to shorten the name. */}
            <title>{isPrime ? t.chains.primeBoxLabel(company.name) : t.chains.boxLabel(company.name, t.common.tier(company.tier), isSpof)}</title>
            {isSpof && <rect x={node.x - 4} y={node.y - 4} width={BOX_WIDTH + 8} height={BOX_HEIGHT + 8} rx={8} className="spof-ring" />}
            <rect x={node.x} y={node.y} width={BOX_WIDTH} height={BOX_HEIGHT} rx={5} className="box" />
            <text x={node.x + 10} y={node.y + 21} className="box-name">{shorten(company.name)}</text>
            <text x={node.x + 10} y={node.y + 39} className="box-meta">{company.city ?? ''}</text>
            {isSpof && (
              <text x={node.x + BOX_WIDTH - 10} y={node.y + 39} textAnchor="end" className="box-spof">
                {`${SPOF_SYMBOL} ${t.chains.spofShort}`}
              </text>
            )}
          </a>
        );
      })}
    </svg>
  );
}
