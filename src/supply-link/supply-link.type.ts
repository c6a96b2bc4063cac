import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

@ObjectType({ description: 'Supplier delivers a product to customer for a program' })
export class SupplyLink {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  product?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  source?: string | null;

  supplierId!: string;
  customerId!: string;
  programId!: string;
}
