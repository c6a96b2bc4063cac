import { hasFullAccess } from '../auth/access';
import { Caller } from '../auth/caller';
import { ConfirmationStatus } from '../common/enums';

/** What decides who sees a supply link: its ends and its status. */
export interface LinkEnds {
  supplierId: string;
  customerId: string;
  status?: ConfirmationStatus | null;
}

/** Staff (and anyone in an installation without keys) or one of the link's two ends. */
export function isPartyTo(caller: Caller, link: LinkEnds): boolean {
  return hasFullAccess(caller) || caller.companyId === link.supplierId || caller.companyId === link.customerId;
}

/** A pending link is shown to its two ends and staff only; for everyone else it does not exist yet. */
export function seesLink(caller: Caller, link: LinkEnds): boolean {
  return link.status !== ConfirmationStatus.PENDING || isPartyTo(caller, link);
}
