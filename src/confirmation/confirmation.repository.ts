import { ConfirmationStatus } from '../common/enums';
import { CompanyRow, toCompany } from '../company/company.repository';
import { Company } from '../company/company.type';
import { Executor } from '../db/executor';
import { SupplyLink } from '../supply-link/supply-link.type';

export class ConfirmationRepository {
  constructor(private readonly executor: Executor) {}

  async pendingSupplyLinks(): Promise<SupplyLink[]> {
    const rows = await this.executor.read<{ link: SupplyLink }>('pendingSupplyLinks', 'confirmation/pending-supply-links');
    return rows.map((row) => ({ ...row.link, status: ConfirmationStatus.PENDING }));
  }

  /** Companies with a pending clearance or parent group (or both). */
  async companiesWithPendingFacts(): Promise<Company[]> {
    const rows = await this.executor.read<{ company: CompanyRow }>('companiesWithPendingFacts', 'confirmation/pending-company-facts');
    return rows.map((row) => toCompany(row.company));
  }
}
