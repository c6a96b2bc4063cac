import DataLoader from 'dataloader';

import { listsById } from '../common/loaders';
import { CatalogRepository } from './catalog.repository';

/** A request's loaders of what the catalogue cache does not hold: the members of networks. */
export interface CatalogLoaders {
  memberIdsOfNetwork: DataLoader<string, string[]>;
}

export function createCatalogLoaders(catalog: CatalogRepository): CatalogLoaders {
  return {
    memberIdsOfNetwork: listsById((networkIds) => catalog.memberIdsOfNetworks(networkIds)),
  };
}
