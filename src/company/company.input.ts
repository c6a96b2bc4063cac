import {
  ArrayMaxSize, IsEmail, IsIn, IsInt, IsOptional, IsPositive, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateBy, ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

import { CompanyOrderField, EvidenceLevel, ExportControlStatus, SecurityClearance, SizeClass, SortDirection } from '../common/enums';
import { GeoPointInput } from '../common/geo';
import { ID_DESCRIPTION, ID_MESSAGE, ID_PATTERN } from '../common/ids';
import {
  normaliseDunsNumber, normaliseNcageCode, normaliseRegisterCourt, normaliseRegisterNumber, normaliseVatId, RegisterType,
} from './external-identifiers';

/** Accepts a text that `normalise` can bring into its stored form; the message is the normaliser's, naming the format. */
function NormalisesBy(normalise: (value: string) => string) {
  const problemWith = (value: unknown): string | null => {
    if (typeof value !== 'string' || value.length > 120) return 'must be a text of at most 120 characters';
    try {
      normalise(value);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };
  return ValidateBy({
    name: 'normalisesBy',
    validator: {
      validate: (value) => problemWith(value) === null,
      defaultMessage: (args) => problemWith(args?.value) ?? '',
    },
  });
}

/** An optional text input holding an external identifier in any spelling that `normalise` brings into its stored form. */
function IdentifierField(description: string, normalise: (value: string) => string): PropertyDecorator {
  return (prototype, property) => {
    Field(() => String, { nullable: true, description })(prototype, property);
    IsOptional()(prototype, property);
    NormalisesBy(normalise)(prototype, property);
  };
}

@InputType({ description: 'A Handelsregister entry: "Amtsgericht Hagen HRB 1234" is court Hagen, registerType HRB, number 1234' })
export class HandelsregisterInput {
  @Field({ description: 'The register court by its place ("Hagen"); a leading "Amtsgericht" is left out' })
  @NormalisesBy(normaliseRegisterCourt)
  court!: string;

  @Field(() => RegisterType)
  @IsIn(Object.values(RegisterType))
  registerType!: RegisterType;

  @Field({ description: 'Up to 6 digits, perhaps followed by a letter ("12345 B")' })
  @NormalisesBy(normaliseRegisterNumber)
  number!: string;
}

@InputType({ description: 'A network membership' })
export class MembershipInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `networkId ${ID_MESSAGE}` })
  networkId!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  since?: string | null;
}

@InputType({ description: 'A contact person; store fictional or consented data only' })
export class ContactPersonInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;

  @Field()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  function?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()/-]{5,30}$/, { message: 'phone must be a phone number' })
  phone?: string | null;
}

@InputType({ description: 'Creates a company, or updates the one with this id. Fields left out stay as they are; null clears.' })
export class CompanyInput {
  @Field(() => ID, { description: ID_DESCRIPTION })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;

  @Field()
  @Length(2, 200, { message: 'name must be 2 to 200 characters' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  legalForm?: string | null;

  @Field(() => SizeClass, { nullable: true })
  @IsOptional()
  sizeClass?: SizeClass | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'employees must not be negative' })
  @Max(1000000)
  employees?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  street?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'postalCode must be a German postal code of five digits' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  city?: string | null;

  @Field(() => ID, { nullable: true, description: 'Kreis or kreisfreie Stadt' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `regionId ${ID_MESSAGE}` })
  regionId?: string | null;

  @Field(() => GeoPointInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  location?: GeoPointInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'website must be an http(s) URL' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  isPrime?: boolean;

  @Field(() => SecurityClearance, { nullable: true })
  @IsOptional()
  securityClearance?: SecurityClearance | null;

  @Field(() => ExportControlStatus, { nullable: true })
  @IsOptional()
  exportControl?: ExportControlStatus | null;

  @Field(() => ID, { nullable: true, description: 'The group this company belongs to' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `parentGroupId ${ID_MESSAGE}` })
  parentGroupId?: string | null;

  @Field(() => [MembershipInput], { nullable: true, description: 'Replaces all memberships when given' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  memberships?: MembershipInput[] | null;

  @Field(() => [ContactPersonInput], { nullable: true, description: 'Replaces all contact persons when given' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contacts?: ContactPersonInput[] | null;

  @IdentifierField('NCAGE/CAGE code: 5 letters or digits, any case, spaces ignored; unique among companies', normaliseNcageCode)
  ncageCode?: string | null;

  @IdentifierField('VAT id (USt-IdNr.): DE and 9 digits, or another EU country prefix and 2 to 12 letters or digits; any case, spaces ignored; unique', normaliseVatId)
  vatId?: string | null;

  @Field(() => HandelsregisterInput, { nullable: true, description: 'Handelsregister entry; court, type and number together are unique among companies' })
  @IsOptional()
  @ValidateNested({ message: 'handelsregister must be a Handelsregister entry' })
  handelsregister?: HandelsregisterInput | null;

  @IdentifierField('D-U-N-S number: 9 digits, spaces and dashes ignored; unique', normaliseDunsNumber)
  dunsNumber?: string | null;
}

@InputType({ description: 'A capability claim' })
export class CapabilityClaimInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `capabilityId ${ID_MESSAGE}` })
  capabilityId!: string;

  @Field(() => Int, { description: '1 (basic) to 5 (world-class)' })
  @IsInt()
  @Min(1, { message: 'level must be between 1 and 5' })
  @Max(5, { message: 'level must be between 1 and 5' })
  level!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;

  @Field(() => EvidenceLevel, { nullable: true, defaultValue: EvidenceLevel.SELF_DECLARED })
  @IsOptional()
  evidenceLevel?: EvidenceLevel;
}

@InputType({ description: 'A certificate held by a company' })
export class CertificateInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `certificationId ${ID_MESSAGE}` })
  certificationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  scope?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  certificateNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  validUntil?: string | null;

  @Field(() => EvidenceLevel, { nullable: true, defaultValue: EvidenceLevel.SELF_DECLARED })
  @IsOptional()
  evidenceLevel?: EvidenceLevel;
}

@InputType({ description: 'Companies within a radius of a point' })
export class NearInput {
  @Field(() => Float)
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float)
  @Min(-180)
  @Max(180)
  longitude!: number;

  @Field(() => Float)
  @IsPositive({ message: 'radiusKm must be positive' })
  @Max(2000)
  radiusKm!: number;
}

@InputType({ description: 'Filters for companies; all given filters must hold' })
export class CompanyWhere {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => [SizeClass], { nullable: true })
  @IsOptional()
  sizeClasses?: SizeClass[] | null;

  @Field({ nullable: true })
  @IsOptional()
  isPrime?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  city?: string | null;

  @Field(() => ID, { nullable: true, description: 'In this region or any region inside it' })
  @IsOptional()
  @MaxLength(80)
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Member of this network or any of its sub-networks' })
  @IsOptional()
  @MaxLength(80)
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Holds this capability or a narrower one' })
  @IsOptional()
  @MaxLength(80)
  capabilityId?: string | null;

  @Field(() => Int, { nullable: true, description: 'With capabilityId: minimum claimed level' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'minLevel must be between 1 and 5' })
  @Max(5, { message: 'minLevel must be between 1 and 5' })
  minLevel?: number | null;

  @Field(() => ID, { nullable: true, description: 'Holds a currently valid certificate of this certification' })
  @IsOptional()
  @MaxLength(80)
  certificationId?: string | null;

  @Field(() => NearInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  near?: NearInput | null;
}

@InputType()
export class CompanyOrder {
  @Field(() => CompanyOrderField)
  @IsIn(Object.values(CompanyOrderField))
  field!: CompanyOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
