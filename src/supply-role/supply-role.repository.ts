import { SecurityClearance, SupplyRoleStatus } from '../common/enums';
import { Page } from '../common/pagination';
import { Executor } from '../db/executor';
import { assertReferencesExist, Reference } from '../db/references';
import { SupplyRoleInput, SupplyRoleWhere } from './supply-role.input';
import { SupplyRole } from './supply-role.type';

export interface SupplyRoleFilter {
  status: string | null;
  tier: number | null;
  buyerId: string | null;
  programId: string | null;
  capabilityId: string | null;
  deadlineBefore: string | null;
}

export function toSupplyRoleFilter(where: SupplyRoleWhere | null | undefined): SupplyRoleFilter {
  return {
    status: where?.status ?? null,
    tier: where?.tier ?? null,
    buyerId: where?.buyerId ?? null,
    programId: where?.programId ?? null,
    capabilityId: where?.capabilityId ?? null,
    deadlineBefore: where?.deadlineBefore ?? null,
  };
}

function toSupplyRole(row: SupplyRole): SupplyRole {
  return {
    ...row,
    status: row.status ?? SupplyRoleStatus.OPEN,
    securityClearance: row.securityClearance ?? SecurityClearance.NONE,
    requiredCapabilities: row.requiredCapabilities.map((need) => ({ ...need, mandatory: need.mandatory ?? true, minLevel: need.minLevel ?? 1 })),
    requiredCertifications: row.requiredCertifications.map((need) => ({
      ...need,
      mandatory: need.mandatory ?? true,
      minEvidenceLevel: need.minEvidenceLevel ?? 'SELF_DECLARED',
    })) as SupplyRole['requiredCertifications'],
  };
}

export class SupplyRoleRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<SupplyRole[]> {
    const rows = await this.executor.read<{ role: SupplyRole }>('supplyRolesByIds', 'supply-role/by-ids', { ids });
    return rows.map((row) => toSupplyRole(row.role));
  }

  async listIds(filter: SupplyRoleFilter, page: Page): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>('supplyRoles', 'supply-role/list', {
      ...filter,
      skip: page.skip,
      limit: page.limit + 1,
    });
    return rows.map((row) => row.id);
  }

  async count(filter: SupplyRoleFilter): Promise<number> {
    const [row] = await this.executor.read<{ total: number }>('supplyRolesCount', 'supply-role/count', { ...filter });
    return row.total;
  }

  async idsByPrograms(programIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.executor.read<{ programId: string; roleIds: string[] }>('supplyRolesOfPrograms', 'supply-role/by-program-ids', {
      ids: programIds,
    });
    return new Map(rows.map((row) => [row.programId, row.roleIds]));
  }

  /**
   * Creates or replaces the role in one transaction; `assertMayReplace` sees the buyer the role had before and
   * refuses by throwing, which rolls the write back.
   */
  async upsert(input: SupplyRoleInput, references: Reference[], assertMayReplace: (previousBuyerId: string) => void): Promise<void> {
    await this.executor.writeTransaction('upsertSupplyRole', async (tx) => {
      await assertReferencesExist(tx, references);
      const [written] = await tx.run<{ previousBuyerId: string | null }>('supply-role/upsert', {
        id: input.id,
        title: input.title,
        description: input.description ?? null,
        product: input.product ?? null,
        buyerId: input.buyerId,
        programId: input.programId ?? null,
        tier: input.tier,
        status: input.status,
        securityClearance: input.securityClearance,
        quantity: input.quantity ?? null,
        deadline: input.deadline ?? null,
        location: input.location ? { latitude: input.location.latitude, longitude: input.location.longitude } : null,
        regionId: input.regionId ?? null,
        maxDistanceKm: input.maxDistanceKm ?? null,
        requiredCapabilities: input.requiredCapabilities.map((need) => ({
          capabilityId: need.capabilityId, minLevel: need.minLevel, mandatory: need.mandatory,
        })),
        requiredCertifications: input.requiredCertifications.map((need) => ({
          certificationId: need.certificationId, mandatory: need.mandatory, minEvidenceLevel: need.minEvidenceLevel,
        })),
      });
      if (written.previousBuyerId) assertMayReplace(written.previousBuyerId);
    });
  }
}
