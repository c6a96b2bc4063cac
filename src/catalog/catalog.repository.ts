import { Executor } from '../db/executor';
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
}
