import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

import { ConfirmationStatus, EvidenceLevel, ExportControlStatus, SecurityClearance, SizeClass } from '../common/enums';
import { GeoPoint } from '../common/geo';
import { ConnectionType } from '../common/pagination';
import { LinkEnds } from '../supply-link/link-visibility';
import { RegisterType } from './external-identifiers';

@ObjectType({ description: 'A company: SME supplier, Tier-1 system supplier or prime contractor' })
export class Company {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'GmbH, GmbH & Co. KG, AG, ...' })
  legalForm?: string | null;

  @Field(() => SizeClass, { nullable: true })
  sizeClass?: SizeClass | null;

  @Field(() => Int, { nullable: true })
  employees?: number | null;

  @Field(() => String, { nullable: true })
  street?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => GeoPoint, { nullable: true })
  location?: GeoPoint | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field({ description: 'A prime contractor (Generalunternehmer)' })
  isPrime!: boolean;

  @Field(() => SecurityClearance, { description: 'Status flag only; no clearance document is stored' })
  securityClearance!: SecurityClearance;

  @Field(() => ConfirmationStatus, {
    description: 'PENDING while a clearance set by the company itself waits for staff; only a CONFIRMED one meets a role\'s requirement',
  })
  clearanceStatus!: ConfirmationStatus;

  @Field(() => ExportControlStatus)
  exportControl!: ExportControlStatus;

  @Field(() => String, { nullable: true, description: 'ISO 8601 timestamp' })
  updatedAt?: string | null;

  @Field(() => ConfirmationStatus, {
    nullable: true,
    description: 'PENDING while a parent group named by the company itself waits for staff (matching ignores it until then); null without one',
  })
  parentGroupStatus?: ConfirmationStatus | null;

  // External identifiers: absent on the node until set (see external-identifiers.ts).
  @Field({ nullable: true, description: 'NCAGE/CAGE code: 5 letters or digits, upper case (German codes begin with C or D); unique' })
  ncageCode?: string;

  @Field({ nullable: true, description: 'VAT id (USt-IdNr.): DE and 9 digits or another EU country prefix, upper case without spaces; unique' })
  vatId?: string;

  @Field({ nullable: true, description: 'D-U-N-S number: 9 digits; unique' })
  dunsNumber?: string;

  regionId!: string | null;
  parentGroupId!: string | null;
  handelsregisterCourt?: string | null;
  handelsregisterType?: RegisterType | null;
  handelsregisterNumber?: string | null;
}

@ObjectType({ description: 'A Handelsregister entry (or Genossenschafts-, Partnerschafts-, Vereinsregister): unique as court, register type and number' })
export class HandelsregisterEntry {
  @Field({ description: 'The register court by its place: "Hagen" for the Amtsgericht Hagen' })
  court!: string;

  @Field(() => RegisterType)
  registerType!: RegisterType;

  @Field({ description: 'Digits, perhaps followed by a letter: "1234", "12345 B"' })
  number!: string;

  @Field({ description: 'As it is written: "Amtsgericht Hagen HRB 1234"' })
  text!: string;
}

@ObjectType({ description: "A company's claim to hold a capability, at a level from 1 (basic) to 5 (world-class)" })
export class CapabilityClaim {
  @Field(() => Int)
  level!: number;

  @Field(() => String, { nullable: true, description: 'What backs the claim: references, products, test reports' })
  evidence?: string | null;

  @Field(() => EvidenceLevel)
  evidenceLevel!: EvidenceLevel;

  @Field(() => String, { nullable: true, description: 'Where the claim came from' })
  source?: string | null;

  @Field(() => String, { nullable: true })
  updatedAt?: string | null;

  capabilityId!: string;
}

@ObjectType({ description: 'A certificate a company holds, with its own scope and validity' })
export class Certificate {
  @Field(() => String, { nullable: true })
  scope?: string | null;

  @Field(() => String, { nullable: true })
  certificateNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  validUntil?: string | null;

  @Field(() => EvidenceLevel)
  evidenceLevel!: EvidenceLevel;

  @Field(() => String, { nullable: true })
  source?: string | null;

  certificationId!: string;
}

@ObjectType({ description: "A company's membership in a network" })
export class Membership {
  @Field(() => LocalDateResolver, { nullable: true })
  since?: string | null;

  networkId!: string;
}

@ObjectType({ description: 'A contact person (personal data: demo data holds fictional people only)' })
export class ContactPerson {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  function?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@ObjectType({ description: "A company's tier in a program, derived from the shortest chain of supply links to the prime" })
export class ProgramTier {
  @Field(() => Int, { description: '1 = supplies the prime directly, 2 = supplies a Tier-1, ...' })
  tier!: number;

  programId!: string;
  primeId!: string;
  chainIds!: string[];
  chainLinks!: LinkEnds[];
}

@ObjectType({ description: 'A page of companies (Relay connection)' })
export class CompanyConnection extends ConnectionType(Company, 'CompanyEdge') {}
