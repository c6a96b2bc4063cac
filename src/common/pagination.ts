import { Field, ObjectType } from 'type-graphql';

import { BadUserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page {
  skip: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** Validates `first` and `after` and turns them into skip/limit. */
export function toPage(first: number | undefined | null, after: string | undefined | null): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  let skip = 0;
  if (after) {
    const decoded = Buffer.from(after, 'base64url').toString('utf8');
    const offset = Number(decoded.slice(CURSOR_PREFIX.length));
    if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
      throw new BadUserInputError('after', 'is not a cursor returned by this API');
    }
    skip = offset + 1;
  }
  return { skip, limit };
}

/** Builds edges and pageInfo from a page fetched with one row more than asked for. */
export function toConnectionParts<T>(rows: T[], page: Page): { edges: { cursor: string; node: T }[]; pageInfo: PageInfo } {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.skip + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
