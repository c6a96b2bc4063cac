import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
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

export interface ExportHeader {
  kind: 'header';
  format: 'tiergraph-export';
  version: 1;
  networkId: string | null;
}

export type ExportLine = ExportHeader | ExportedNode | ExportedRelationship;

const PROPERTY_TYPES = new Set(['date', 'datetime', 'point', 'integer', 'float', 'value']);

/**
 * Reads an export file: one JSON object per line, the header first. Every problem names its line, and
 * the whole file is checked (every relationship between nodes of the file, no key twice) before anything
 * is written.
 */
export function parseExport(text: string): ExportLine[] {
  const lines: ExportLine[] = [];
  const nodeKeys = new Set<string>();
  const fail = (line: number, reason: string): never => {
    throw new BadUserInputError(`line ${line}`, reason);
  };
  text.split('\n').forEach((raw, i) => {
    const number = i + 1;
    if (!raw.trim()) return;
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(raw) as Record<string, unknown>;
    } catch (error) {
      return fail(number, `not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (lines.length === 0) {
      if (parsed?.kind !== 'header' || parsed.format !== 'tiergraph-export') fail(number, 'the first line must be the tiergraph-export header');
      if (parsed.version !== 1) fail(number, `export version ${String(parsed.version)} is not supported (1 is)`);
      lines.push(parsed as unknown as ExportHeader);
      return;
    }
    const properties = parsed?.properties;
    if (!Array.isArray(properties) || properties.some((p) => typeof p?.key !== 'string' || !PROPERTY_TYPES.has(p?.type))) {
      fail(number, `properties must be a list of {key, type, value} with type one of ${[...PROPERTY_TYPES].join(', ')}`);
    }
    if (parsed.kind === 'node') {
      if (typeof parsed.key !== 'string' || !Array.isArray(parsed.labels) || parsed.labels.length === 0) fail(number, 'a node needs a key and labels');
      if (nodeKeys.has(parsed.key as string)) fail(number, `node key ${String(parsed.key)} appears twice`);
      nodeKeys.add(parsed.key as string);
    } else if (parsed.kind === 'relationship') {
      if (typeof parsed.type !== 'string' || !parsed.type) fail(number, 'a relationship needs a type');
      for (const end of ['start', 'end'] as const) {
        if (!nodeKeys.has(parsed[end] as string)) fail(number, `relationship ${end} ${String(parsed[end])} is no node above it in the file`);
      }
    } else {
      fail(number, `kind must be node or relationship, not ${String(parsed.kind)}`);
    }
    lines.push(parsed as unknown as ExportLine);
  });
  if (lines.length === 0) throw new BadUserInputError('line 1', 'the file is empty');
  return lines;
}

/**
 * Export of the whole graph, or of one network's part, as JSON lines with typed values (dates, times,
 * points keep their types), and its import into an empty database, which gives back the same graph.
 */
export class GraphExportService {
  constructor(private readonly executor: Executor, private readonly batchSize = 5000) {}

  /** The export, line by line: header, nodes page by page, then the relationships between exported nodes. */
  async *lines(networkId: string | null): AsyncGenerator<ExportLine> {
    if (networkId) {
      const [found] = await this.executor.read<{ networks: string[] }>('exportCheck', 'graph/missing-references', {
        companyIds: [], capabilityIds: [], certificationIds: [], programIds: [], networkIds: [networkId], regionIds: [],
      });
      if (found.networks.length > 0) throw new NotFoundError('Network', networkId, 'networkId');
    }
    yield { kind: 'header', format: 'tiergraph-export', version: 1, networkId };
    const keys: string[] = [];
    for (let skip = 0; ; skip += this.batchSize) {
      const page = await this.executor.read<Omit<ExportedNode, 'kind'>>('exportNodes', 'graph-export/nodes', { networkId, skip, limit: this.batchSize });
      for (const node of page) {
        keys.push(node.key);
        yield { kind: 'node', ...node };
      }
      if (page.length < this.batchSize) break;
    }
    const exported = new Set(keys);
    for (let start = 0; start < keys.length; start += this.batchSize) {
      const page = await this.executor.read<Omit<ExportedRelationship, 'kind'>>('exportRelationships', 'graph-export/relationships', {
        keys: keys.slice(start, start + this.batchSize),
      });
      // Only links between exported nodes: a network's part leaves out links to companies outside it.
      for (const r of page) if (exported.has(r.end)) yield { kind: 'relationship', ...r };
    }
  }

  /** The whole export in memory (tests, small graphs); the CLI streams `lines` to a file instead. */
  async export(networkId: string | null): Promise<ExportLine[]> {
    const all: ExportLine[] = [];
    for await (const line of this.lines(networkId)) all.push(line);
    return all;
  }

  /**
   * Imports an export into an empty database (CONFLICT otherwise), in batches. If a batch fails, what the
   * import created so far is removed again, so that nothing is left half-imported; if even that fails (the
   * connection is gone), the next import removes the leftovers first. Returns the numbers created.
   */
  async import(lines: ExportLine[]): Promise<{ nodes: number; relationships: number }> {
    const [state] = await this.executor.read<{ nodes: number; unfinished: number }>('importState', 'graph-export/import-state');
    if (state.nodes > 0 && state.unfinished === state.nodes) await this.removeImported();
    else if (state.nodes > 0) throw new ConflictError('An export can only be imported into an empty database');
    const nodes = lines.filter((l): l is ExportedNode => l.kind === 'node');
    const relationships = lines.filter((l): l is ExportedRelationship => l.kind === 'relationship');
    try {
      for (let start = 0; start < nodes.length; start += this.batchSize) {
        await this.executor.write('importNodes', 'graph-export/create-nodes', { rows: nodes.slice(start, start + this.batchSize) });
      }
      for (let start = 0; start < relationships.length; start += this.batchSize) {
        await this.executor.write('importRelationships', 'graph-export/create-relationships', { rows: relationships.slice(start, start + this.batchSize) });
      }
    } catch (error) {
      await this.removeImported();
      throw error;
    }
    for (;;) {
      const [row] = await this.executor.write<{ cleaned: number }>('importFinish', 'graph-export/finish', { limit: this.batchSize });
      if (row.cleaned === 0) break;
    }
    return { nodes: nodes.length, relationships: relationships.length };
  }

  /** Deletes what an unfinished import created (its nodes still carry the import mark), batch by batch. */
  private async removeImported(): Promise<void> {
    for (;;) {
      const [row] = await this.executor.write<{ removed: number }>('importRollback', 'graph-export/remove-imported', { limit: this.batchSize });
      if (row.removed === 0) break;
    }
  }
}
