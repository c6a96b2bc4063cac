import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';

import { Catalog } from '../catalog/catalog';
import { SearchCountArgs } from './search.input';
import { SearchService } from './search.service';
import { SearchHit } from './search.type';

/** What the search resolver reads from the request context. */
export type SearchContext = { catalog: Catalog };

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => [SearchHit], {
    description: 'Full-text search (German analyzer) over company names and descriptions and capability names; a company whose NCAGE code, VAT id, D-U-N-S number or Handelsregister entry is the text (case and spaces ignored), and a capability whose classification code is, come first',
  })
  search(
    @Arg('text') text: string,
    @Ctx() { catalog }: SearchContext,
    @Args(() => SearchCountArgs) { first }: SearchCountArgs,
  ): Promise<SearchHit[]> {
    return this.searchService.search(text, first, () => catalog.capabilities());
  }
}
