import { BadUserInputError, NotFoundError } from '../common/errors';
import { toConnectionParts, toPage } from '../common/pagination';
import { assertUnique } from '../common/validation';
import { Reference } from '../db/references';
import { SupplyRoleInput, SupplyRoleWhere } from './supply-role.input';
import { SupplyRoleRepository, toSupplyRoleFilter } from './supply-role.repository';
import { SupplyRole, SupplyRoleConnection } from './supply-role.type';

export class SupplyRoleService {
  constructor(private readonly repository: SupplyRoleRepository) {}

  async get(id: string): Promise<SupplyRole> {
    const [role] = await this.repository.byIds([id]);
    if (!role) throw new NotFoundError('SupplyRole', id, 'id');
    return role;
  }

  async list(where: SupplyRoleWhere | undefined, first?: number, after?: string): Promise<SupplyRoleConnection> {
    const page = toPage(first, after);
    const filter = toSupplyRoleFilter(where);
    const ids = await this.repository.listIds(filter, page);
    const found = new Map((await this.repository.byIds(ids)).map((role) => [role.id, role]));
    const rows = ids.map((id) => found.get(id)).filter((role): role is SupplyRole => role !== undefined);
    return { ...toConnectionParts(rows, page), countTotal: () => this.repository.count(filter) };
  }

  /** Creates or replaces a role; `assertMayReplace` refuses (by throwing) replacing a role of the buyer it is given. */
  async upsert(input: SupplyRoleInput, assertMayReplace: (previousBuyerId: string) => void = () => undefined): Promise<SupplyRole> {
    if (input.requiredCapabilities.length === 0) {
      throw new BadUserInputError('requiredCapabilities', 'a supply role needs at least one required capability');
    }
    assertUnique(input.requiredCapabilities, (need) => need.capabilityId, (i) => `requiredCapabilities[${i}].capabilityId`);
    assertUnique(input.requiredCertifications, (need) => need.certificationId, (i) => `requiredCertifications[${i}].certificationId`);
    const references: Reference[] = [
      { kind: 'companies', id: input.buyerId, field: 'buyerId' },
      ...(input.programId ? [{ kind: 'programs' as const, id: input.programId, field: 'programId' }] : []),
      ...(input.regionId ? [{ kind: 'regions' as const, id: input.regionId, field: 'regionId' }] : []),
      ...input.requiredCapabilities.map((need, i) => ({
        kind: 'capabilities' as const, id: need.capabilityId, field: `requiredCapabilities[${i}].capabilityId`,
      })),
      ...input.requiredCertifications.map((need, i) => ({
        kind: 'certifications' as const, id: need.certificationId, field: `requiredCertifications[${i}].certificationId`,
      })),
    ];
    await this.repository.upsert(input, references, assertMayReplace);
    return this.get(input.id);
  }
}
