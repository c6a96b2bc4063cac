import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

import { PARAMETER_TYPES } from '../analysis/saved-analyses';

const ONE_LINE = /^[^\r\n]*$/;

@InputType({ description: 'A declared parameter of a saved analysis (the // @param line of cypher/analyses/)' })
export class AnalysisParameterInput {
  @Field() @Matches(/^[A-Za-z_]\w{0,39}$/, { message: 'name must be a Cypher parameter name (letters, digits, _)' })
  name!: string;

  @Field({ description: 'ID, String, Int, Float, Boolean or Date' })
  @IsIn(PARAMETER_TYPES, { message: `type must be one of ${PARAMETER_TYPES.join(', ')}` })
  type!: string;

  @Field({ defaultValue: false, description: 'Must be given when there is no default' })
  required!: boolean;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Used when the parameter is not given; one word (no spaces)' })
  defaultValue?: string | number | boolean | null;

  @Field(() => Number, { nullable: true }) @IsOptional() min?: number | null;
  @Field(() => Number, { nullable: true }) @IsOptional() max?: number | null;

  @Field() @Length(1, 200) @Matches(ONE_LINE, { message: 'description must be one line' })
  description!: string;
}

@InputType({ description: 'A console query saved as an analysis, listed and run beside the built-in ones' })
export class SaveCypherAnalysisInput {
  @Field({ description: 'The name runAnalysis takes: lower-case words joined by hyphens' })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'name must be lower-case words joined by hyphens, like suppliers-without-iso-9001' })
  @MaxLength(80)
  name!: string;

  @Field() @Length(1, 120) @Matches(ONE_LINE, { message: 'title must be one line' })
  title!: string;

  @Field() @Length(1, 500) @Matches(ONE_LINE, { message: 'description must be one line' })
  description!: string;

  @Field({ description: 'The read-only query; every $parameter it uses must be declared' })
  @Length(1, 20_000)
  cypher!: string;

  @Field(() => [AnalysisParameterInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  parameters!: AnalysisParameterInput[];
}
