import { IsInt, IsOptional, Max, Min, ValidationArguments } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';

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

/** The bounds of a count argument (`first`): a whole number from min to max, refused with one message naming both. */
export function CountBetween(min: number, max: number): PropertyDecorator {
  const message = ({ property }: ValidationArguments) => `${property} must be between ${min} and ${max}`;
  return (target, property) => {
    IsInt({ message })(target, property);
    Min(min, { message })(target, property);
    Max(max, { message })(target, property);
  };
}

/** The paging arguments of a Relay connection; `first` is checked here, `after` when it is decoded. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  @IsOptional()
  @CountBetween(0, MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  after?: string | null;
}

/** A page of nodes as a Relay connection gives it: edges with cursors, pageInfo, and the total counted on demand. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Kept to count lazily: totalCount runs its query only when a client asks for it. */
  countTotal: () => Promise<number>;
}

/**
 * The GraphQL types of a Relay connection over `nodeType`: an edge type named `edgeName` and an abstract base
 * for the connection, which the feature extends under its own name (`class CompanyConnection extends
 * ConnectionType(Company, 'CompanyEdge') {}`) and gives its `totalCount` field resolver.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, edgeName: string) {
  @ObjectType(edgeName)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  // Not in the schema by itself: only the named subclasses are reachable from a query.
  @ObjectType()
  abstract class ConnectionBase implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;
  }
  return ConnectionBase;
}

export interface Page {
  skip: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** Turns `first` (checked by PageArgs) and `after` (checked here: a cursor of this API) into skip/limit. */
export function toPage(first: number | undefined | null, after: string | undefined | null): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
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
