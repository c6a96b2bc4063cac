/** A problem with one cell or row of an import file; line 1 is the header. */
export interface RowProblem {
  line: number;
  column: string | null;
  reason: string;
}

export interface DuplicateWarning {
  line: number;
  id: string;
  similarTo: string;
  reason: string;
}

/** One row's parsed values by column key (null when the cell is empty), with its line in the file. */
export type ImportRow = Record<string, unknown> & { line: number };
