import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

import { Permission } from '../auth/access';
import { Context } from '../graphql/context';
import { AnalysisResult, SavedAnalysis } from './saved-analysis.type';

@Resolver()
export class SavedAnalysisResolver {
  @Query(() => [SavedAnalysis], { description: 'The saved analyses with their parameters: the built-in ones, then those saved from the Cypher console' })
  savedAnalyses(@Ctx() { services }: Context): Promise<SavedAnalysis[]> {
    return services.savedAnalyses.list();
  }

  @Authorized(Permission.RUN_SAVED_ANALYSES)
  @Query(() => AnalysisResult, { description: 'Runs a saved analysis, read-only, with validated parameters' })
  runAnalysis(
    @Arg('name') name: string,
    @Ctx() { services }: Context,
    @Arg('parameters', () => GraphQLJSONObject, { nullable: true, validate: false }) parameters?: Record<string, unknown>,
  ): Promise<AnalysisResult> {
    return services.savedAnalyses.run(name, parameters ?? {});
  }
}
