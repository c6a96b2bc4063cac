/** Reports a failed start or command with its message only and a non-zero exit code, letting the process end by itself. */
export function reportFailure(error: unknown): void {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
