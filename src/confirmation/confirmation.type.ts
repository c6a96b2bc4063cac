import { Field, ObjectType } from 'type-graphql';

import { Company } from '../company/company.type';
import { SupplyLink } from '../supply-link/supply-link.type';

@ObjectType({ description: 'What company keys declared and waits for a second voice (see Access in the README)' })
export class PendingConfirmations {
  @Field(() => [SupplyLink], { description: 'Links one end entered, oldest first: the other end or staff confirm them' })
  supplyLinks!: SupplyLink[];

  @Field(() => [Company], { description: 'Companies whose self-declared security clearance waits for staff, by name' })
  clearances!: Company[];

  @Field(() => [Company], { description: 'Companies whose self-named parent group waits for staff, by name' })
  parentGroups!: Company[];
}
