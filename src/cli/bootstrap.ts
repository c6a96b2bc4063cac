import { Command, CommanderError } from 'commander';

import { reportFailure } from '../common/report-failure';
import { Config } from '../config';
import { connectDatabase } from '../db/connect';
import { loadCypherLibrary } from '../db/cypher';
import { Executor } from '../db/executor';

/** A wrong or missing argument ends a command with 2, as it did before commander; a failure while it runs with 1. */
const USAGE_EXIT_CODE = 2;

/** What a command that works on the graph is given: the one executor, and the configuration it was made from. */
export interface CliContext {
  executor: Executor;
  config: Config;
}

/**
 * The parser of one command, named as it is typed (`npm run import --`) so that `--help` and errors show the
 * call a user makes. A wrong or missing argument prints one line naming it and ends with exit code 2.
 */
export function defineCommand(script: string, description: string): Command {
  return new Command(`npm run ${script} --`)
    .description(description)
    .helpOption('-h, --help', 'show this help')
    .configureOutput({ outputError: (message, write) => write(`${message.trimEnd()} (see --help)\n`) })
    // Commander throws instead of ending the process; runCommand sets the exit code.
    .exitOverride();
}

/**
 * Parses the process's arguments and runs the command's action. A wrong argument (already printed by commander)
 * ends with exit code 2, `--help` with 0; a failure while it runs prints its message only, exit code 1.
 */
export function runCommand(command: Command): void {
  command.parseAsync(process.argv).catch((error: unknown) => {
    if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
    else reportFailure(error);
  });
}

/** Runs a task against the database (NEO4J_URI or the local Neo4j); the database is closed whatever happens. */
export async function withDatabase(task: (context: CliContext) => Promise<void>): Promise<void> {
  const db = await connectDatabase();
  try {
    // A command is one batch job, like the start's own work: its transactions may take far longer than a request's.
    const executor = new Executor(db.driver, loadCypherLibrary(), { database: db.config.neo4j.database, timeoutMs: db.config.startupQueryTimeoutMs });
    await task({ executor, config: db.config });
  } finally {
    await db.close();
  }
}
