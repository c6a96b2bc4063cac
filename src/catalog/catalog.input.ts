import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

import { CertificationCategory, NetworkKind, RegionKind } from '../common/enums';
import { ID_DESCRIPTION, ID_MESSAGE, ID_PATTERN } from '../common/ids';

/** What every catalogue entry has: its id and its name. Each input inherits them; no operation takes the base itself. */
@InputType()
abstract class CatalogEntryInput {
  @Field(() => ID, { description: ID_DESCRIPTION })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;

  @Field()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name!: string;
}

@InputType({
  description: 'Creates a capability (name in English, nameDe in German), or replaces the one with this id (rename, move, codes). Fields left out are cleared.',
})
export class CapabilityInput extends CatalogEntryInput {
  @Field(() => String, { nullable: true, description: 'German name' })
  @IsOptional()
  @Length(2, 120, { message: 'nameDe must be 2 to 120 characters' })
  nameDe?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The broader capability; none for a top domain. A move that would make a cycle is refused.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `parentId ${ID_MESSAGE}` })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'NATO supply class: 4 digits' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'nsc must be 4 digits' })
  nsc?: string | null;

  @Field(() => String, { nullable: true, description: 'CPV 2008 code: 8 digits, optionally with its check digit (35321000-5)' })
  @IsOptional()
  @Matches(/^\d{8}(-\d)?$/, { message: 'cpv must be 8 digits, optionally followed by -check digit' })
  cpv?: string | null;

  @Field(() => String, { nullable: true, description: 'NACE Rev. 2 / WZ 2008: a section letter or 2 to 5 digits with dots (25, 25.6, 25.62, 25.62.0)' })
  @IsOptional()
  @Matches(/^([A-U]|\d{2}(\.\d{1,2}(\.\d)?)?)$/, { message: 'nace must be a NACE Rev. 2 / WZ 2008 code such as 25.62' })
  nace?: string | null;

  @Field(() => String, { nullable: true, description: 'EDA CapTech, e.g. Materials & Structures' })
  @IsOptional()
  @Length(2, 120, { message: 'edaCapTech must be 2 to 120 characters' })
  edaCapTech?: string | null;
}

@InputType({ description: 'Creates a certification, or replaces the one with this id. Fields left out are cleared.' })
export class CertificationInput extends CatalogEntryInput {
  @Field(() => CertificationCategory)
  @IsEnum(CertificationCategory)
  category!: CertificationCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'Usual validity of a certificate in years' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'validityYears must be 1 to 10' })
  @Max(10, { message: 'validityYears must be 1 to 10' })
  validityYears?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Certifications a holder of this one also meets (AQAP 2110 includes ISO 9001); a cycle is refused' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(ID_PATTERN, { each: true, message: `includes ${ID_MESSAGE}` })
  includes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'A quality-management certificate (ISO 9001); false when left out' })
  @IsOptional()
  @IsBoolean()
  isQualityManagement?: boolean | null;
}

@InputType({ description: 'Creates a network, or replaces the one with this id. Fields left out are cleared.' })
export class NetworkInput extends CatalogEntryInput {
  @Field(() => NetworkKind)
  @IsEnum(NetworkKind)
  kind!: NetworkKind;

  @Field(() => ID, { nullable: true, description: 'The network this one is part of (NMWP.NRW is part of DEFENCE.NRW); a cycle is refused' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `parentId ${ID_MESSAGE}` })
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Creates a procurement program, or replaces the one with this id. Fields left out are cleared.' })
export class ProgramInput extends CatalogEntryInput {
  @Field(() => ID, { nullable: true, description: 'The prime that leads the program: an existing company' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `primeId ${ID_MESSAGE}` })
  primeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The customer, e.g. BAAINBw' })
  @IsOptional()
  @MaxLength(120)
  customer?: string | null;

  @Field(() => String, { nullable: true, description: 'Land, sea, air, ammunition, ...' })
  @IsOptional()
  @MaxLength(60)
  domain?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'Creates a region, or replaces the one with this id. Fields left out are cleared.' })
export class RegionInput extends CatalogEntryInput {
  @Field(() => RegionKind)
  @IsEnum(RegionKind)
  kind!: RegionKind;

  @Field(() => ID, { nullable: true, description: 'The region this one lies in (Kreis in Regierungsbezirk in Land); a cycle is refused' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `parentId ${ID_MESSAGE}` })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Amtlicher Gemeindeschlüssel (AGS): 2, 3 or 5 digits (05954 Ennepe-Ruhr-Kreis)' })
  @IsOptional()
  @Matches(/^(\d{2}|\d{3}|\d{5})$/, { message: 'ags must be 2, 3 or 5 digits' })
  ags?: string | null;

  @Field(() => String, { nullable: true, description: 'NUTS code: DE and 1 to 3 letters or digits (DEA, DEA5, DEA56)' })
  @IsOptional()
  @Matches(/^DE[0-9A-Z]{1,3}$/, { message: 'nuts must be a German NUTS code such as DEA56' })
  nuts?: string | null;
}
