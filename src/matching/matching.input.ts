import { IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

import { CountBetween } from '../common/pagination';
import { RequirementFieldsInput } from '../supply-role/supply-role.input';

/** How many ranked matches, roles or partners to return. */
@ArgsType()
export class MatchCountArgs {
  @Field(() => Int, { defaultValue: 20 })
  @CountBetween(1, 200)
  first!: number;
}

/** How many teams to return: each is a search over pairs and triples, so fewer than matches. */
@ArgsType()
export class ConsortiumCountArgs {
  @Field(() => Int, { defaultValue: 10 })
  @CountBetween(1, 50)
  first!: number;
}

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
  @MaxLength(80)
  buyerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(80)
  programId?: string | null;
}
