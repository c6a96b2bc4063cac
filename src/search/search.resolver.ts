import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';

import { Context } from '../graphql/context';
import { SearchCountArgs } from './search.input';
import { SearchHit } from './search.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search (German analyzer) over company names and descriptions and capability names' })
  search(
    @Arg('text') text: string,
    @Ctx() { services, catalog }: Context,
    @Args(() => SearchCountArgs) { first }: SearchCountArgs,
  ): Promise<SearchHit[]> {
    return services.search.search(text, first, () => catalog.capabilities());
  }
}
