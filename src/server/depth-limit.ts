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
    // Each fragment's own depth is worked out once: a document spreading the same fragments again and
    // again must not make this rule exponential. A fragment cycle (refused by GraphQL's own rules) counts 0.
    const fragmentDepths = new Map<string, number>();
    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      fragmentDepths.set(name, 0);
      const depth = fragment ? depthOf(fragment.selectionSet) : 0;
      fragmentDepths.set(name, depth);
      return depth;
    };
    const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.name.value.startsWith('__')) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`The operation nests fields ${depth} levels deep; at most ${maxDepth} are allowed`, { nodes: [operation] }));
        }
      },
    };
  };
}
