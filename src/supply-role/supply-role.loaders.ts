import DataLoader from 'dataloader';

import { byId, listsById } from '../common/loaders';
import { SupplyRoleRepository } from './supply-role.repository';
import { SupplyRole } from './supply-role.type';

/** A request's loaders of supply roles, by id and by program. */
export interface SupplyRoleLoaders {
  supplyRole: DataLoader<string, SupplyRole | null>;
  supplyRoleIdsOfProgram: DataLoader<string, string[]>;
}

export function createSupplyRoleLoaders(supplyRoles: SupplyRoleRepository): SupplyRoleLoaders {
  return {
    supplyRole: byId((ids) => supplyRoles.byIds(ids)),
    supplyRoleIdsOfProgram: listsById((programIds) => supplyRoles.idsByPrograms(programIds)),
  };
}
