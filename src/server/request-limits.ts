import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, getNullableType, GraphQLCompositeType, GraphQLField, GraphQLSchema, isCompositeType, isInterfaceType,
  isListType, isObjectType, Kind, OperationDefinitionNode, SelectionSetNode, visit,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

import { LimitExceededError } from '../common/errors';

/** What one GraphQL request may ask for and cost; README "Limits" explains each number. */
export interface RequestLimits {
  /** The estimated cost of an operation (see `operationCost`). */
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
  /** Any one text in the variables or the document, whatever its field's own limit. */
  maxTextLength: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxCost: 25_000,
  defaultListSize: 5,
  maxAliases: 30,
  maxRootFields: 15,
  maxResponseBytes: 16 * 1024 * 1024,
  timeBudgetMs: 60_000,
  maxTextLength: 10_000,
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

/** The field's `first` argument, or undefined when it has none or its variables are not valid (execution refuses those). */
function argumentFirst(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): unknown {
  try {
    return getArgumentValues(field, node, variables).first;
  } catch {
    return undefined;
  }
}

/**
 * The estimated cost of an operation, before it runs. A field costs 1 plus what it selects, times the number of
 * items it may return: its `first` argument, or `defaultListSize` for a list of objects without one (once only
 * inside a paged type), plus once its `workCost` extension when it declares one (`@HeavyWork()`). Nesting multiplies; a field asked for twice under one name (through fragments) counts once,
 * as GraphQL resolves it once. Introspection costs 1 a field: it is bounded by the schema. Each fragment is costed
 * once, so that a document spreading fragments again and again costs its work, not the paths through it.
 */
export function operationCost(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, defaultListSize: number,
): number {
  const pagedTypes = pagedTypesOf(schema);
  const fragments = new Map(document.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment]));
  // Costs per response key: GraphQL merges the fields a selection set asks for twice under one key (through two
  // fragments, say), so such a field costs once.
  type KeyCosts = Map<string, number>;
  const merge = (into: KeyCosts, from: KeyCosts) => from.forEach((cost, key) => into.set(key, Math.max(into.get(key) ?? 0, cost)));
  const total = (costs: KeyCosts) => [...costs.values()].reduce((sum, cost) => sum + cost, 0);
  const fragmentCosts = new Map<string, KeyCosts>();
  const fragmentCost = (name: string): KeyCosts => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    fragmentCosts.set(name, new Map());
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    const costs = fragment && isCompositeType(type) ? selectionCosts(fragment.selectionSet, type) : new Map<string, number>();
    fragmentCosts.set(name, costs);
    return costs;
  };
  const selectionCosts = (selectionSet: SelectionSetNode | undefined, parent: GraphQLCompositeType): KeyCosts => {
    const costs: KeyCosts = new Map();
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        merge(costs, fragmentCost(selection.name.value));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) merge(costs, selectionCosts(selection.selectionSet, type));
      } else {
        const key = selection.alias?.value ?? selection.name.value;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field || selection.name.value.startsWith('__') || parent.name.startsWith('__')) {
          merge(costs, new Map([[key, 1]]));
          continue;
        }
        const first = argumentFirst(field, selection, variables);
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        const items = typeof first === 'number' ? Math.max(first, 1) : listOfObjects && !pagedTypes.has(parent.name) ? defaultListSize : 1;
        const child = getNamedType(field.type);
        const work = typeof field.extensions.workCost === 'number' ? field.extensions.workCost : 0;
        merge(costs, new Map([[key, work + items * (1 + (isCompositeType(child) ? total(selectionCosts(selection.selectionSet, child)) : 0))]]));
      }
    }
    return costs;
  };
  const root = schema.getRootType(operation.operation);
  return root ? total(selectionCosts(operation.selectionSet, root)) : 0;
}

/** How many aliases the document uses, and how many fields the root of the operation selects. */
function aliasesAndRootFields(document: DocumentNode, operation: OperationDefinitionNode | undefined): { aliases: number; rootFields: number } {
  let aliases = 0;
  visit(document, { Field: (field) => void (field.alias && (aliases += 1)) });
  const rootFields = (operation?.selectionSet.selections ?? []).filter((selection) => selection.kind === Kind.FIELD).length;
  return { aliases, rootFields };
}

/** Where the first text longer than `maxLength` is: a variable's path (`$input.description`), or a literal's argument. */
function tooLongText(variables: unknown, document: DocumentNode, maxLength: number): { where: string; length: number } | null {
  const inValue = (value: unknown, path: string): { where: string; length: number } | null => {
    if (typeof value === 'string') return value.length > maxLength ? { where: path, length: value.length } : null;
    if (Array.isArray(value)) return value.reduce<{ where: string; length: number } | null>((found, item, i) => found ?? inValue(item, `${path}[${i}]`), null);
    if (value && typeof value === 'object') {
      return Object.entries(value).reduce<{ where: string; length: number } | null>((found, [key, item]) => found ?? inValue(item, `${path}.${key}`), null);
    }
    return null;
  };
  const inVariables = Object.entries(variables ?? {}).reduce<{ where: string; length: number } | null>((found, [name, value]) => found ?? inValue(value, `$${name}`), null);
  if (inVariables) return inVariables;
  let inLiterals: { where: string; length: number } | null = null;
  visit(document, {
    Argument(argument) {
      if (!inLiterals && argument.value.kind === Kind.STRING && argument.value.value.length > maxLength) {
        inLiterals = { where: argument.name.value, length: argument.value.value.length };
      }
    },
    ObjectField(field) {
      if (!inLiterals && field.value.kind === Kind.STRING && field.value.value.length > maxLength) {
        inLiterals = { where: field.name.value, length: field.value.value.length };
      }
    },
  });
  return inLiterals;
}

/**
 * Refuses an operation whose estimated cost, aliases or root fields pass their limits before anything runs, answers that are larger than
 * allowed with an error instead, and stops resolving fields once an operation has used its time budget.
 */
export function requestLimitsPlugin<Context extends object>(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async didResolveOperation({ request, document, operation }) {
          const longText = tooLongText(request.variables, document, limits.maxTextLength);
          if (longText) {
            throw new LimitExceededError(`The text in ${longText.where} has ${longText.length} characters; at most ${limits.maxTextLength} are allowed`, {
              length: longText.length, limit: limits.maxTextLength,
            });
          }
          const cost = operation ? operationCost(schema, document, operation, request.variables ?? {}, limits.defaultListSize) : 0;
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
