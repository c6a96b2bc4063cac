import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';

import { ID_MESSAGE, ID_PATTERN } from '../common/ids';

@InputType({ description: 'A supply link; there is at most one per supplier, customer and program' })
export class SupplyLinkInput {
  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `supplierId ${ID_MESSAGE}` })
  supplierId!: string;

  @Field(() => ID)
  @Matches(ID_PATTERN, { message: `customerId ${ID_MESSAGE}` })
  customerId!: string;

  @Field(() => ID, { description: 'The program the product is for; tiers are derived per program' })
  @Matches(ID_PATTERN, { message: `programId ${ID_MESSAGE}` })
  programId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  product?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  since?: string | null;
}
