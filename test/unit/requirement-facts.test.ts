import { EvidenceLevel, SecurityClearance } from '../../src/common/enums';
import { BuyerContext } from '../../src/matching/matching.repository';
import { requirementFacts } from '../../src/matching/requirement-facts';

const context: BuyerContext = {
  buyerFound: true, programFound: true, buyerLocation: { latitude: 52.5, longitude: 13.4 }, buyerNetworkIds: ['net-1'],
  groupIds: ['buyer', 'buyer-parent'], primeId: 'prime', primeProgramIds: ['program-2'],
};
const needs = {
  securityClearance: SecurityClearance.VS_NFD,
  requiredCapabilities: [{ capabilityId: 'milling', minLevel: 3, mandatory: true }],
  requiredCertifications: [{ certificationId: 'iso-9001', mandatory: false, minEvidenceLevel: EvidenceLevel.VERIFIED }],
};

describe('requirementFacts', () => {
  it('completes a role with its buyer context and places it at the buyer when it names no place', () => {
    expect(requirementFacts('role-1', { ...needs, buyerId: 'buyer', programId: 'program-1', deadline: '2027-01-31', location: null }, context)).toEqual({
      roleId: 'role-1', buyerId: 'buyer', programId: 'program-1', primeId: 'prime', primeProgramIds: ['program-2'],
      buyerNetworkIds: ['net-1'], groupIds: ['buyer', 'buyer-parent'], location: { latitude: 52.5, longitude: 13.4 },
      maxDistanceKm: null, deadline: '2027-01-31', securityClearance: SecurityClearance.VS_NFD,
      requiredCapabilities: [{ capabilityId: 'milling', minLevel: 3, mandatory: true }],
      requiredCertifications: [{ certificationId: 'iso-9001', mandatory: false, minEvidenceLevel: EvidenceLevel.VERIFIED }],
    });
  });

  it('keeps the place and distance a requirement names, and only the coordinates of the place', () => {
    const stated = { ...needs, location: { latitude: 48.1, longitude: 11.6, label: 'Munich' }, maxDistanceKm: 50 };
    const facts = requirementFacts(null, stated, context);
    expect([facts.roleId, facts.buyerId, facts.programId, facts.location, facts.maxDistanceKm]).toEqual([
      null, null, null, { latitude: 48.1, longitude: 11.6 }, 50,
    ]);
  });
});
