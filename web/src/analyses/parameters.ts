/** A parameter as the API declares it (`savedAnalyses { parameters { ... } }`). */
export interface ParameterDef {
  name: string;
  type: string;
  required: boolean;
  defaultValue?: unknown;
  min?: number | null;
  max?: number | null;
  description: string;
}

export type ParameterProblem = 'required' | 'wholeNumber' | 'number' | 'min' | 'max' | 'date';

/** The value of a parameter as the API expects it, or what is wrong with the text typed (the API's own checks). */
export function parseParameter(def: ParameterDef, text: string | null): { value?: unknown; problem?: ParameterProblem } {
  const raw = (text ?? '').trim();
  if (raw === '') return def.required && def.defaultValue == null ? { problem: 'required' } : {};
  switch (def.type) {
    case 'Int':
    case 'Float': {
      const value = Number(raw.replace(',', '.'));
      if (!Number.isFinite(value)) return { problem: 'number' };
      if (def.type === 'Int' && !Number.isInteger(value)) return { problem: 'wholeNumber' };
      if (def.min != null && value < def.min) return { problem: 'min' };
      if (def.max != null && value > def.max) return { problem: 'max' };
      return { value };
    }
    case 'Boolean':
      return { value: raw === 'true' };
    case 'Date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? { value: raw } : { problem: 'date' };
    default:
      return { value: raw };
  }
}

/** The parameters from the query string, checked; null when one is not acceptable (the form shows why). */
export function parametersFromUrl(defs: readonly ParameterDef[], params: URLSearchParams): Record<string, unknown> | null {
  const values: Record<string, unknown> = {};
  for (const def of defs) {
    const parsed = parseParameter(def, params.get(def.name));
    if (parsed.problem) return null;
    if (parsed.value !== undefined) values[def.name] = parsed.value;
  }
  return values;
}
