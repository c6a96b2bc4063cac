import { NotFoundError } from '../common/errors';
import { Executor } from '../db/executor';
import { bindParameters, loadSavedAnalyses, SavedAnalysisDef } from './saved-analyses';
import { AnalysisResult } from './saved-analysis.type';

/** The library of saved analyses for cluster staff; each runs read-only with validated parameters. */
export class SavedAnalysisService {
  private readonly analyses: SavedAnalysisDef[] = loadSavedAnalyses();

  constructor(private readonly executor: Executor) {}

  list(): SavedAnalysisDef[] {
    return this.analyses;
  }

  async run(name: string, given: Record<string, unknown>): Promise<AnalysisResult> {
    const analysis = this.analyses.find((a) => a.name === name);
    if (!analysis) throw new NotFoundError('SavedAnalysis', name, 'name');
    const parameters = bindParameters(analysis, given);
    const { columns, rows } = await this.executor.readStatement(`analysis:${name}`, analysis.cypher, parameters);
    return { name, columns, rows, rowCount: rows.length, parameters };
  }
}
