import { ConfirmationStatus } from '../common/enums';
import { ConfirmationRepository } from './confirmation.repository';
import { PendingConfirmations } from './confirmation.type';

export class ConfirmationService {
  constructor(private readonly repository: ConfirmationRepository) {}

  async pending(): Promise<PendingConfirmations> {
    const [supplyLinks, companies] = await Promise.all([this.repository.pendingSupplyLinks(), this.repository.companiesWithPendingFacts()]);
    return {
      supplyLinks,
      clearances: companies.filter((company) => company.clearanceStatus === ConfirmationStatus.PENDING),
      parentGroups: companies.filter((company) => company.parentGroupStatus === ConfirmationStatus.PENDING),
    };
  }
}
