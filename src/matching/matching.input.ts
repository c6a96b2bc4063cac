import { IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';

import { RequirementFieldsInput } from '../supply-role/supply-role.input';

@InputType({ description: 'Relative weights of the score components; they need not sum to 1, only to more than 0' })
export class MatchWeightsInput {
  @Field(() => Float, { defaultValue: 0.4 })
  @Min(0, { message: 'capability must not be negative' })
  capability!: number;

  @Field(() => Float, { defaultValue: 0.2 })
  @Min(0, { message: 'certification must not be negative' })
  certification!: number;

  @Field(() => Float, { defaultValue: 0.15 })
  @Min(0, { message: 'readiness must not be negative' })
  readiness!: number;

  @Field(() => Float, { defaultValue: 0.15 })
  @Min(0, { message: 'proximity must not be negative' })
  proximity!: number;

  @Field(() => Float, { defaultValue: 0.1 })
  @Min(0, { message: 'relationship must not be negative' })
  relationship!: number;
}

@InputType()
export class MatchOptions {
  @Field({ defaultValue: false, description: 'Also return companies that miss a mandatory requirement, ranked after all eligible ones' })
  includeNearMisses!: boolean;

  @Field(() => MatchWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  weights?: MatchWeightsInput | null;
}

@InputType({ description: 'A requirement that is not stored as a supply role, e.g. sketched during a call with a prime' })
export class RequirementInput extends RequirementFieldsInput {
  @Field(() => ID, { nullable: true, description: 'The buying company: excluded with its group, used for relationship and distance' })
  @IsOptional()
  buyerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  programId?: string | null;
}
