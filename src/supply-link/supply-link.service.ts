import { BadUserInputError, NotFoundError } from '../common/errors';
import { SupplyLinkInput } from './supply-link.input';
import { SupplyLinkEnds, SupplyLinkRepository } from './supply-link.repository';
import { SupplyLink } from './supply-link.type';

export class SupplyLinkService {
  constructor(private readonly repository: SupplyLinkRepository) {}

  /** `enteredBy`: the end whose company key enters the link (PENDING until the other end or staff confirm), null for staff. */
  add(input: SupplyLinkInput, source: string, enteredBy: string | null): Promise<SupplyLink> {
    if (input.supplierId === input.customerId) {
      throw new BadUserInputError('customerId', 'a company cannot supply itself');
    }
    return this.repository.add(input, source, enteredBy, [
      { kind: 'companies', id: input.supplierId, field: 'supplierId' },
      { kind: 'companies', id: input.customerId, field: 'customerId' },
      { kind: 'programs', id: input.programId, field: 'programId' },
    ]);
  }

  async ends(id: string): Promise<SupplyLinkEnds> {
    const ends = await this.repository.ends(id);
    if (!ends) throw new NotFoundError('SupplyLink', id, 'id');
    return ends;
  }

  async confirm(id: string, source: string): Promise<SupplyLink> {
    const confirmed = await this.repository.confirm(id, source);
    if (!confirmed) throw new NotFoundError('SupplyLink', id, 'id');
    return confirmed;
  }

  async setShareable(id: string, side: 'supplier' | 'customer', shareable: boolean): Promise<SupplyLink> {
    const link = await this.repository.setShareable(id, side, shareable);
    if (!link) throw new NotFoundError('SupplyLink', id, 'id');
    return link;
  }

  async remove(id: string): Promise<SupplyLink> {
    const removed = await this.repository.remove(id);
    if (!removed) throw new NotFoundError('SupplyLink', id, 'id');
    return removed;
  }
}
