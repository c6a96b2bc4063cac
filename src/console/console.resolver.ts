import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

import { SavedAnalysis } from '../analysis/saved-analysis.type';
import { AccessContext, Permission } from '../auth/access';
import { validateNamedArg } from '../common/validation';
import { HeavyWork } from '../common/work-cost';
import { SaveCypherAnalysisInput } from './console.input';
import { CypherConsoleService } from './console.service';
import { CypherResult, GraphModel } from './console.type';

@Resolver()
export class CypherConsoleResolver {
  constructor(private readonly console: CypherConsoleService) {}

  @Authorized(Permission.RUN_CYPHER)
  @HeavyWork()
  @Query(() => CypherResult, {
    description: 'Runs an ad-hoc read-only Cypher query (staff; without keys only from this machine). Its plan is checked first: '
      + 'no writes, no LOAD CSV, no CALL { } IN TRANSACTIONS, only allow-listed procedures; time, row and size limits apply',
  })
  runCypher(
    @Arg('query') query: string,
    @Ctx() { caller }: AccessContext,
    @Arg('parameters', () => GraphQLJSONObject, { nullable: true, validate: false }) parameters?: Record<string, unknown>,
  ): Promise<CypherResult> {
    return this.console.run(query, parameters ?? {}, caller);
  }

  @Authorized(Permission.RUN_CYPHER)
  @Query(() => GraphModel, { description: 'Labels and relationship types with counts, and property keys: the model beside the Cypher console' })
  graphModel(): Promise<GraphModel> {
    return this.console.graphModel();
  }

  @Authorized(Permission.RUN_CYPHER)
  @Mutation(() => SavedAnalysis, { description: 'Saves a console query as an analysis, listed in savedAnalyses and run by runAnalysis' })
  saveCypherAnalysis(
    @Arg('input', () => SaveCypherAnalysisInput, { validateFn: validateNamedArg('input') }) input: SaveCypherAnalysisInput,
    @Ctx() { caller }: AccessContext,
  ): Promise<SavedAnalysis> {
    return this.console.saveAsAnalysis(input, caller);
  }
}
