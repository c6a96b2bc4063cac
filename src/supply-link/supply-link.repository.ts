import { randomUUID } from 'node:crypto';

import { ConfirmationStatus } from '../common/enums';
import { Executor } from '../db/executor';
import { assertReferencesExist, Reference } from '../db/references';
import { SupplyLinkInput } from './supply-link.input';
import { SupplyLink } from './supply-link.type';

export interface SupplyLinkEnds {
  supplierId: string;
  customerId: string;
  /** The end that entered a pending link; null once it is confirmed. */
  pendingFrom: string | null;
}

export class SupplyLinkRepository {
  constructor(private readonly executor: Executor) {}

  /** `enteredBy` is the end whose company key enters the link (it stays PENDING for the other end), null for staff. */
  async add(input: SupplyLinkInput, source: string, enteredBy: string | null, references: Reference[]): Promise<SupplyLink> {
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
        status: enteredBy ? ConfirmationStatus.PENDING : ConfirmationStatus.CONFIRMED,
        enteredBy,
      });
      return row.link;
    });
  }

  /** The companies at the two ends of a link (and the end a pending one waits on), or null when there is none with this id. */
  async ends(id: string): Promise<SupplyLinkEnds | null> {
    const [row] = await this.executor.read<SupplyLinkEnds>('supplyLinkEnds', 'supply-link/ends', { id });
    return row ?? null;
  }

  /** The confirmed link, or null when there is none with this id. */
  async confirm(id: string, source: string): Promise<SupplyLink | null> {
    const [row] = await this.executor.write<{ link: SupplyLink }>('confirmSupplyLink', 'supply-link/confirm', { id, source });
    return row?.link ?? null;
  }

  /** Sets one end's consent to share the link; null when there is none with this id. */
  async setShareable(id: string, side: 'supplier' | 'customer', shareable: boolean): Promise<SupplyLink | null> {
    const [row] = await this.executor.write<{ link: SupplyLink }>('setSupplyLinkShareable', 'supply-link/set-shareable', { id, side, shareable });
    return row?.link ?? null;
  }

  /** The removed link, or null when there was none with this id. */
  async remove(id: string): Promise<SupplyLink | null> {
    const [row] = await this.executor.write<{ link: SupplyLink }>('removeSupplyLink', 'supply-link/remove', { id });
    return row?.link ?? null;
  }
}
