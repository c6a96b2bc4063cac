import { ArgsType, Field, Int } from 'type-graphql';

import { CountBetween } from '../common/pagination';

/** How many search hits to return. */
@ArgsType()
export class SearchCountArgs {
  @Field(() => Int, { defaultValue: 10 })
  @CountBetween(1, 100)
  first!: number;
}
