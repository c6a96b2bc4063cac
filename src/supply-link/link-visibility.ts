import { hasFullAccess } from '../auth/access';
import { Caller } from '../auth/caller';
import { ConfirmationStatus } from '../common/enums';

/** What decides who sees a supply link: its ends, its status and whether each end marked it shareable. */
export interface LinkEnds {
  supplierId: string;
  customerId: string;
  status?: ConfirmationStatus | null;
  shareableBySupplier?: boolean | null;
  shareableByCustomer?: boolean | null;
}

/** Staff (and anyone in an installation without keys) or one of the link's two ends. */
export function isPartyTo(caller: Caller, link: LinkEnds): boolean {
  return hasFullAccess(caller) || caller.companyId === link.supplierId || caller.companyId === link.customerId;
}

/**
 * Who supplies whom is confidential: staff and the link's two ends see it in full, every other company key only
 * once both ends marked it shareable (and never while it is pending).
 */
export function seesLinkInFull(caller: Caller, link: LinkEnds): boolean {
  if (isPartyTo(caller, link)) return true;
  return link.status !== ConfirmationStatus.PENDING && link.shareableBySupplier === true && link.shareableByCustomer === true;
}

/**
 * The companies of a chain or path the caller may see named: the `known` ones (the prime, the company asked
 * about, the caller itself) always, every other one unless a link hidden from the caller touches it. A hidden
 * link thus never shows both its ends; the others appear only in aggregate (tier, Kreis).
 */
export function namedCompanies(caller: Caller, links: readonly LinkEnds[], known: readonly (string | null)[]): Set<string> {
  const ids = new Set(links.flatMap((link) => [link.supplierId, link.customerId]));
  if (hasFullAccess(caller)) return ids;
  const touchedByHidden = new Set(links.filter((link) => !seesLinkInFull(caller, link)).flatMap((link) => [link.supplierId, link.customerId]));
  const named = new Set([...ids].filter((id) => !touchedByHidden.has(id)));
  for (const id of known) if (id) named.add(id);
  return named;
}
