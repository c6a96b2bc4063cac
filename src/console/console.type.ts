import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'The result of an ad-hoc Cypher query' })
export class CypherResult {
  @Field(() => [String], { description: 'Column names in the order of the RETURN' })
  columns!: string[];

  @Field(() => [[GraphQLJSON]], {
    nullable: 'items',
    description: 'One list of cells per row, in the order of columns. A cell is JSON: numbers, strings, booleans, lists and maps as '
      + 'they are (integers beyond 2^53 as strings); a node {kind: "node", elementId, labels, properties}, a relationship '
      + '{kind: "relationship", elementId, type, startElementId, endElementId, properties}, a path {kind: "path", nodes, '
      + 'relationships}; dates, times and durations {kind: "date"|"datetime"|"localdatetime"|"time"|"localtime"|"duration", '
      + 'value: ISO 8601}; a point {kind: "point", srid, x, y, z, latitude, longitude}',
  })
  rows!: unknown[][];

  @Field(() => Int) rowCount!: number;
  @Field(() => Int, { description: 'How long the query ran, in milliseconds' }) elapsedMs!: number;
}

@ObjectType({ description: 'A label or relationship type and how many nodes or relationships have it' })
export class GraphModelEntry {
  @Field() name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'What the graph holds: labels and relationship types with counts, and the property keys' })
export class GraphModel {
  @Field(() => [GraphModelEntry]) labels!: GraphModelEntry[];
  @Field(() => [GraphModelEntry]) relationshipTypes!: GraphModelEntry[];
  @Field(() => [String]) propertyKeys!: string[];
}
