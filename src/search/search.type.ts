import { createUnionType, Field, Float, ObjectType } from 'type-graphql';

import { Capability } from '../catalog/catalog.type';
import { Company } from '../company/company.type';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'A company or a capability',
  types: () => [Company, Capability] as const,
  resolveType: (value) => ('isPrime' in value ? Company : Capability),
});

@ObjectType({ description: 'A full-text search hit with its relevance' })
export class SearchHit {
  @Field(() => Float)
  score!: number;

  @Field(() => SearchResult)
  node!: typeof SearchResult;
}
