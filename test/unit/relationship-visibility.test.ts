import { Caller } from '../../src/auth/caller';
import { ConfirmationStatus } from '../../src/common/enums';
import { chainDistance, leadFirst } from '../../src/matching/consortium-search';
import { Relationship, RelationshipTarget } from '../../src/matching/matching.engine';
import { ConsortiumMember } from '../../src/matching/matching.type';
import { relationshipsShown, supplyTiesSeenBy, WeighedLink } from '../../src/matching/relationship-visibility';

const companyKey = (companyId: string): Caller => ({ kind: 'company', companyId, name: companyId });
const STAFF: Caller = { kind: 'staff', companyId: null, name: 'office' };

/** A role of `buyer` in program `prog-1`, whose prime `prime` also leads `prog-2`. */
const TARGET: RelationshipTarget = { buyerId: 'buyer', programId: 'prog-1', primeId: 'prime', primeProgramIds: ['prog-1', 'prog-2'] };

const link = (customerId: string, programId: string, extra: Partial<WeighedLink> = {}): WeighedLink => ({
  supplierId: 'sme', customerId, programId, status: ConfirmationStatus.CONFIRMED, shareableBySupplier: false, shareableByCustomer: false, ...extra,
});

const { SUPPLIES_BUYER, SUPPLIES_PROGRAM, SUPPLIES_PRIME, SHARES_NETWORK } = Relationship;
const COUNTED = [SUPPLIES_BUYER, SUPPLIES_PROGRAM, SUPPLIES_PRIME, SHARES_NETWORK];

describe('relationshipsShown', () => {
  // sme supplies the buyer for prog-1 (hidden from third parties) and, shared by both ends, someone else for prog-2.
  const links = [link('buyer', 'prog-1'), link('other', 'prog-2', { shareableBySupplier: true, shareableByCustomer: true })];

  it('shows staff and the company itself everything the engine counted', () => {
    expect(relationshipsShown(STAFF, 'sme', COUNTED, [], TARGET)).toEqual(COUNTED);
    expect(relationshipsShown(companyKey('sme'), 'sme', COUNTED, [], TARGET)).toEqual(COUNTED);
  });

  it('shows another company key each supply tie only when a link it sees gives it, and always a shared network', () => {
    expect(relationshipsShown(companyKey('third'), 'sme', COUNTED, links, TARGET)).toEqual([SUPPLIES_PRIME, SHARES_NETWORK]);
    // The buyer is the other end of the first link.
    expect(relationshipsShown(companyKey('buyer'), 'sme', COUNTED, links, TARGET)).toEqual(COUNTED);
  });

  it('counts no pending link and no link of another supplier', () => {
    const pendingOrOthers = [
      link('other', 'prog-2', { status: ConfirmationStatus.PENDING, shareableBySupplier: true, shareableByCustomer: true }),
      link('prime', 'prog-1', { supplierId: 'someone-else', shareableBySupplier: true, shareableByCustomer: true }),
    ];
    expect(supplyTiesSeenBy(companyKey('third'), 'sme', pendingOrOthers, TARGET)).toEqual(new Set());
  });

  it('takes a link that one end alone shared for hidden', () => {
    expect(supplyTiesSeenBy(companyKey('third'), 'sme', [link('buyer', 'prog-1', { shareableBySupplier: true })], TARGET)).toEqual(new Set());
  });
});

describe('leadFirst', () => {
  const member = (companyId: string, score: number): ConsortiumMember => ({
    companyId, score, isLead: false, providesClearance: false, distanceKm: null, capabilityIds: [], certificationIds: [],
  });

  it('makes the member closest to the buyer the lead, whatever its score, and lists the others by score', () => {
    const distances = new Map([['a', chainDistance([])], ['b', chainDistance([SUPPLIES_PRIME])], ['c', chainDistance([SHARES_NETWORK])]]);
    const ordered = leadFirst([member('a', 0.9), member('b', 0.5), member('c', 0.7)], (m) => distances.get(m.companyId)!);
    expect(ordered.map((m) => [m.companyId, m.isLead])).toEqual([['b', true], ['a', false], ['c', false]]);
  });
});
