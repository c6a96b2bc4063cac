import type { VariablesOf } from '../graphql';
import type { PreviewQuery, UpsertRoleMutation } from './role-editor-documents';

export type Evidence = 'SELF_DECLARED' | 'PLAUSIBILITY_CHECKED' | 'VERIFIED';
export type Clearance = 'NONE' | 'VS_NFD' | 'VS_VERTRAULICH' | 'GEHEIM';
export type RoleStatus = 'OPEN' | 'FILLED' | 'CANCELLED';

export interface CapabilityRow { capabilityId: string; minLevel: number; mandatory: boolean }
export interface CertificationRow { certificationId: string; minEvidenceLevel: Evidence; mandatory: boolean }

/** The editor's values; numbers as typed, so that a half-typed value is shown, not lost. */
export interface RoleDraft {
  id: string;
  title: string;
  buyerId: string;
  programId: string;
  tier: string;
  deadline: string;
  product: string;
  quantity: string;
  description: string;
  regionId: string;
  latitude: string;
  longitude: string;
  maxDistanceKm: string;
  securityClearance: Clearance;
  status: RoleStatus;
  capabilities: CapabilityRow[];
  certifications: CertificationRow[];
}

type RoleInput = VariablesOf<typeof UpsertRoleMutation>['input'];
type RequirementInput = VariablesOf<typeof PreviewQuery>['requirement'];

/** A readable, unique id for a new role: its title as a slug with a short random tail. */
export function newRoleId(title: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'rolle';
  const tail = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `role-${slug}-${tail}`;
}

export const emptyDraft = (buyerId: string): RoleDraft => ({
  id: '', title: '', buyerId, programId: '', tier: '2', deadline: '', product: '', quantity: '', description: '', regionId: '',
  latitude: '', longitude: '', maxDistanceKm: '', securityClearance: 'NONE', status: 'OPEN', capabilities: [], certifications: [],
});

const whole = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
const decimal = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim().replace(',', '.')));
const orNull = (text: string) => text.trim() || null;

function location(draft: RoleDraft) {
  const [latitude, longitude] = [decimal(draft.latitude), decimal(draft.longitude)];
  return latitude === null || longitude === null ? null : { latitude, longitude };
}

export function roleInput(draft: RoleDraft): RoleInput {
  return {
    id: draft.id,
    title: draft.title.trim(),
    buyerId: draft.buyerId,
    programId: orNull(draft.programId),
    tier: whole(draft.tier) ?? 0,
    deadline: orNull(draft.deadline),
    product: orNull(draft.product),
    quantity: whole(draft.quantity),
    description: orNull(draft.description),
    regionId: orNull(draft.regionId),
    location: location(draft),
    maxDistanceKm: whole(draft.maxDistanceKm),
    securityClearance: draft.securityClearance,
    status: draft.status,
    requiredCapabilities: draft.capabilities.filter((c) => c.capabilityId),
    requiredCertifications: draft.certifications.filter((c) => c.certificationId),
  };
}

/** The requirement the preview ranks against: what matching reads of the role, before it is saved. */
export function previewRequirement(draft: RoleDraft): RequirementInput | null {
  const capabilities = draft.capabilities.filter((c) => c.capabilityId);
  if (capabilities.length === 0) return null;
  const maxDistanceKm = whole(draft.maxDistanceKm);
  return {
    buyerId: orNull(draft.buyerId),
    programId: orNull(draft.programId),
    deadline: /^\d{4}-\d{2}-\d{2}$/.test(draft.deadline) ? draft.deadline : null,
    location: location(draft),
    maxDistanceKm: maxDistanceKm !== null && Number.isInteger(maxDistanceKm) && maxDistanceKm > 0 ? maxDistanceKm : null,
    securityClearance: draft.securityClearance,
    requiredCapabilities: capabilities,
    requiredCertifications: draft.certifications.filter((c) => c.certificationId),
  };
}
