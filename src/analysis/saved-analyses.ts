import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { BadUserInputError } from '../common/errors';
import { CYPHER_DIR } from '../common/paths';

export type ParameterType = 'ID' | 'String' | 'Int' | 'Float' | 'Boolean' | 'Date';

export interface AnalysisParameterDef {
  name: string;
  type: ParameterType;
  required: boolean;
  defaultValue: unknown;
  min: number | null;
  max: number | null;
  description: string;
}

export interface SavedAnalysisDef {
  name: string;
  title: string;
  description: string;
  parameters: AnalysisParameterDef[];
  cypher: string;
}

export const PARAMETER_TYPES: ParameterType[] = ['ID', 'String', 'Int', 'Float', 'Boolean', 'Date'];
const PARAM_LINE = /^\/\/ @param (\w+) (\w+) ((?:required|optional|default=\S+)(?: (?:min|max)=-?[\d.]+)*) (.+)$/;

function parseValue(type: ParameterType, raw: string): unknown {
  if (type === 'Int' || type === 'Float') return Number(raw);
  if (type === 'Boolean') return raw === 'true';
  return raw;
}

/** Reads one saved analysis: a read-only query with `// @title`, `// @description` and `// @param` lines. */
export function parseSavedAnalysis(name: string, text: string): SavedAnalysisDef {
  const header = text.split('\n').filter((line) => line.startsWith('// @'));
  const field = (key: string) => header.find((line) => line.startsWith(`// @${key} `))?.slice(`// @${key} `.length).trim();
  const title = field('title');
  const description = field('description');
  if (!title || !description) throw new Error(`Saved analysis ${name}: needs // @title and // @description lines`);
  const parameters = header.filter((line) => line.startsWith('// @param ')).map((line): AnalysisParameterDef => {
    const match = PARAM_LINE.exec(line);
    if (!match || !PARAMETER_TYPES.includes(match[2] as ParameterType)) throw new Error(`Saved analysis ${name}: cannot read "${line}"`);
    const [, paramName, type, flags, paramDescription] = match;
    const option = (key: string) => flags.split(' ').find((f) => f.startsWith(`${key}=`))?.slice(key.length + 1);
    const defaultRaw = option('default');
    const min = option('min');
    const max = option('max');
    return {
      name: paramName,
      type: type as ParameterType,
      required: flags.startsWith('required'),
      defaultValue: defaultRaw === undefined ? null : parseValue(type as ParameterType, defaultRaw),
      min: min === undefined ? null : Number(min),
      max: max === undefined ? null : Number(max),
      description: paramDescription,
    };
  });
  const used = new Set([...text.replace(/^\/\/.*$/gm, '').matchAll(/\$(\w+)/g)].map((m) => m[1]));
  for (const param of used) {
    if (!parameters.some((p) => p.name === param)) throw new Error(`Saved analysis ${name}: $${param} is used but not declared`);
  }
  return { name, title, description, parameters, cypher: text };
}

/**
 * The text of an analysis file (header lines, then the query) for an analysis saved from the console, so that it
 * is stored, read and checked like the files in cypher/analyses/. A default must be one word: the header line
 * has no quoting.
 */
export function composeAnalysisText(analysis: Omit<SavedAnalysisDef, 'name' | 'cypher'>, query: string): string {
  const paramLines = analysis.parameters.map((param, index) => {
    const hasDefault = param.defaultValue !== null && param.defaultValue !== undefined && param.defaultValue !== '';
    if (hasDefault && /\s/.test(String(param.defaultValue))) {
      throw new BadUserInputError(`parameters[${index}].defaultValue`, 'must be one word without spaces');
    }
    const flags = [
      hasDefault ? `default=${String(param.defaultValue)}` : param.required ? 'required' : 'optional',
      ...(param.min === null ? [] : [`min=${param.min}`]),
      ...(param.max === null ? [] : [`max=${param.max}`]),
    ];
    return `// @param ${param.name} ${param.type} ${flags.join(' ')} ${param.description}`;
  });
  return [`// @title ${analysis.title}`, `// @description ${analysis.description}`, ...paramLines, query.trim(), ''].join('\n');
}

/** Every saved analysis in cypher/analyses/, loaded once at start-up. */
export function loadSavedAnalyses(dir: string = path.join(CYPHER_DIR, 'analyses')): SavedAnalysisDef[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => parseSavedAnalysis(file.replace(/\.cypher$/, ''), readFileSync(path.join(dir, file), 'utf8')));
}

/** Checks given parameters against the declaration and fills defaults; errors name `parameters.<name>`. */
export function bindParameters(analysis: SavedAnalysisDef, given: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(given)) {
    if (!analysis.parameters.some((p) => p.name === key)) throw new BadUserInputError(`parameters.${key}`, `is not a parameter of ${analysis.name}`);
  }
  const bound: Record<string, unknown> = {};
  for (const param of analysis.parameters) {
    const field = `parameters.${param.name}`;
    const value = given[param.name] ?? param.defaultValue;
    if (value === null || value === undefined || value === '') {
      if (param.required) throw new BadUserInputError(field, 'is required');
      bound[param.name] = null;
      continue;
    }
    if (param.type === 'Int' || param.type === 'Float') {
      const number = typeof value === 'string' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number) || (param.type === 'Int' && !Number.isInteger(number))) {
        throw new BadUserInputError(field, `must be ${param.type === 'Int' ? 'a whole number' : 'a number'}`);
      }
      if (param.min !== null && number < param.min) throw new BadUserInputError(field, `must be at least ${param.min}`);
      if (param.max !== null && number > param.max) throw new BadUserInputError(field, `must be at most ${param.max}`);
      bound[param.name] = number;
    } else if (param.type === 'Boolean') {
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') throw new BadUserInputError(field, 'must be true or false');
      bound[param.name] = value === true || value === 'true';
    } else {
      if (typeof value !== 'string') throw new BadUserInputError(field, 'must be a string');
      if (param.type === 'Date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new BadUserInputError(field, 'must be a date like 2026-12-31');
      bound[param.name] = value;
    }
  }
  return bound;
}
