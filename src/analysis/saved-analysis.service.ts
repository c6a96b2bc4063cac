import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { refuseUnlessReadOnly, CONSOLE_LIMITS } from '../console/console-limits';
import { Executor } from '../db/executor';
import { bindParameters, composeAnalysisText, loadSavedAnalyses, parseSavedAnalysis, SavedAnalysisDef } from './saved-analyses';
import { AnalysisResult } from './saved-analysis.type';

/** A saved analysis and where it comes from: a file in cypher/analyses/ (built in) or the database (saved by staff). */
export interface ListedAnalysis extends SavedAnalysisDef {
  builtIn: boolean;
}

/**
 * The library of saved analyses for cluster staff: the built-in ones from cypher/analyses/ and those staff saved
 * from the Cypher console into the database. Each runs read-only with validated parameters; a saved one also
 * passes the console's plan check and limits, as it was written by a person, not reviewed in a deploy.
 */
export class SavedAnalysisService {
  private readonly builtIns: ListedAnalysis[] = loadSavedAnalyses().map((analysis) => ({ ...analysis, builtIn: true }));

  constructor(private readonly executor: Executor) {}

  async list(): Promise<ListedAnalysis[]> {
    return [...this.builtIns, ...(await this.stored())];
  }

  async run(name: string, given: Record<string, unknown>): Promise<AnalysisResult> {
    const analysis = this.builtIns.find((a) => a.name === name) ?? (await this.stored()).find((a) => a.name === name);
    if (!analysis) throw new NotFoundError('SavedAnalysis', name, 'name');
    const parameters = bindParameters(analysis, given);
    if (analysis.builtIn) {
      const { columns, rows } = await this.executor.readStatement(`analysis:${name}`, analysis.cypher, parameters);
      return { name, columns, rows, rowCount: rows.length, parameters };
    }
    const { columns, rows } = await this.executor.readAdHoc(`analysis:${name}`, analysis.cypher, parameters, CONSOLE_LIMITS, refuseUnlessReadOnly);
    const keyed = rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index]])));
    return { name, columns, rows: keyed, rowCount: rows.length, parameters };
  }

  /**
   * Stores a console query as an analysis: written in the format of cypher/analyses/ (so every `$parameter` must
   * be declared), its plan checked like a console query, under a name no other analysis has.
   */
  async save(analysis: Omit<SavedAnalysisDef, 'cypher'>, query: string, savedBy: string): Promise<ListedAnalysis> {
    if (this.builtIns.some((a) => a.name === analysis.name)) {
      throw new ConflictError(`A built-in analysis is already called '${analysis.name}'`);
    }
    const text = composeAnalysisText(analysis, query);
    let parsed: SavedAnalysisDef;
    try {
      parsed = parseSavedAnalysis(analysis.name, text);
    } catch (error) {
      throw new BadUserInputError('cypher', (error as Error).message.replace(/^Saved analysis [\w-]+: /, ''));
    }
    const example = Object.fromEntries(parsed.parameters.map((param) => [param.name, param.defaultValue]));
    refuseUnlessReadOnly(await this.executor.explain(`save-analysis:${analysis.name}`, text, example));
    await this.executor.write('saveCypherAnalysis', 'saved-analysis/save', { name: analysis.name, text, savedBy });
    return { ...parsed, builtIn: false };
  }

  private async stored(): Promise<ListedAnalysis[]> {
    const rows = await this.executor.read<{ name: string; text: string }>('savedAnalyses', 'saved-analysis/stored');
    return rows.map(({ name, text }) => ({ ...parseSavedAnalysis(name, text), builtIn: false }));
  }
}
