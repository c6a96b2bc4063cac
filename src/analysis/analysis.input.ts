import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

import { CountBetween } from '../common/pagination';

@InputType({ description: 'What a report covers: one of a network (with sub-networks), a region (with the regions inside), a program or a prime; none means everything' })
export class AnalysisScope {
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(80) networkId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(80) regionId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(80) programId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(80) primeId?: string | null;
}

@InputType()
export class GapOptions {
  @Field(() => Int, { defaultValue: 3, description: 'A capability is THIN when it has fewer suppliers in scope than this (but more than one)' })
  @IsInt()
  @Min(2, { message: 'thinBelow must be at least 2' })
  @Max(100)
  thinBelow!: number;

  @Field(() => Int, { defaultValue: 5, description: 'How many companies outside the scope to propose per gap' })
  @IsInt()
  @Min(0, { message: 'closersPerGap must not be negative' })
  @Max(50)
  closersPerGap!: number;

  @Field({ defaultValue: false, description: 'Also list COVERED capabilities' })
  includeCovered!: boolean;
}

/** How many supply paths to return. */
@ArgsType()
export class PathCountArgs {
  @Field(() => Int, { defaultValue: 5 })
  @CountBetween(1, 100)
  first!: number;
}
