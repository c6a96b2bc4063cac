import { randomUUID } from 'node:crypto';

import { Executor } from '../db/executor';
import { assertReferencesExist, Reference } from '../db/references';
import { SupplyLinkInput } from './supply-link.input';
import { SupplyLink } from './supply-link.type';

export class SupplyLinkRepository {
  constructor(private readonly executor: Executor) {}

  async add(input: SupplyLinkInput, source: string, references: Reference[]): Promise<SupplyLink> {
    return this.executor.writeTransaction('addSupplyLink', async (tx) => {
      await assertReferencesExist(tx, references);
      const [row] = await tx.run<{ link: SupplyLink }>('supply-link/add', {
        id: `link-${randomUUID()}`,
        supplierId: input.supplierId,
        customerId: input.customerId,
        programId: input.programId,
        product: input.product ?? null,
        since: input.since ?? null,
        source,
      });
      return row.link;
    });
  }

  /** The companies at the two ends of a link, or null when there is none with this id. */
  async ends(id: string): Promise<{ supplierId: string; customerId: string } | null> {
    const [row] = await this.executor.read<{ supplierId: string; customerId: string }>('supplyLinkEnds', 'supply-link/ends', { id });
    return row ?? null;
  }

  /** The removed link, or null when there was none with this id. */
  async remove(id: string): Promise<SupplyLink | null> {
    const [row] = await this.executor.write<{ link: SupplyLink }>('removeSupplyLink', 'supply-link/remove', { id });
    return row?.link ?? null;
  }
}
