import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: 'A parameter of a saved analysis' })
export class AnalysisParameter {
  @Field() name!: string;
  @Field({ description: 'ID, String, Int, Float, Boolean or Date' }) type!: string;
  @Field() required!: boolean;
  @Field(() => GraphQLJSON, { nullable: true }) defaultValue!: unknown;
  @Field(() => Number, { nullable: true }) min!: number | null;
  @Field(() => Number, { nullable: true }) max!: number | null;
  @Field() description!: string;
}

@ObjectType({ description: 'A named, documented, parameterised read-only query: built in (cypher/analyses/) or saved by staff from the Cypher console' })
export class SavedAnalysis {
  @Field() name!: string;
  @Field({ description: 'From cypher/analyses/; false when staff saved it from the Cypher console' }) builtIn!: boolean;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => [AnalysisParameter]) parameters!: AnalysisParameter[];
  @Field({ description: 'The Cypher it runs' }) cypher!: string;
}

@ObjectType({ description: 'The rows of a saved analysis run' })
export class AnalysisResult {
  @Field() name!: string;
  @Field(() => [String]) columns!: string[];
  @Field(() => [GraphQLJSONObject]) rows!: Record<string, unknown>[];
  @Field(() => Int) rowCount!: number;
  @Field(() => GraphQLJSONObject, { description: 'The parameters it ran with, defaults filled in' }) parameters!: Record<string, unknown>;
}
