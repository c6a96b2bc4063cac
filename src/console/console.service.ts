import { createHash } from 'node:crypto';

import { GraphQLError } from 'graphql';
import { Logger } from 'pino';

import { ListedAnalysis, SavedAnalysisService } from '../analysis/saved-analysis.service';
import { Caller, sourceOf } from '../auth/caller';
import { logger } from '../common/logger';
import { AdHocLimits, Executor } from '../db/executor';
import { CONSOLE_LIMITS, refuseUnlessReadOnly } from './console-limits';
import { SaveCypherAnalysisInput } from './console.input';
import { CypherResult, GraphModel } from './console.type';

/** A short, stable name for a query in the log: the log shows who ran what without the query's text. */
export const queryHash = (query: string): string => createHash('sha256').update(query.trim(), 'utf8').digest('hex').slice(0, 12);

/**
 * The Cypher console of cluster staff: ad-hoc read-only queries, checked by their plan before they run and
 * stopped at the limits; every run is logged with who ran it (`caller`, `callerKind`), the query's hash as the
 * transaction's `operation`, and `rows` and `durationMs`, or the refusal's `errorCode` and `reason`.
 */
export class CypherConsoleService {
  constructor(
    private readonly executor: Executor,
    private readonly savedAnalyses: SavedAnalysisService,
    private readonly limits: AdHocLimits = CONSOLE_LIMITS,
    private readonly log: Logger = logger(),
  ) {}

  async run(query: string, parameters: Record<string, unknown>, caller: Caller): Promise<CypherResult> {
    const started = Date.now();
    const hash = queryHash(query);
    const facts = { caller: sourceOf(caller), callerKind: caller.kind, operation: `console:${hash}` };
    try {
      const { columns, rows } = await this.executor.readAdHoc(facts.operation, query, parameters, this.limits, refuseUnlessReadOnly);
      const elapsedMs = Date.now() - started;
      this.log.info({ ...facts, rows: rows.length, durationMs: elapsedMs }, `Cypher console: ${facts.caller} ran query ${hash}`);
      return { columns, rows, rowCount: rows.length, elapsedMs };
    } catch (error) {
      const errorCode = error instanceof GraphQLError ? error.extensions.code : undefined;
      this.log.warn(
        { ...facts, durationMs: Date.now() - started, errorCode, reason: (error as Error).message },
        `Cypher console: query ${hash} of ${facts.caller} refused or failed`,
      );
      throw error;
    }
  }

  async graphModel(): Promise<GraphModel> {
    const [model] = await this.executor.read<GraphModel>('graphModel', 'console/graph-model');
    return model;
  }

  async saveAsAnalysis(input: SaveCypherAnalysisInput, caller: Caller): Promise<ListedAnalysis> {
    const parameters = input.parameters.map((param) => ({
      name: param.name,
      type: param.type as ListedAnalysis['parameters'][number]['type'],
      required: param.required,
      defaultValue: param.defaultValue ?? null,
      min: param.min ?? null,
      max: param.max ?? null,
      description: param.description,
    }));
    const saved = await this.savedAnalyses.save(
      { name: input.name, title: input.title, description: input.description, parameters }, input.cypher, sourceOf(caller),
    );
    this.log.info(
      { caller: sourceOf(caller), callerKind: caller.kind, analysis: saved.name, queryHash: queryHash(input.cypher) },
      `Cypher console: ${sourceOf(caller)} saved analysis ${saved.name}`,
    );
    return saved;
  }
}
