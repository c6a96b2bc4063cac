import { PlanOperator } from '../db/executor';

/**
 * Procedures staff may call: they read the graph's model or its full-text indexes, nothing else.
 * Everything else (dbms.*, db.create*, tx.*, plugins) is refused.
 */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
];

/**
 * Namespaces of Neo4j's built-in functions. Neo4j refuses an unknown function at EXPLAIN already ("Unknown
 * function"), so without plugins only built-ins reach the plan; should a plugin be installed, its functions
 * (apoc.*, gds.*) are refused here because their namespace is not one of these.
 */
const BUILT_IN_FUNCTION_NAMESPACES = new Set([
  'date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration', 'point', 'vector', 'graph', 'db',
]);
const BUILT_IN_DB_FUNCTIONS = new Set(['db.nameFromElementId']);

/**
 * Operators that change the graph or the database, or reach outside it, by the start of their name (Neo4j 5
 * operator summary: Create, CreateIndex, CreateConstraint, Merge, MergeInto, MergeUniqueNode, LockingMerge,
 * LockNodes, Set*, RemoveLabels, Delete, DetachDelete and their Node/Relationship/Path/Expression forms, Foreach,
 * SubqueryForeach, TransactionApply, TransactionForeach, LoadCSV, Drop*, DoNothingIfExists, Show*, Terminate*).
 */
const REFUSED_OPERATORS: { prefix: string; reason: string }[] = [
  { prefix: 'LoadCSV', reason: 'LOAD CSV is not allowed (it reads files or URLs from the database server)' },
  { prefix: 'TransactionApply', reason: 'CALL { } IN TRANSACTIONS is not allowed' },
  { prefix: 'TransactionForeach', reason: 'CALL { } IN TRANSACTIONS is not allowed' },
  ...['Create', 'Merge', 'LockingMerge', 'LockNodes', 'Set', 'Remove', 'Delete', 'DetachDelete', 'Foreach', 'SubqueryForeach', 'Drop', 'DoNothingIfExists']
    .map((prefix) => ({ prefix, reason: 'writes are not allowed: the console only reads' })),
  ...['Show', 'Terminate'].map((prefix) => ({ prefix, reason: 'administration commands are not allowed' })),
];

/** `Create@neo4j` → `Create`: Neo4j 5 appends the database to every operator name. */
const operatorName = (operator: PlanOperator) => operator.operatorType.split('@')[0];

const details = (operator: PlanOperator) => {
  const value = operator.arguments.Details;
  return typeof value === 'string' ? value : '';
};

function procedureRefusal(operator: PlanOperator): string | null {
  const procedure = /^\s*([\w.]+)\s*\(/.exec(details(operator))?.[1];
  if (!procedure) return 'a procedure call whose name the plan does not show is not allowed';
  if (procedure.startsWith('dbms.')) return `dbms procedures are not allowed (${procedure})`;
  if (!ALLOWED_PROCEDURES.includes(procedure)) {
    return `procedure ${procedure} is not allowed; allowed are ${ALLOWED_PROCEDURES.join(', ')}`;
  }
  return null;
}

function functionRefusal(operator: PlanOperator): string | null {
  // Literals appear as $autostring_0 in plan details, so a name followed by "(" here is a call, not text.
  for (const [, name] of details(operator).matchAll(/\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*\(/g)) {
    const namespace = name.split('.')[0];
    if (!BUILT_IN_FUNCTION_NAMESPACES.has(namespace) || (namespace === 'db' && !BUILT_IN_DB_FUNCTIONS.has(name))) {
      return `function ${name} is not allowed (only Neo4j's built-in functions)`;
    }
  }
  return null;
}

function operatorRefusal(operator: PlanOperator): string | null {
  const name = operatorName(operator);
  const refused = REFUSED_OPERATORS.find(({ prefix }) => name.startsWith(prefix));
  if (refused) return `${refused.reason} (${name})`;
  if (name === 'ProcedureCall') return procedureRefusal(operator);
  // ProduceResults lists column names only, which repeat the query's text, literals included.
  return name === 'ProduceResults' ? null : functionRefusal(operator);
}

/**
 * Walks a query plan (from `EXPLAIN`) and returns why the query may not run in the console, or null when it
 * only reads: no write or schema operator anywhere (a write hidden in a subquery included), no LOAD CSV, no
 * CALL { } IN TRANSACTIONS, no procedure outside ALLOWED_PROCEDURES, no function outside Neo4j's built-ins.
 */
export function findPlanRefusal(plan: PlanOperator): string | null {
  const pending = [plan];
  while (pending.length > 0) {
    const operator = pending.pop()!;
    const refusal = operatorRefusal(operator);
    if (refusal) return refusal;
    pending.push(...operator.children);
  }
  return null;
}
