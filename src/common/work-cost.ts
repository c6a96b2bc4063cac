import { Extensions } from 'type-graphql';

/**
 * What a query adds to an operation's estimated cost, once, when its work is not in the size of its answer: it
 * reads and scores a whole part of the graph (matching, where-do-I-fit, consortia, gaps, chains, paths,
 * concentration) or runs Cypher up to the console's row and size limits. The cost limit of 25,000 thus lets at most
 * three of them into one request, which bounds the memory one request can take (README "Limits").
 */
export const HEAVY_WORK_COST = 8_000;

/**
 * Marks a query as heavy: the request limits count `times` HEAVY_WORK_COST for it besides its items
 * (`extensions.workCost`); three for one that reads the whole graph (a concentration report), so that it runs alone.
 */
export const HeavyWork = (times = 1) => Extensions({ workCost: HEAVY_WORK_COST * times });
