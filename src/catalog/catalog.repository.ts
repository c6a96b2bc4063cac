import { Executor, QueryRunner } from '../db/executor';
import { QueryName } from '../db/query-names';
import { findMissingReferences } from '../db/references';
import { Capability, Certification, Network, Program, Region } from './catalog.type';

/** Reads the small, slowly changing catalogues whole: taxonomy, certifications, programs, networks, regions. */
export class CatalogRepository {
  constructor(private readonly executor: Executor) {}

  async capabilities(): Promise<Capability[]> {
    const rows = await this.executor.read<{ capability: Capability }>('capabilities', 'capability/all');
    return rows.map((row) => row.capability);
  }

  async certifications(): Promise<Certification[]> {
    const rows = await this.executor.read<{ certification: Certification }>('certifications', 'certification/all');
    return rows.map((row) => row.certification);
  }

  async programs(): Promise<Program[]> {
    const rows = await this.executor.read<{ program: Program }>('programs', 'program/all');
    return rows.map((row) => row.program);
  }

  async networks(): Promise<Network[]> {
    const rows = await this.executor.read<{ network: Network }>('networks', 'network/all');
    return rows.map((row) => row.network);
  }

  async regions(): Promise<Region[]> {
    const rows = await this.executor.read<{ region: Region }>('regions', 'region/all');
    return rows.map((row) => row.region);
  }

  async memberIdsOfNetworks(networkIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.executor.read<{ networkId: string; memberIds: string[] }>('networkMembers', 'network/member-ids', {
      ids: networkIds,
    });
    return new Map(rows.map((row) => [row.networkId, row.memberIds]));
  }

  /** Runs `work` in one read transaction: a catalogue write checked without writing (an import's dry run). */
  inReadTransaction<T>(operation: string, work: (tx: CatalogTransaction) => Promise<T>): Promise<T> {
    return this.executor.readTransaction(operation, (tx) => work(new CatalogTransaction(tx)));
  }

  /** Runs `work` in one write transaction: its checks see what it changes, and all its writes commit together. */
  inWriteTransaction<T>(operation: string, work: (tx: CatalogTransaction) => Promise<T>): Promise<T> {
    return this.executor.writeTransaction(operation, (tx) => work(new CatalogTransaction(tx)));
  }
}

/** The catalogue kinds that can be written, each a tree or a graph of ids except programs. */
export type CatalogKind = 'capabilities' | 'certifications' | 'networks' | 'programs' | 'regions';

const ALL_QUERY = {
  capabilities: 'capability/all', certifications: 'certification/all', networks: 'network/all', programs: 'program/all', regions: 'region/all',
} as const satisfies Record<CatalogKind, QueryName>;

const UPSERT_QUERY = {
  capabilities: 'capability/upsert', certifications: 'certification/upsert', networks: 'network/upsert', programs: 'program/upsert', regions: 'region/upsert',
} as const satisfies Record<CatalogKind, QueryName>;

/** How much a capability is used; retiring one that is used needs a replacement. */
export interface CapabilityUsage {
  claims: number;
  supplyRoles: number;
  narrower: number;
}

/** Catalogue reads and writes bound to one transaction, so that a write is checked against what it changes. */
export class CatalogTransaction {
  constructor(private readonly tx: QueryRunner) {}

  /** Each stored entry's id with the ids it points at: its parent, or for a certification what it includes. */
  async edges(kind: Exclude<CatalogKind, 'programs'>): Promise<Map<string, string[]>> {
    const rows = await this.tx.run<Record<string, { id: string; parentId?: string | null; includedIds?: string[] }>>(ALL_QUERY[kind]);
    return new Map(rows.map((row) => Object.values(row)[0]).map((entry) => [
      entry.id, entry.includedIds ?? (entry.parentId ? [entry.parentId] : []),
    ]));
  }

  async missingCompanies(ids: string[]): Promise<string[]> {
    return (await findMissingReferences(this.tx, ids.map((id) => ({ kind: 'companies', id })))).companies;
  }

  async upsert(kind: CatalogKind, rows: Record<string, unknown>[]): Promise<void> {
    await this.tx.run(UPSERT_QUERY[kind], { rows });
  }

  async capabilityUsage(id: string): Promise<CapabilityUsage | null> {
    const [usage] = await this.tx.run<CapabilityUsage>('capability/usage', { id });
    return usage ?? null;
  }

  async retireCapability(id: string, replacementId: string | null): Promise<void> {
    await this.tx.run('capability/retire', { id, replacementId });
  }
}
