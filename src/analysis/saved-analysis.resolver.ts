import { Arg, Authorized, Query, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

import { Permission } from '../auth/access';
import { HeavyWork } from '../common/work-cost';
import { SavedAnalysisService } from './saved-analysis.service';
import { AnalysisResult, SavedAnalysis } from './saved-analysis.type';

@Resolver()
export class SavedAnalysisResolver {
  constructor(private readonly savedAnalysisService: SavedAnalysisService) {}

  @Authorized(Permission.LIST_SAVED_ANALYSES)
  @Query(() => [SavedAnalysis], { description: 'The saved analyses with their parameters: the built-in ones, then those saved from the Cypher console' })
  savedAnalyses(): Promise<SavedAnalysis[]> {
    return this.savedAnalysisService.list();
  }

  @Authorized(Permission.RUN_SAVED_ANALYSES)
  @HeavyWork()
  @Query(() => AnalysisResult, { description: 'Runs a saved analysis, read-only, with validated parameters' })
  runAnalysis(
    @Arg('name') name: string,
    @Arg('parameters', () => GraphQLJSONObject, { nullable: true, validate: false }) parameters?: Record<string, unknown>,
  ): Promise<AnalysisResult> {
    return this.savedAnalysisService.run(name, parameters ?? {});
  }
}
