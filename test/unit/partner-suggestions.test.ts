import { ExportControlStatus, SecurityClearance } from '../../src/common/enums';
import { CompanyFacts } from '../../src/matching/matching.engine';
import { partnerRequirement } from '../../src/matching/partner-suggestions';
import { capabilityMatch, evaluationOf, needCapability, needCertification, requirementWith } from './plain-data';

const company: CompanyFacts = {
  id: 'sme', location: { latitude: 50, longitude: 8 }, securityClearance: SecurityClearance.NONE, clearanceConfirmed: true, exportControl: ExportControlStatus.NOT_ASSESSED,
  claims: [], certificates: [], supplies: [], networkIds: [], parentGroupId: null, defenceReady: false,
};

describe('partnerRequirement', () => {
  const requirement = requirementWith({
    groupIds: ['buyer', 'buyer-group'], location: { latitude: 52, longitude: 13 }, maxDistanceKm: 100,
    securityClearance: SecurityClearance.GEHEIM,
    requiredCapabilities: [needCapability('milling'), needCapability('welding', true, 3), needCapability('painting', false)],
    requiredCertifications: [needCertification('iso-9001')],
  });

  it('asks a partner for the mandatory capabilities the company lacks, near the company, never the company or the buyer group', () => {
    const evaluation = evaluationOf('sme', {
      capabilityMatches: [capabilityMatch('milling', true), capabilityMatch('welding', false, true, 3), capabilityMatch('painting', false, false)],
    });
    expect(partnerRequirement(company, requirement, evaluation)).toEqual({
      ...requirement,
      location: { latitude: 50, longitude: 8 },
      maxDistanceKm: null,
      requiredCapabilities: [{ capabilityId: 'welding', minLevel: 3, mandatory: true }],
      requiredCertifications: [],
      securityClearance: SecurityClearance.NONE,
      groupIds: ['buyer', 'buyer-group', 'sme'],
    });
  });

  it('asks nothing when the company lacks no mandatory capability', () => {
    const evaluation = evaluationOf('sme', { capabilityMatches: [capabilityMatch('milling', true), capabilityMatch('welding', true)] });
    expect(partnerRequirement(company, requirement, evaluation)).toBeNull();
  });

  it('asks nothing when the company owns none of the mandatory capabilities', () => {
    const evaluation = evaluationOf('sme', { capabilityMatches: [capabilityMatch('milling', false), capabilityMatch('welding', false)] });
    expect(partnerRequirement(company, requirement, evaluation)).toBeNull();
  });
});
