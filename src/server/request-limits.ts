import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode, getNamedType, getNullableType, GraphQLSchema, isCompositeType, isListType, isObjectType, Kind, OperationDefinitionNode, visit,
} from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

import { LimitExceededError } from '../common/errors';

/** What one GraphQL request may ask for and cost; README "Limits" explains each number. */
export interface RequestLimits {
  /** The estimated cost of an operation (see `listCostEstimator`). */
  maxCost: number;
  /** How many items a list without a `first` argument counts as. */
  defaultListSize: number;
  /** Aliased fields in one document: aliases repeat a field, and with it its cost, without end. */
  maxAliases: number;
  /** Fields at the root of one operation. */
  maxRootFields: number;
  /** The size of an answer as JSON. */
  maxResponseBytes: number;
  /** How long an operation may resolve fields; later fields fail with LIMIT_EXCEEDED. */
  timeBudgetMs: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxCost: 25_000,
  defaultListSize: 10,
  maxAliases: 30,
  maxRootFields: 15,
  maxResponseBytes: 16 * 1024 * 1024,
  timeBudgetMs: 60_000,
};

/**
 * The types whose lists are already bounded by the `first` of the field that returns them (a connection's edges,
 * the matches of `matchSuppliers(first:)`): their lists count once, not again by the default size.
 */
function pagedTypesOf(schema: GraphQLSchema): Set<string> {
  const paged = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => arg.name === 'first') && !isListType(getNullableType(field.type))) paged.add(getNamedType(field.type).name);
    }
  }
  return paged;
}

/**
 * A field costs 1 plus what it selects, times the number of items it may return: its `first` argument, or the
 * default list size for a list of objects without one (once only inside a paged type). Nesting multiplies.
 * Introspection costs 1: it is bounded by the schema.
 */
export function listCostEstimator(schema: GraphQLSchema, defaultListSize: number): ComplexityEstimator {
  const pagedTypes = pagedTypesOf(schema);
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 1;
    const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
    const items = typeof args.first === 'number' ? Math.max(args.first, 1) : listOfObjects && !pagedTypes.has(type.name) ? defaultListSize : 1;
    return items * (1 + childComplexity);
  };
}

/** How many aliases the document uses, and how many fields the root of the operation selects. */
function aliasesAndRootFields(document: DocumentNode, operation: OperationDefinitionNode | undefined): { aliases: number; rootFields: number } {
  let aliases = 0;
  visit(document, { Field: (field) => void (field.alias && (aliases += 1)) });
  const rootFields = (operation?.selectionSet.selections ?? []).filter((selection) => selection.kind === Kind.FIELD).length;
  return { aliases, rootFields };
}

/**
 * Refuses an operation whose estimated cost, aliases or root fields pass their limits before anything runs, answers that are larger than
 * allowed with an error instead, and stops resolving fields once an operation has used its time budget.
 */
export function requestLimitsPlugin<Context extends object>(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin<Context> {
  const estimators = [listCostEstimator(schema, limits.defaultListSize)];
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async didResolveOperation({ request, document, operation }) {
          const cost = getComplexity({ schema, query: document, variables: request.variables, operationName: request.operationName, estimators });
          if (cost > limits.maxCost) {
            throw new LimitExceededError(`The operation costs ${cost}; at most ${limits.maxCost} are allowed (a list counts by its first argument, `
              + `${limits.defaultListSize} items without one; nesting multiplies)`, { cost, limit: limits.maxCost });
          }
          const { aliases, rootFields } = aliasesAndRootFields(document, operation);
          if (aliases > limits.maxAliases) {
            throw new LimitExceededError(`The document uses ${aliases} aliases; at most ${limits.maxAliases} are allowed (cost ${cost})`, { cost, aliases, limit: limits.maxAliases });
          }
          if (rootFields > limits.maxRootFields) {
            throw new LimitExceededError(`The operation asks for ${rootFields} root fields; at most ${limits.maxRootFields} are allowed (cost ${cost})`, {
              cost, rootFields, limit: limits.maxRootFields,
            });
          }
        },
        async executionDidStart() {
          return {
            willResolveField() {
              if (Date.now() - started > limits.timeBudgetMs) {
                throw new LimitExceededError(`The request ran past its time budget of ${limits.timeBudgetMs} ms`, { limit: limits.timeBudgetMs });
              }
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (bytes <= limits.maxResponseBytes) return;
          const error = new LimitExceededError(`The answer has ${bytes} bytes; at most ${limits.maxResponseBytes} are allowed: ask for fewer items`, {
            bytes, limit: limits.maxResponseBytes,
          });
          response.body.singleResult = { errors: [{ message: error.message, extensions: { code: error.extensions.code, bytes, limit: limits.maxResponseBytes } }] };
        },
      };
    },
  };
}
