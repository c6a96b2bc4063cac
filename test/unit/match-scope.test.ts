import { Tree } from '../../src/catalog/catalog';
import { Capability, Certification } from '../../src/catalog/catalog.type';
import { CertificationCategory, EvidenceLevel, SecurityClearance } from '../../src/common/enums';
import { includedCertifications, matchScope, narrowerOrSelf } from '../../src/matching/match-scope';
import { needCapability, needCertification, requirementWith } from './plain-data';

const capability = (id: string, parentId: string | null) => ({ id, name: id, parentId }) as Capability;
const taxonomy = new Tree([
  capability('materials', null), capability('ceramics', 'materials'), capability('armour-tiles', 'ceramics'),
  capability('oxide-tiles', 'armour-tiles'), capability('composites', 'materials'), capability('electronics', null),
]);
const certification = (id: string, includedIds: string[], isQualityManagement = false) =>
  ({ id, name: id, category: CertificationCategory.QUALITY, isQualityManagement, includedIds }) as Certification;
const certifications = new Map([
  ['iso-9001', certification('iso-9001', [], true)], ['en-9100', certification('en-9100', ['iso-9001'])],
  ['aqap-2310', certification('aqap-2310', ['en-9100'])], ['iso-27001', certification('iso-27001', [])],
].map(([id, c]) => [id as string, c as Certification]));

describe('matchScope', () => {
  it('finds candidates through the required capabilities, the narrower and the broader ones', () => {
    const scope = matchScope(requirementWith({ requiredCapabilities: [needCapability('ceramics'), needCapability('electronics', false)] }),
      taxonomy, certifications, '2026-01-01');
    expect([...scope.candidateCapabilityIds].sort()).toEqual(['armour-tiles', 'ceramics', 'electronics', 'materials', 'oxide-tiles']);
  });

  it('states each mandatory requirement as the graph checks it: capabilities at their level, certifications through inclusions', () => {
    const scope = matchScope(requirementWith({
      groupIds: ['buyer', 'buyer-parent'], deadline: '2027-03-01', securityClearance: SecurityClearance.VS_VERTRAULICH,
      requiredCapabilities: [needCapability('armour-tiles', true, 3), needCapability('composites', false)],
      requiredCertifications: [{ ...needCertification('iso-9001'), minEvidenceLevel: EvidenceLevel.PLAUSIBILITY_CHECKED }, needCertification('iso-27001', false)],
    }), taxonomy, certifications, '2026-01-01');
    expect(scope).toMatchObject({
      excludedIds: ['buyer', 'buyer-parent'],
      mandatoryCapabilities: [{ capabilityId: 'armour-tiles', capabilityIds: ['armour-tiles', 'oxide-tiles'], minLevel: 3 }],
      mandatoryCertifications: [{ certificationIds: ['iso-9001', 'en-9100', 'aqap-2310'], evidenceLevels: ['PLAUSIBILITY_CHECKED', 'VERIFIED'] }],
      validOn: '2027-03-01',
      acceptedClearances: ['VS_VERTRAULICH', 'GEHEIM'],
    });
  });

  it('asks certificates to be valid today once the deadline has passed, and no clearance when the role needs none', () => {
    const scope = matchScope(requirementWith({ deadline: '2025-06-30', requiredCapabilities: [needCapability('ceramics')] }), taxonomy, certifications, '2026-01-01');
    expect([scope.validOn, scope.acceptedClearances]).toEqual(['2026-01-01', null]);
  });
});

describe('the taxonomy and inclusions matching walks', () => {
  it('lists a capability with every narrower one', () => {
    expect(narrowerOrSelf(taxonomy, 'ceramics').sort()).toEqual(['armour-tiles', 'ceramics', 'oxide-tiles']);
    expect(narrowerOrSelf(taxonomy, 'unknown')).toEqual(['unknown']);
  });

  it('follows inclusions through other certifications', () => {
    expect(includedCertifications(certifications, 'aqap-2310')).toEqual(['en-9100', 'iso-9001']);
    expect(includedCertifications(certifications, 'iso-27001')).toEqual([]);
  });
});
