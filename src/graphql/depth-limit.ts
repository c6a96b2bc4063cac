import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';

/** How deep an operation may nest fields: the deepest documented query has 6 levels; chains of nested links need more. */
export const MAX_QUERY_DEPTH = 12;

/**
 * A validation rule that refuses operations nesting fields deeper than `maxDepth` (following fragments;
 * introspection fields do not count, so that GraphiQL and other tools work), before anything runs: a
 * query walking customers of suppliers of customers without end would otherwise fan out over the graph.
 */
export function depthLimit(maxDepth: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context.getDocument().definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    const depthOf = (selectionSet: SelectionSetNode | undefined, depth: number, inFragments: Set<string>): number => {
      let deepest = depth;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.name.value.startsWith('__')) deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + 1, inFragments));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, inFragments));
        } else {
          const fragment = fragments.get(selection.name.value);
          // A fragment spreading itself is refused by GraphQL's own rules; here it only must not loop.
          if (fragment && !inFragments.has(fragment.name.value)) {
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...inFragments, fragment.name.value])));
          }
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`The operation nests fields ${depth} levels deep; at most ${maxDepth} are allowed`, { nodes: [operation] }));
        }
      },
    };
  };
}
