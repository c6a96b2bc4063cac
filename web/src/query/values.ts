import type { Formatters } from '../i18n';

/** A cell of runCypher's result (see CypherResult.rows in schema.graphql). */
export type Cell = null | number | string | boolean | Cell[] | GraphNode | GraphRelationship | GraphPath | Temporal | Point | { [key: string]: Cell };

export interface GraphNode { kind: 'node'; elementId: string; labels: string[]; properties: Record<string, Cell> }
export interface GraphRelationship {
  kind: 'relationship'; elementId: string; type: string; startElementId: string; endElementId: string; properties: Record<string, Cell>;
}
export interface GraphPath { kind: 'path'; nodes: GraphNode[]; relationships: GraphRelationship[] }
export interface Temporal { kind: 'date' | 'datetime' | 'localdatetime' | 'time' | 'localtime' | 'duration'; value: string }
export interface Point { kind: 'point'; srid: number; x: number; y: number; z: number | null; latitude: number | null; longitude: number | null }

const kindOf = (cell: Cell): string | null =>
  cell !== null && typeof cell === 'object' && !Array.isArray(cell) && typeof cell.kind === 'string' ? cell.kind : null;

export const isNode = (cell: Cell): cell is GraphNode => kindOf(cell) === 'node';
export const isRelationship = (cell: Cell): cell is GraphRelationship => kindOf(cell) === 'relationship';
const isPath = (cell: Cell): cell is GraphPath => kindOf(cell) === 'path';

/** What a node is called on screen: its name, title or id, else its element id. */
export function captionOf(node: GraphNode): string {
  const { name, title, id } = node.properties;
  const caption = name ?? title ?? id;
  return typeof caption === 'string' || typeof caption === 'number' ? String(caption) : node.elementId;
}

/** A cell as text: for the table in the user's locale, for CSV (`fmt` absent) in ISO and with decimal commas for German Excel. */
export function cellText(cell: Cell, fmt?: Formatters): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return fmt ? fmt.number(cell, 6) : String(cell).replace('.', ',');
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return String(cell);
  if (Array.isArray(cell)) return `[${cell.map((item) => cellText(item, fmt)).join(', ')}]`;
  if (isNode(cell)) return `(${cell.labels.map((label) => `:${label}`).join('')} ${captionOf(cell)})`;
  if (isRelationship(cell)) return `[:${cell.type}]`;
  if (isPath(cell)) {
    return cell.nodes.map((node, index) => (index === 0 ? '' : `-[:${cell.relationships[index - 1].type}]-`) + `(${captionOf(node)})`).join('');
  }
  const kind = kindOf(cell);
  if (kind === 'point') {
    const point = cell as Point;
    return point.latitude !== null ? `${point.latitude}, ${point.longitude}` : `(${[point.x, point.y, point.z].filter((v) => v !== null).join(', ')})`;
  }
  if (kind === 'date' && fmt) return fmt.date((cell as Temporal).value);
  if (kind === 'datetime' && fmt) return fmt.dateTime((cell as Temporal).value);
  if (kind) return (cell as Temporal).value;
  return JSON.stringify(cell);
}

/** The result as CSV that German Excel opens directly: UTF-8 with byte order mark, `;`, CRLF. */
export function toCsv(columns: string[], rows: Cell[][]): string {
  const field = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [columns.map(field).join(';'), ...rows.map((row) => row.map((cell) => field(cellText(cell))).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Every node and relationship anywhere in the rows (in paths and lists too), each once. */
export function graphElementsOf(rows: Cell[][]): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  const visit = (cell: Cell) => {
    if (isNode(cell)) nodes.set(cell.elementId, cell);
    else if (isRelationship(cell)) relationships.set(cell.elementId, cell);
    else if (isPath(cell)) {
      cell.nodes.forEach(visit);
      cell.relationships.forEach(visit);
    } else if (Array.isArray(cell)) cell.forEach(visit);
  };
  rows.forEach((row) => row.forEach(visit));
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}
