import { BadUserInputError, NotFoundError } from '../common/errors';
import { SupplyLinkInput } from './supply-link.input';
import { SupplyLinkRepository } from './supply-link.repository';
import { SupplyLink } from './supply-link.type';

export class SupplyLinkService {
  constructor(private readonly repository: SupplyLinkRepository) {}

  add(input: SupplyLinkInput, source: string): Promise<SupplyLink> {
    if (input.supplierId === input.customerId) {
      throw new BadUserInputError('customerId', 'a company cannot supply itself');
    }
    return this.repository.add(input, source, [
      { kind: 'companies', id: input.supplierId, field: 'supplierId' },
      { kind: 'companies', id: input.customerId, field: 'customerId' },
      { kind: 'programs', id: input.programId, field: 'programId' },
    ]);
  }

  async ends(id: string): Promise<{ supplierId: string; customerId: string }> {
    const ends = await this.repository.ends(id);
    if (!ends) throw new NotFoundError('SupplyLink', id, 'id');
    return ends;
  }

  async remove(id: string): Promise<SupplyLink> {
    const removed = await this.repository.remove(id);
    if (!removed) throw new NotFoundError('SupplyLink', id, 'id');
    return removed;
  }
}
