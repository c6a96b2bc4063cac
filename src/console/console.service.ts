import { createHash } from 'node:crypto';

import { ListedAnalysis, SavedAnalysisService } from '../analysis/saved-analysis.service';
import { Caller, sourceOf } from '../auth/caller';
import { AdHocLimits, Executor } from '../db/executor';
import { CONSOLE_LIMITS, refuseUnlessReadOnly } from './console-limits';
import { SaveCypherAnalysisInput } from './console.input';
import { CypherResult, GraphModel } from './console.type';

/** A short, stable name for a query in the log: the log shows who ran what without the query's text. */
export const queryHash = (query: string): string => createHash('sha256').update(query.trim(), 'utf8').digest('hex').slice(0, 12);

/**
 * The Cypher console of cluster staff: ad-hoc read-only queries, checked by their plan before they run and
 * stopped at the limits; every run is logged with who ran it.
 */
export class CypherConsoleService {
  constructor(
    private readonly executor: Executor,
    private readonly savedAnalyses: SavedAnalysisService,
    private readonly limits: AdHocLimits = CONSOLE_LIMITS,
    private readonly log: (line: string) => void = (line) => console.log(line),
  ) {}

  async run(query: string, parameters: Record<string, unknown>, caller: Caller): Promise<CypherResult> {
    const started = Date.now();
    const hash = queryHash(query);
    try {
      const { columns, rows } = await this.executor.readAdHoc(`console:${hash}`, query, parameters, this.limits, refuseUnlessReadOnly);
      const elapsedMs = Date.now() - started;
      this.log(`[cypher] ${sourceOf(caller)} ran query ${hash}: ${rows.length} rows in ${elapsedMs} ms`);
      return { columns, rows, rowCount: rows.length, elapsedMs };
    } catch (error) {
      this.log(`[cypher] ${sourceOf(caller)} ran query ${hash}: refused or failed after ${Date.now() - started} ms: ${(error as Error).message}`);
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
    this.log(`[cypher] ${sourceOf(caller)} saved analysis ${saved.name} (query ${queryHash(input.cypher)})`);
    return saved;
  }
}
