/** The part of a terminal stream the progress line needs; a fake in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): boolean;
}

export interface Progress {
  /** Shows `done` (of `total`, when known) and the rate since the start. */
  update(done: number, total?: number): void;
  /** Removes the line, so that the command's final lines start on a clean line. */
  finish(): void;
}

/** Redraws at most this often: a million rows must not mean a million writes to the terminal. */
const REDRAW_MS = 100;
const CLEAR_LINE = '\r\x1b[2K';

/** One progress line: `label: 1,200/5,000 rows (800 rows/s)`. */
export function formatProgress(label: string, unit: string, done: number, total: number | undefined, seconds: number): string {
  const count = total === undefined ? done.toLocaleString('en') : `${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
  const rate = seconds > 0 ? Math.round(done / seconds).toLocaleString('en') : '-';
  return `${label}: ${count} ${unit} (${rate} ${unit}/s)`;
}

/**
 * A progress line updated in place on a terminal. When the stream is not a terminal (CI, a pipe, a file) it
 * shows nothing, so that logs keep only the command's final lines.
 */
export function startProgress(label: string, unit: string, stream: ProgressStream = process.stderr, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - drawnAt < REDRAW_MS && done !== total) return;
      drawnAt = time;
      drawn = true;
      stream.write(CLEAR_LINE + formatProgress(label, unit, done, total, (time - started) / 1000));
    },
    finish() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

/**
 * A progress line for a step that reports no counts (one transaction, a benchmark phase): its label and the
 * seconds it has taken so far, redrawn every second on a terminal, nothing elsewhere. Lines the step prints
 * with console.log meanwhile appear above it instead of running into it.
 */
export function startElapsed(label: string, stream: ProgressStream = process.stderr, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  const started = now();
  const draw = () => {
    stream.write(`${CLEAR_LINE}${label} ... ${Math.floor((now() - started) / 1000)} s`);
  };
  const log = console.log;
  console.log = (...args: unknown[]) => {
    stream.write(CLEAR_LINE);
    log(...args);
    draw();
  };
  draw();
  const timer = setInterval(draw, 1000);
  timer.unref();
  return {
    update: draw,
    finish() {
      clearInterval(timer);
      console.log = log;
      stream.write(CLEAR_LINE);
    },
  };
}

/** Runs a step that reports no counts under an elapsed-time line (see startElapsed), removed when it ends. */
export async function withElapsed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const progress = startElapsed(label);
  try {
    return await step();
  } finally {
    progress.finish();
  }
}
