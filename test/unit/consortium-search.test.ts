import { SecurityClearance } from '../../src/common/enums';
import { searchConsortia } from '../../src/matching/consortium-search';
import { Evaluation, RequirementFacts, Relationship } from '../../src/matching/matching.engine';
import {
  capabilityMatch, certificationMatch, evaluationOf, missingClearance, needCapability, needCertification, requirementWith,
} from './plain-data';

/** A candidate scored against `requirement`, meeting exactly the ids in `meets` ('clearance' for the security clearance). */
function candidateFor(requirement: RequirementFacts) {
  return (companyId: string, meets: string[], score: number, distanceKm: number | null, relationships: Relationship[] = []): Evaluation =>
    evaluationOf(companyId, {
      score, distanceKm, relationships,
      capabilityMatches: requirement.requiredCapabilities.map((n) => capabilityMatch(n.capabilityId, meets.includes(n.capabilityId), n.mandatory)),
      certificationMatches: requirement.requiredCertifications.map((n) => certificationMatch(n.certificationId, meets.includes(n.certificationId), n.mandatory)),
      missing: requirement.securityClearance !== SecurityClearance.NONE && !meets.includes('clearance') ? [missingClearance(requirement.securityClearance)] : [],
    });
}

const ids = (consortia: { members: { companyId: string }[] }[]) => consortia.map((c) => c.members.map((m) => m.companyId));

describe('searchConsortia', () => {
  // Mandatory: cap-a, cap-b, cert-x and VS-NfD clearance; cap-c is only nice to have.
  const requirement = requirementWith({
    securityClearance: SecurityClearance.VS_NFD,
    requiredCapabilities: [needCapability('cap-a'), needCapability('cap-b'), needCapability('cap-c', false)],
    requiredCertifications: [needCertification('cert-x')],
  });
  const candidate = candidateFor(requirement);
  const everything = candidate('all-in-one', ['cap-a', 'cap-b', 'cert-x', 'clearance'], 0.9, 5);
  const noClearance = candidate('no-clearance', ['cap-a', 'cap-b', 'cert-x'], 0.7, null);
  const cleared = candidate('cleared', ['cap-a', 'clearance'], 0.6, 10);
  const programSupplier = candidate('program-supplier', ['cap-b', 'cert-x'], 0.5, 30, [Relationship.SUPPLIES_PROGRAM]);
  const noCapability = candidate('no-capability', ['cap-c', 'cert-x', 'clearance'], 0.8, 1);

  it('lists every minimal team covering all mandatory items, best mean score first, with what each member brings', () => {
    const { singleSupplierCount, consortia } = searchConsortia(requirement, [everything, noClearance, cleared, programSupplier, noCapability], 2);

    expect(singleSupplierCount).toBe(1);
    // (0.7 + 0.6) / 2 = 0.65 before (0.6 + 0.5) / 2 = 0.55; no-clearance's distance is unknown, so its team has none.
    expect(consortia).toEqual([
      {
        coverage: 1, combinedScore: 0.65, averageDistanceKm: null,
        members: [
          { companyId: 'no-clearance', isLead: true, score: 0.7, distanceKm: null, capabilityIds: ['cap-a', 'cap-b'], certificationIds: ['cert-x'], providesClearance: false },
          { companyId: 'cleared', isLead: false, score: 0.6, distanceKm: 10, capabilityIds: ['cap-a'], certificationIds: [], providesClearance: true },
        ],
      },
      {
        coverage: 1, combinedScore: 0.55, averageDistanceKm: 20,
        members: [
          { companyId: 'program-supplier', isLead: true, score: 0.5, distanceKm: 30, capabilityIds: ['cap-b'], certificationIds: ['cert-x'], providesClearance: false },
          { companyId: 'cleared', isLead: false, score: 0.6, distanceKm: 10, capabilityIds: ['cap-a'], certificationIds: [], providesClearance: true },
        ],
      },
    ]);
  });

  it('leaves out a candidate meeting no mandatory capability, even one that would complete a team', () => {
    // no-capability brings cert-x and the clearance, which with no-clearance would cover everything.
    expect(ids(searchConsortia(requirement, [noClearance, noCapability], 3).consortia)).toEqual([]);
  });

  it('counts no single supplier and finds no team when nobody meets a mandatory item', () => {
    expect(searchConsortia(requirement, [cleared, candidate('another-a', ['cap-a'], 0.4, 3)], 3)).toEqual({ singleSupplierCount: 0, consortia: [] });
  });

  describe('with two mandatory capabilities only', () => {
    const twoCapabilities = requirementWith({ requiredCapabilities: [needCapability('cap-a'), needCapability('cap-b')] });
    const twoCandidate = candidateFor(twoCapabilities);

    it('drops a team in which a member brings nothing the others do not', () => {
      const a1 = twoCandidate('a1', ['cap-a'], 0.5, 10);
      const a2 = twoCandidate('a2', ['cap-a'], 0.5, 10);
      const b1 = twoCandidate('b1', ['cap-b'], 0.5, 10);
      expect(ids(searchConsortia(twoCapabilities, [a1, a2, b1], 3).consortia)).toEqual([['a1', 'b1'], ['a2', 'b1']]);
    });

    it('makes the member closest to the buyer the lead, above a better score', () => {
      const buyerSupplier = twoCandidate('buyer-supplier', ['cap-a'], 0.3, 10, [Relationship.SUPPLIES_BUYER]);
      const primeSupplier = twoCandidate('prime-supplier', ['cap-b'], 0.9, 10, [Relationship.SUPPLIES_PRIME, Relationship.SHARES_NETWORK]);
      const [team] = searchConsortia(twoCapabilities, [primeSupplier, buyerSupplier], 2).consortia;
      expect(team.members.map((m) => [m.companyId, m.isLead])).toEqual([['buyer-supplier', true], ['prime-supplier', false]]);
    });

    it('breaks a tie in the chain by score, then by company id', () => {
      const [byScore] = searchConsortia(twoCapabilities, [twoCandidate('a', ['cap-a'], 0.4, 1), twoCandidate('b', ['cap-b'], 0.6, 1)], 2).consortia;
      expect(byScore.members.map((m) => m.companyId)).toEqual(['b', 'a']);
      const [byId] = searchConsortia(twoCapabilities, [twoCandidate('y', ['cap-a'], 0.5, 1), twoCandidate('x', ['cap-b'], 0.5, 1)], 2).consortia;
      expect(byId.members.map((m) => [m.companyId, m.isLead])).toEqual([['x', true], ['y', false]]);
    });

    it('ranks teams of equal mean score by mean distance, an unknown distance last, then by member ids', () => {
      const near = twoCandidate('a-near', ['cap-a'], 0.5, 10);
      const unknown = twoCandidate('a-unknown', ['cap-a'], 0.5, null);
      const far = twoCandidate('a-far', ['cap-a'], 0.5, 30);
      const b = twoCandidate('b', ['cap-b'], 0.5, 20);
      const c = twoCandidate('c', ['cap-b'], 0.5, 10);
      const { consortia } = searchConsortia(twoCapabilities, [unknown, far, near, b, c], 2);
      // Every team scores 0.5. Mean distances: a-near+c 10, a-near+b 15, a-far+c 20, a-far+b 25; the two teams with
      // a-unknown have none and come last, by member ids: 'a-unknown,b' before 'a-unknown,c'.
      expect(consortia.map((t) => [t.members.map((m) => m.companyId).sort().join('+'), t.averageDistanceKm])).toEqual([
        ['a-near+c', 10], ['a-near+b', 15], ['a-far+c', 20], ['a-far+b', 25], ['a-unknown+b', null], ['a-unknown+c', null],
      ]);
    });

    it('combines only the 25 best-scored candidates that meet a capability', () => {
      const strongA = Array.from({ length: 25 }, (_, i) => twoCandidate(`a-${String(i).padStart(2, '0')}`, ['cap-a'], 0.9, 1));
      const weakB = twoCandidate('weak-b', ['cap-b'], 0.1, 1);
      expect(searchConsortia(twoCapabilities, [...strongA, weakB], 2).consortia).toEqual([]);
      expect(searchConsortia(twoCapabilities, [...strongA.slice(1), weakB], 2).consortia).toHaveLength(24);
    });
  });
});
