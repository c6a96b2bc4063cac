import { useMemo } from 'react';
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';

import './graph-picture.css';

export interface PictureNode {
  id: string;
  caption: string;
  /** Nodes of one group share a colour; the legend names the group. */
  group: string;
}

export interface PictureLink {
  id: string;
  source: string;
  target: string;
  label: string;
}

/** Colours dark enough for white text, told apart by the legend's words as well. */
const PALETTE = ['#1d3f6e', '#0b6e4f', '#a05a00', '#7a4b94', '#a4161a', '#3f6f8f', '#5b6b2f', '#8c3b62', '#2f5d62', '#6b4f2a'];

interface Placed extends SimulationNodeDatum, PictureNode {}

/** Places the nodes with a force layout, run to rest before the first paint, so the picture does not move. */
function layout(nodes: PictureNode[], links: PictureLink[]): { placed: Map<string, Placed>; viewBox: string } {
  const placed = nodes.map((node): Placed => ({ ...node }));
  const byId = new Map(placed.map((node) => [node.id, node]));
  const simulationLinks = links.filter((link) => byId.has(link.source) && byId.has(link.target))
    .map((link): SimulationLinkDatum<Placed> => ({ source: link.source, target: link.target }));
  const simulation = forceSimulation(placed)
    .force('link', forceLink<Placed, SimulationLinkDatum<Placed>>(simulationLinks).id((node) => node.id).distance(110))
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide(46))
    .force('center', forceCenter(0, 0))
    .stop();
  for (let tick = 0; tick < 300; tick += 1) simulation.tick();
  const xs = placed.map((node) => node.x ?? 0);
  const ys = placed.map((node) => node.y ?? 0);
  const margin = 70;
  // A few nodes would otherwise be blown up to the full width; a minimum size keeps captions at reading size.
  const width = Math.max(Math.max(0, ...xs) - Math.min(0, ...xs) + 2 * margin, 640);
  const height = Math.max(Math.max(0, ...ys) - Math.min(0, ...ys) + 2 * margin, 360);
  const minX = (Math.max(0, ...xs) + Math.min(0, ...xs)) / 2 - width / 2;
  const minY = (Math.max(0, ...ys) + Math.min(0, ...ys)) / 2 - height / 2;
  return { placed: byId, viewBox: `${minX.toFixed(0)} ${minY.toFixed(0)} ${width.toFixed(0)} ${height.toFixed(0)}` };
}

const shorten = (text: string, max = 26) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Nodes and relationships as an SVG picture: circles coloured by group with their captions, arrows labelled by
 * type, and a legend. With `onSelect`, each node is a button (click or keyboard) and `selectedId` is outlined.
 */
export function GraphPicture({ nodes, links, label, legendTitle, onSelect, selectedId }: {
  nodes: PictureNode[];
  links: PictureLink[];
  /** What the picture shows, for screen readers (the tables beside it carry the same content). */
  label: string;
  legendTitle: string;
  onSelect?: (id: string) => void;
  selectedId?: string | null;
}) {
  const { placed, viewBox } = useMemo(() => layout(nodes, links), [nodes, links]);
  const groups = useMemo(() => [...new Set(nodes.map((node) => node.group))], [nodes]);
  const colourOf = (group: string) => PALETTE[groups.indexOf(group) % PALETTE.length];
  return (
    <figure className="graph-picture">
      {/* A picture with selectable nodes is a group of buttons; an image may not hold controls. */}
      <svg viewBox={viewBox} role={onSelect ? 'group' : 'img'} aria-label={label} preserveAspectRatio="xMidYMid meet">
        <defs>
          <marker id="graph-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#6b7785" />
          </marker>
        </defs>
        {links.map((link) => {
          const from = placed.get(link.source);
          const to = placed.get(link.target);
          if (!from || !to) return null;
          const dx = (to.x ?? 0) - (from.x ?? 0);
          const dy = (to.y ?? 0) - (from.y ?? 0);
          const length = Math.hypot(dx, dy) || 1;
          const radius = 18;
          const x1 = (from.x ?? 0) + (dx / length) * radius;
          const y1 = (from.y ?? 0) + (dy / length) * radius;
          const x2 = (to.x ?? 0) - (dx / length) * (radius + 2);
          const y2 = (to.y ?? 0) - (dy / length) * (radius + 2);
          return (
            <g key={link.id} className="graph-link">
              <line x1={x1} y1={y1} x2={x2} y2={y2} markerEnd="url(#graph-arrow)" />
              <text x={(x1 + x2) / 2} y={(y1 + y2) / 2 - 4} textAnchor="middle">{link.label}</text>
            </g>
          );
        })}
        {[...placed.values()].map((node) => {
          const selectable = Boolean(onSelect);
          return (
            <g key={node.id} className={`graph-node${node.id === selectedId ? ' selected' : ''}`}
              transform={`translate(${(node.x ?? 0).toFixed(1)} ${(node.y ?? 0).toFixed(1)})`}
              {...(selectable ? {
                role: 'button', tabIndex: 0, 'aria-label': node.caption, 'aria-pressed': node.id === selectedId,
                onClick: () => onSelect!(node.id),
                onKeyDown: (event: React.KeyboardEvent) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onSelect!(node.id);
                  }
                },
              } : {})}>
              <title>{`${node.caption} (${node.group})`}</title>
              <circle r={18} fill={colourOf(node.group)} />
              <text y={34} textAnchor="middle">{shorten(node.caption)}</text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="visually-hidden">{legendTitle}: </span>
        <ul className="graph-legend" aria-label={legendTitle}>
          {groups.map((group) => (
            <li key={group}>
              <svg className="graph-swatch" viewBox="0 0 10 10" aria-hidden="true"><circle cx={5} cy={5} r={5} fill={colourOf(group)} /></svg>
              {group}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
