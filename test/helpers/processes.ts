import { execFileSync } from 'node:child_process';

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Checks `condition` every 250 ms until it holds or `timeoutMs` passed; returns whether it holds. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return condition();
}

/** The pids of the local Neo4j JVMs (the launcher) whose command line contains `text`, e.g. their data directory. */
export function launcherJvms(text: string): number[] {
  const processes = execFileSync('ps', ['-eww', '-o', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return processes
    .filter((line) => line.includes('tiergraph.launcher.Neo4jLauncher') && line.includes(text))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}
