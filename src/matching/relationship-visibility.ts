import { hasFullAccess } from '../auth/access';
import { Caller } from '../auth/caller';
import { ConfirmationStatus } from '../common/enums';
import { LinkEnds, seesLinkInFull } from '../supply-link/link-visibility';
import { Relationship, RelationshipTarget, supplyTies } from './matching.engine';

/** A supply link as matching weighs it: from its supplier to a customer, for a program. */
export interface WeighedLink extends LinkEnds {
  programId: string;
}

/**
 * The supply relationships of `companyId` to the target that the caller may see: those resting on at least one
 * confirmed link of the company that the caller sees in full. `links` are the company's links (others are ignored).
 */
export function supplyTiesSeenBy(caller: Caller, companyId: string, links: readonly WeighedLink[], target: RelationshipTarget): Set<Relationship> {
  return new Set(supplyTies(
    links.filter((link) => link.supplierId === companyId && link.status !== ConfirmationStatus.PENDING && seesLinkInFull(caller, link)), target));
}

/** Whether the caller sees every relationship of the company without looking at its links: staff, open mode, the company itself. */
export function seesEveryTieOf(caller: Caller, companyId: string): boolean {
  return hasFullAccess(caller) || caller.companyId === companyId;
}

/**
 * Of the relationships the engine counted for a company, those the caller may be shown: a supply relationship only
 * when a link the caller sees in full gives it (a shared network is no supply link and always shown).
 */
export function relationshipsShown(
  caller: Caller, companyId: string, counted: readonly Relationship[], links: readonly WeighedLink[], target: RelationshipTarget,
): Relationship[] {
  if (seesEveryTieOf(caller, companyId)) return [...counted];
  const seen = supplyTiesSeenBy(caller, companyId, links, target);
  return counted.filter((relationship) => relationship === Relationship.SHARES_NETWORK || seen.has(relationship));
}
