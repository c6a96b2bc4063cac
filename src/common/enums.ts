import { registerEnumType } from 'type-graphql';

/** EU SME definition. */
export enum SizeClass {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

/** Security clearance status (Geheimschutz). A flag only: the clearance document is never stored. */
export enum SecurityClearance {
  NONE = 'NONE',
  VS_NFD = 'VS_NFD',
  VS_VERTRAULICH = 'VS_VERTRAULICH',
  GEHEIM = 'GEHEIM',
}

/** Export-control readiness (BAFA registration, internal compliance programme): a status, not a certificate. */
export enum ExportControlStatus {
  NOT_ASSESSED = 'NOT_ASSESSED',
  IN_PREPARATION = 'IN_PREPARATION',
  READY = 'READY',
}

export enum EvidenceLevel {
  SELF_DECLARED = 'SELF_DECLARED',
  PLAUSIBILITY_CHECKED = 'PLAUSIBILITY_CHECKED',
  VERIFIED = 'VERIFIED',
}

/** Evidence levels by strength: a weaker source never overwrites a value backed by a stronger one. */
export const EVIDENCE_RANK: Record<EvidenceLevel, number> = { SELF_DECLARED: 0, PLAUSIBILITY_CHECKED: 1, VERIFIED: 2 };

/**
 * Whether a fact that changes eligibility has its second voice: what a company key declares about itself (a
 * clearance, a parent group) waits for staff, a supply link entered by one end for the other end or staff.
 */
export enum ConfirmationStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
}

export enum SupplyRoleStatus {
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CANCELLED = 'CANCELLED',
}

export enum RegionKind {
  LAND = 'LAND',
  REGIERUNGSBEZIRK = 'REGIERUNGSBEZIRK',
  KREIS = 'KREIS',
  KREISFREIE_STADT = 'KREISFREIE_STADT',
}

export enum NetworkKind {
  UMBRELLA = 'UMBRELLA',
  CLUSTER = 'CLUSTER',
  ASSOCIATION = 'ASSOCIATION',
  CHAPTER = 'CHAPTER',
}

export enum CertificationCategory {
  QUALITY = 'QUALITY',
  AEROSPACE = 'AEROSPACE',
  DEFENCE = 'DEFENCE',
  INFORMATION_SECURITY = 'INFORMATION_SECURITY',
  ENVIRONMENT = 'ENVIRONMENT',
  WELDING = 'WELDING',
  AUTOMOTIVE = 'AUTOMOTIVE',
}

export enum CompanyOrderField {
  NAME = 'NAME',
  CITY = 'CITY',
  POSTAL_CODE = 'POSTAL_CODE',
  EMPLOYEES = 'EMPLOYEES',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(CompanyOrderField, { name: 'CompanyOrderField' });
registerEnumType(SizeClass, { name: 'SizeClass', description: 'Company size class after the EU SME definition' });
registerEnumType(SecurityClearance, { name: 'SecurityClearance', description: 'Security clearance status (a flag only, never the document)' });
registerEnumType(ExportControlStatus, { name: 'ExportControlStatus', description: 'Export-control readiness (BAFA, Ausfuhrliste)' });
registerEnumType(EvidenceLevel, { name: 'EvidenceLevel', description: 'How well a claim is backed' });
registerEnumType(ConfirmationStatus, {
  name: 'ConfirmationStatus',
  description: 'PENDING: declared by a company key (or entered by one end of a link), not yet confirmed; CONFIRMED: counts',
});
registerEnumType(SupplyRoleStatus, { name: 'SupplyRoleStatus' });
registerEnumType(RegionKind, { name: 'RegionKind' });
registerEnumType(NetworkKind, { name: 'NetworkKind' });
registerEnumType(CertificationCategory, { name: 'CertificationCategory' });
registerEnumType(SortDirection, { name: 'SortDirection' });
