/**
 * The layered picture of a supply chain: the prime in column 0, each company in the column of its tier, ordered
 * within a column by the barycentre of its neighbours to reduce crossings (Sugiyama's heuristic, a few sweeps,
 * keeping the order with the fewest crossings).
 */
export interface LayoutInput {
  primeId: string;
  companies: { id: string; name: string; tier: number }[];
  links: { supplierId: string; customerId: string }[];
}

export interface PlacedNode {
  id: string;
  column: number;
  x: number;
  y: number;
}

export interface PlacedEdge {
  supplierId: string;
  customerId: string;
  path: string;
}

export interface ChainLayout {
  nodes: Map<string, PlacedNode>;
  edges: PlacedEdge[];
  columns: { index: number; x: number }[];
  width: number;
  height: number;
}

export const BOX_WIDTH = 200;
export const BOX_HEIGHT = 50;
const COLUMN_GAP = 76;
const ROW_GAP = 16;
const MARGIN_X = 16;
const HEADER_HEIGHT = 34;
const MARGIN_BOTTOM = 16;
const SWEEPS = 8;

type Columns = string[][];

function initialColumns(input: LayoutInput): Columns {
  const columns: Columns = [[input.primeId]];
  const byName = [...input.companies].sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name));
  for (const company of byName) {
    while (columns.length <= company.tier) columns.push([]);
    columns[company.tier].push(company.id);
  }
  return columns;
}

function positions(columns: Columns): Map<string, { column: number; index: number }> {
  const map = new Map<string, { column: number; index: number }>();
  columns.forEach((ids, column) => ids.forEach((id, index) => map.set(id, { column, index })));
  return map;
}

/** Reorders one column by the mean position of its neighbours in the columns before it (`towards` -1) or after it (+1). */
function orderByBarycentre(columns: Columns, column: number, neighbours: Map<string, string[]>, towards: -1 | 1): void {
  const pos = positions(columns);
  const ids = columns[column];
  // Columns are centred on one another, so a position counts from the middle of its column.
  const centred = (p: { column: number; index: number }) => p.index - (columns[p.column].length - 1) / 2;
  const barycentre = new Map<string, number>();
  ids.forEach((id, index) => {
    const placed = (neighbours.get(id) ?? [])
      .map((n) => pos.get(n))
      .filter((p): p is { column: number; index: number } => !!p && Math.sign(p.column - column) === towards);
    barycentre.set(id, placed.length ? placed.reduce((sum, p) => sum + centred(p), 0) / placed.length : centred({ column, index }));
  });
  columns[column] = [...ids].sort((a, b) => barycentre.get(a)! - barycentre.get(b)! || ids.indexOf(a) - ids.indexOf(b));
}

/** Crossings between links that join the same two columns. */
export function countCrossings(columns: Columns, links: LayoutInput['links']): number {
  const pos = positions(columns);
  const segments = links
    .map((l) => ({ s: pos.get(l.supplierId), c: pos.get(l.customerId) }))
    .filter((seg): seg is { s: { column: number; index: number }; c: { column: number; index: number } } => !!seg.s && !!seg.c && seg.s.column !== seg.c.column);
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i];
      const b = segments[j];
      if (a.s.column !== b.s.column || a.c.column !== b.c.column) continue;
      if ((a.s.index - b.s.index) * (a.c.index - b.c.index) < 0) crossings++;
    }
  }
  return crossings;
}

function orderColumns(input: LayoutInput): Columns {
  const customersOf = new Map<string, string[]>();
  const suppliersOf = new Map<string, string[]>();
  for (const link of input.links) {
    customersOf.set(link.supplierId, [...(customersOf.get(link.supplierId) ?? []), link.customerId]);
    suppliersOf.set(link.customerId, [...(suppliersOf.get(link.customerId) ?? []), link.supplierId]);
  }
  const columns = initialColumns(input);
  let best = columns.map((c) => [...c]);
  let bestCrossings = countCrossings(best, input.links);
  for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
    if (sweep % 2 === 0) {
      for (let column = 1; column < columns.length; column++) orderByBarycentre(columns, column, customersOf, -1);
    } else {
      for (let column = columns.length - 2; column >= 1; column--) orderByBarycentre(columns, column, suppliersOf, 1);
    }
    const crossings = countCrossings(columns, input.links);
    if (crossings < bestCrossings) {
      best = columns.map((c) => [...c]);
      bestCrossings = crossings;
    }
  }
  return best;
}

/** Where each box and each link goes in the picture. Links between the same two companies are drawn once. */
export function layoutChain(input: LayoutInput): ChainLayout {
  const columns = orderColumns(input);
  const tallest = Math.max(...columns.map((c) => c.length));
  const columnHeight = tallest * BOX_HEIGHT + (tallest - 1) * ROW_GAP;
  const nodes = new Map<string, PlacedNode>();
  columns.forEach((ids, column) => {
    const height = ids.length * BOX_HEIGHT + (ids.length - 1) * ROW_GAP;
    const top = HEADER_HEIGHT + (columnHeight - height) / 2;
    ids.forEach((id, index) => {
      nodes.set(id, { id, column, x: MARGIN_X + column * (BOX_WIDTH + COLUMN_GAP), y: top + index * (BOX_HEIGHT + ROW_GAP) });
    });
  });
  const seen = new Set<string>();
  const edges: PlacedEdge[] = [];
  for (const link of input.links) {
    const key = `${link.supplierId}>${link.customerId}`;
    const supplier = nodes.get(link.supplierId);
    const customer = nodes.get(link.customerId);
    if (seen.has(key) || !supplier || !customer) continue;
    seen.add(key);
    edges.push({ supplierId: link.supplierId, customerId: link.customerId, path: edgePath(supplier, customer) });
  }
  const columnCount = columns.length;
  return {
    nodes,
    edges,
    columns: columns.map((_, index) => ({ index, x: MARGIN_X + index * (BOX_WIDTH + COLUMN_GAP) })),
    width: MARGIN_X * 2 + columnCount * BOX_WIDTH + (columnCount - 1) * COLUMN_GAP + COLUMN_GAP / 2,
    height: HEADER_HEIGHT + columnHeight + MARGIN_BOTTOM,
  };
}

/** A curve from the supplier to its customer: leftwards between columns, a loop on the right within one column. */
function edgePath(supplier: PlacedNode, customer: PlacedNode): string {
  const sy = supplier.y + BOX_HEIGHT / 2;
  const cy = customer.y + BOX_HEIGHT / 2;
  if (supplier.column === customer.column) {
    const x = supplier.x + BOX_WIDTH;
    const bulge = 36 + Math.abs(sy - cy) / 6;
    return `M ${x} ${sy} C ${x + bulge} ${sy}, ${x + bulge} ${cy}, ${x + 4} ${cy}`;
  }
  if (supplier.column > customer.column) {
    const sx = supplier.x;
    const cx = customer.x + BOX_WIDTH + 4;
    const mid = (sx + cx) / 2;
    return `M ${sx} ${sy} C ${mid} ${sy}, ${mid} ${cy}, ${cx} ${cy}`;
  }
  const sx = supplier.x + BOX_WIDTH;
  const cx = customer.x - 4;
  const mid = (sx + cx) / 2;
  return `M ${sx} ${sy} C ${mid} ${sy}, ${mid} ${cy}, ${cx} ${cy}`;
}

/** The links on every way from a company up to the prime (following customers), and the companies on them. */
export function linksUpToPrime(companyId: string, links: LayoutInput['links']): { companies: Set<string>; links: Set<string> } {
  const companies = new Set<string>([companyId]);
  const onPath = new Set<string>();
  const queue = [companyId];
  while (queue.length) {
    const current = queue.shift()!;
    for (const link of links) {
      if (link.supplierId !== current) continue;
      onPath.add(`${link.supplierId}>${link.customerId}`);
      if (!companies.has(link.customerId)) {
        companies.add(link.customerId);
        queue.push(link.customerId);
      }
    }
  }
  return { companies, links: onPath };
}

/** The shortest way from a company up to the prime over the chain's links (breadth first), both ends included. */
export function shortestPathToPrime(companyId: string, primeId: string, links: LayoutInput['links']): string[] | null {
  const previous = new Map<string, string | null>([[companyId, null]]);
  const queue = [companyId];
  while (queue.length) {
    const current = queue.shift()!;
    if (current === primeId) {
      const path: string[] = [];
      for (let step: string | null = current; step !== null; step = previous.get(step) ?? null) path.unshift(step);
      return path;
    }
    for (const link of links) {
      if (link.supplierId === current && !previous.has(link.customerId)) {
        previous.set(link.customerId, current);
        queue.push(link.customerId);
      }
    }
  }
  return null;
}
