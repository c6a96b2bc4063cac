import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';

import { Context } from '../graphql/context';
import { SearchHit } from './search.type';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search (German analyzer) over company names and descriptions and capability names' })
  search(
    @Arg('text') text: string,
    @Ctx() { services, catalog }: Context,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ): Promise<SearchHit[]> {
    return services.search.search(text, first, () => catalog.capabilities());
  }
}
