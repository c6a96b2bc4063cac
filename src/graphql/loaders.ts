import DataLoader from 'dataloader';

import { CapabilityClaim, Certificate, Company, ContactPerson, Membership, ProgramTier } from '../company/company.type';
import { Repositories } from './repositories';
import { SupplyLink } from '../supply-link/supply-link.type';
import { SupplyRole } from '../supply-role/supply-role.type';
import { toAssessment } from '../readiness/readiness.service';
import { ReadinessAssessment } from '../readiness/readiness.type';

function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await load(ids)).map((entry) => [entry.id, entry]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function listsById<T>(load: (ids: readonly string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

/** Loads many ids at once and keeps the entries that exist, in the order of the ids. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((entry): entry is Awaited<T> => entry !== null && !(entry instanceof Error)) as T[];
}

/** Per-request batch loaders: every nested field of a page of results costs one query, not one per row. */
export interface Loaders {
  company: DataLoader<string, Company | null>;
  capabilityClaims: DataLoader<string, CapabilityClaim[]>;
  certificates: DataLoader<string, Certificate[]>;
  memberships: DataLoader<string, Membership[]>;
  contacts: DataLoader<string, ContactPerson[]>;
  supplyLinks: DataLoader<string, SupplyLink[]>;
  programTiers: DataLoader<string, ProgramTier[]>;
  supplyRole: DataLoader<string, SupplyRole | null>;
  supplyRoleIdsOfProgram: DataLoader<string, string[]>;
  memberIdsOfNetwork: DataLoader<string, string[]>;
  latestReadiness: DataLoader<string, ReadinessAssessment | null>;
}

export function createLoaders(repositories: Repositories): Loaders {
  const { company, supplyRole, catalog, readiness } = repositories;
  return {
    company: byId((ids) => company.byIds(ids)),
    capabilityClaims: listsById((ids) => company.capabilityClaims(ids)),
    certificates: listsById((ids) => company.certificates(ids)),
    memberships: listsById((ids) => company.memberships(ids)),
    contacts: listsById((ids) => company.contacts(ids)),
    supplyLinks: listsById((ids) => company.supplyLinks(ids)),
    programTiers: listsById((ids) => company.programTiers(ids)),
    supplyRole: byId((ids) => supplyRole.byIds(ids)),
    supplyRoleIdsOfProgram: new DataLoader(async (ids) => {
      const found = await supplyRole.idsByPrograms(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    memberIdsOfNetwork: new DataLoader(async (ids) => {
      const found = await catalog.memberIdsOfNetworks(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    latestReadiness: new DataLoader(async (companyIds) => {
      const latest = await readiness.latestIdsOf(companyIds);
      const rows = new Map((await readiness.byIds([...latest.values()])).map((row) => [row.companyId, toAssessment(row)]));
      return companyIds.map((id) => rows.get(id) ?? null);
    }),
  };
}
