import { ConflictError, NotFoundError } from '../common/errors';
import { Executor } from '../db/executor';

interface TypedProperty {
  key: string;
  type: string;
  value: unknown;
}

export interface ExportedNode {
  kind: 'node';
  key: string;
  labels: string[];
  properties: TypedProperty[];
}

export interface ExportedRelationship {
  kind: 'relationship';
  type: string;
  start: string;
  end: string;
  properties: TypedProperty[];
}

export type ExportLine = { kind: 'header'; format: 'tiergraph-export'; version: 1; networkId: string | null } | ExportedNode | ExportedRelationship;

const PAGE = 5000;

/**
 * Export of the whole graph, or of one network's part, as JSON lines with typed values (dates, times,
 * points keep their types), and its import into an empty database, which gives back the same graph.
 */
export class GraphExportService {
  constructor(private readonly executor: Executor) {}

  async export(networkId: string | null): Promise<ExportLine[]> {
    if (networkId) {
      const [found] = await this.executor.read<{ networks: string[] }>('exportCheck', 'graph/missing-references', {
        companyIds: [], capabilityIds: [], certificationIds: [], programIds: [], networkIds: [networkId], regionIds: [],
      });
      if (found.networks.length > 0) throw new NotFoundError('Network', networkId, 'networkId');
    }
    const nodes: ExportedNode[] = [];
    for (let skip = 0; ; skip += PAGE) {
      const page = await this.executor.read<Omit<ExportedNode, 'kind'>>('exportNodes', 'graph-export/nodes', { networkId, skip, limit: PAGE });
      nodes.push(...page.map((node) => ({ kind: 'node' as const, ...node })));
      if (page.length < PAGE) break;
    }
    const keys = nodes.map((n) => n.key);
    const exported = new Set(keys);
    const relationships: ExportedRelationship[] = [];
    for (let start = 0; start < keys.length; start += PAGE) {
      const page = await this.executor.read<Omit<ExportedRelationship, 'kind'>>('exportRelationships', 'graph-export/relationships', {
        keys: keys.slice(start, start + PAGE),
      });
      for (const r of page) if (exported.has(r.end)) relationships.push({ kind: 'relationship', ...r });
    }
    return [{ kind: 'header', format: 'tiergraph-export', version: 1, networkId }, ...nodes, ...relationships];
  }

  /** Imports an export into an empty database (CONFLICT otherwise). Returns the numbers created. */
  async import(lines: ExportLine[]): Promise<{ nodes: number; relationships: number }> {
    const existing = await this.executor.read('importEmpty', 'graph/stats');
    if (existing.length > 0) throw new ConflictError('An export can only be imported into an empty database');
    const nodes = lines.filter((l): l is ExportedNode => l.kind === 'node');
    const relationships = lines.filter((l): l is ExportedRelationship => l.kind === 'relationship');
    for (let start = 0; start < nodes.length; start += PAGE) {
      await this.executor.write('importNodes', 'graph-export/create-nodes', { rows: nodes.slice(start, start + PAGE) });
    }
    for (let start = 0; start < relationships.length; start += PAGE) {
      await this.executor.write('importRelationships', 'graph-export/create-relationships', { rows: relationships.slice(start, start + PAGE) });
    }
    for (;;) {
      const [row] = await this.executor.write<{ cleaned: number }>('importFinish', 'graph-export/finish', { limit: PAGE });
      if (row.cleaned === 0) break;
    }
    return { nodes: nodes.length, relationships: relationships.length };
  }
}
