import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

import { ID_MESSAGE, ID_PATTERN } from '../common/ids';
import { EvidenceLevel, SecurityClearance, SupplyRoleStatus } from '../common/enums';
import { GeoPointInput } from '../common/geo';

@InputType()
export class CapabilityRequirementInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `capabilityId ${ID_MESSAGE}` })
  capabilityId!: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1, { message: 'minLevel must be between 1 and 5' })
  @Max(5, { message: 'minLevel must be between 1 and 5' })
  minLevel!: number;

  @Field({ defaultValue: true })
  mandatory!: boolean;
}

@InputType()
export class CertificationRequirementInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `certificationId ${ID_MESSAGE}` })
  certificationId!: string;

  @Field({ defaultValue: true })
  mandatory!: boolean;

  @Field(() => EvidenceLevel, { defaultValue: EvidenceLevel.SELF_DECLARED })
  minEvidenceLevel!: EvidenceLevel;
}

/**
 * What a role requires, shared by stored roles and requirements sketched ad hoc for matching. Never
 * used as an argument itself, so it does not appear in the schema; the two input types inherit it.
 */
@InputType()
export abstract class RequirementFieldsInput {
  @Field(() => SecurityClearance, { defaultValue: SecurityClearance.NONE })
  securityClearance!: SecurityClearance;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Certificates must be valid until then' })
  @IsOptional()
  deadline?: string | null;

  @Field(() => GeoPointInput, { nullable: true, description: "Where the product is needed; the buyer's location when left out" })
  @IsOptional()
  @ValidateNested()
  location?: GeoPointInput | null;

  @Field(() => Int, { nullable: true, description: 'Preferred maximum distance of the supplier' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'maxDistanceKm must be at least 1' })
  @Max(5000)
  maxDistanceKm?: number | null;

  @Field(() => [CapabilityRequirementInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  requiredCapabilities!: CapabilityRequirementInput[];

  @Field(() => [CertificationRequirementInput], { defaultValue: [] })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  requiredCertifications!: CertificationRequirementInput[];
}

@InputType({ description: 'Creates a supply role, or replaces the one with this id' })
export class SupplyRoleInput extends RequirementFieldsInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;

  @Field()
  @Length(3, 300, { message: 'title must be 3 to 300 characters' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  product?: string | null;

  @Field(() => ID, { description: 'The company that buys: a Tier-1 or Tier-2 supplier, or a prime' })
  @Matches(ID_PATTERN, { message: `buyerId ${ID_MESSAGE}` })
  buyerId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `programId ${ID_MESSAGE}` })
  programId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'tier must be between 1 and 5' })
  @Max(5, { message: 'tier must be between 1 and 5' })
  tier!: number;

  @Field(() => SupplyRoleStatus, { defaultValue: SupplyRoleStatus.OPEN })
  status!: SupplyRoleStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'quantity must be at least 1' })
  quantity?: number | null;

  @Field(() => ID, { nullable: true, description: 'Preferred region of the supplier' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `regionId ${ID_MESSAGE}` })
  regionId?: string | null;

}

@InputType({ description: 'Filters for supply roles; all given filters must hold' })
export class SupplyRoleWhere {
  @Field(() => SupplyRoleStatus, { nullable: true })
  @IsOptional()
  status?: SupplyRoleStatus | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  tier?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  buyerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Requires this capability or a narrower one' })
  @IsOptional()
  @MaxLength(80)
  capabilityId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  deadlineBefore?: string | null;
}
