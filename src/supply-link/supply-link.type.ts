import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

import { ConfirmationStatus } from '../common/enums';

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

  @Field(() => ConfirmationStatus, {
    description: 'PENDING when one end entered it: it sets no tier and counts for no relationship, chain, path or gap until the other end or staff confirm it',
  })
  status!: ConfirmationStatus;

  @Field(() => Boolean, { description: 'The supplier lets other company keys see the link; it is shown to them when both ends do' })
  shareableBySupplier!: boolean;

  @Field(() => Boolean, { description: 'The customer lets other company keys see the link; it is shown to them when both ends do' })
  shareableByCustomer!: boolean;

  /** The id of the end whose company key entered the link (null when staff, an import or the demo data did). */
  enteredBy?: string | null;
  supplierId!: string;
  customerId!: string;
  programId!: string;
}
