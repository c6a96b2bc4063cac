import { ALLOWED_PROCEDURES, findPlanRefusal } from '../../src/console/cypher-guard';
import { PlanOperator } from '../../src/db/executor';

/** A plan operator as Neo4j 5 names it (`Name@neo4j`), with its details text. */
const op = (name: string, details = '', children: PlanOperator[] = []): PlanOperator =>
  ({ operatorType: `${name}@neo4j`, arguments: { Details: details }, children });

const results = (...children: PlanOperator[]) => op('ProduceResults', '', children);

describe('findPlanRefusal', () => {
  it('lets a read plan with built-in functions through', () => {
    const plan = results(op('Projection', 'toUpper(cache[n.name]) AS name, date.truncate($autostring_0, date()) AS month, point.distance(a, b) AS d',
      [op('Filter', 'n.level >= $minLevel', [op('NodeByLabelScan', 'n:Company')])]));
    expect(findPlanRefusal(plan)).toBeNull();
  });

  it.each([
    ['Create'], ['Merge'], ['MergeInto'], ['LockingMerge'], ['SetProperty'], ['SetLabels'], ['SetNodePropertiesFromMap'],
    ['RemoveLabels'], ['Delete'], ['DetachDelete'], ['DeleteNode'], ['Foreach'], ['CreateIndex'], ['DropConstraint'],
  ])('refuses the write operator %s', (name) => {
    expect(findPlanRefusal(results(op('EmptyResult', '', [op(name)])))).toBe(`writes are not allowed: the console only reads (${name})`);
  });

  it('refuses a write deep inside a subquery', () => {
    const plan = results(op('EagerAggregation', 'count(*)', [op('SubqueryForeach', '', [op('AllNodesScan', 'n'), op('Apply', '', [op('Argument', 'n'), op('Create', '(m)')])])]));
    expect(findPlanRefusal(plan)).toBe('writes are not allowed: the console only reads (SubqueryForeach)');
    const apply = results(op('Apply', '', [op('AllNodesScan', 'n'), op('Projection', '', [op('Create', '(m)')])]));
    expect(findPlanRefusal(apply)).toBe('writes are not allowed: the console only reads (Create)');
  });

  it('refuses LOAD CSV, CALL { } IN TRANSACTIONS and administration commands', () => {
    expect(findPlanRefusal(results(op('LoadCSV', 'row')))).toBe('LOAD CSV is not allowed (it reads files or URLs from the database server) (LoadCSV)');
    expect(findPlanRefusal(results(op('TransactionApply', 'IN TRANSACTIONS OF 1000 ROWS')))).toBe('CALL { } IN TRANSACTIONS is not allowed (TransactionApply)');
    expect(findPlanRefusal(results(op('TransactionForeach')))).toBe('CALL { } IN TRANSACTIONS is not allowed (TransactionForeach)');
    expect(findPlanRefusal(results(op('ShowSettings')))).toBe('administration commands are not allowed (ShowSettings)');
    expect(findPlanRefusal(results(op('TerminateTransactions')))).toBe('administration commands are not allowed (TerminateTransactions)');
  });

  it('allows the listed procedures and refuses dbms.* and every other one', () => {
    for (const procedure of ALLOWED_PROCEDURES) {
      expect(findPlanRefusal(results(op('ProcedureCall', `${procedure}() :: (x :: STRING)`)))).toBeNull();
    }
    expect(findPlanRefusal(results(op('ProcedureCall', 'dbms.components() :: (name :: STRING)')))).toBe('dbms procedures are not allowed (dbms.components)');
    expect(findPlanRefusal(results(op('ProcedureCall', 'db.createLabel($autostring_0)')))).toMatch(/^procedure db\.createLabel is not allowed; allowed are db\.labels, /);
    expect(findPlanRefusal(results(op('ProcedureCall', '')))).toBe('a procedure call whose name the plan does not show is not allowed');
  });

  it('refuses functions outside the built-in namespaces, but not column names that only mention one', () => {
    expect(findPlanRefusal(results(op('Projection', 'apoc.text.join(list, $autostring_0) AS joined')))).toBe("function apoc.text.join is not allowed (only Neo4j's built-in functions)");
    expect(findPlanRefusal(results(op('Projection', 'db.something(x) AS y')))).toBe("function db.something is not allowed (only Neo4j's built-in functions)");
    expect(findPlanRefusal(results(op('Projection', 'db.nameFromElementId(x) AS y')))).toBeNull();
    expect(findPlanRefusal(op('ProduceResults', "`'see apoc.x()'`"))).toBeNull();
  });
});
