import DataLoader from 'dataloader';

import { byId, listsById } from '../common/loaders';
import { SupplyLink } from '../supply-link/supply-link.type';
import { CompanyRepository } from './company.repository';
import { CapabilityClaim, Certificate, Company, ContactPerson, Membership, ProgramTier } from './company.type';

/** A request's loaders of companies and what hangs off them: one query per field of a page, not one per row. */
export interface CompanyLoaders {
  company: DataLoader<string, Company | null>;
  capabilityClaims: DataLoader<string, CapabilityClaim[]>;
  certificates: DataLoader<string, Certificate[]>;
  memberships: DataLoader<string, Membership[]>;
  contacts: DataLoader<string, ContactPerson[]>;
  supplyLinks: DataLoader<string, SupplyLink[]>;
  programTiers: DataLoader<string, ProgramTier[]>;
}

export function createCompanyLoaders(companies: CompanyRepository): CompanyLoaders {
  return {
    company: byId((ids) => companies.byIds(ids)),
    capabilityClaims: listsById((ids) => companies.capabilityClaims(ids)),
    certificates: listsById((ids) => companies.certificates(ids)),
    memberships: listsById((ids) => companies.memberships(ids)),
    contacts: listsById((ids) => companies.contacts(ids)),
    supplyLinks: listsById((ids) => companies.supplyLinks(ids)),
    programTiers: listsById((ids) => companies.programTiers(ids)),
  };
}
