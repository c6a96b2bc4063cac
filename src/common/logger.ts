import pino, { DestinationStream, Logger, LoggerOptions } from 'pino';
import pretty from 'pino-pretty';

/** What code below the server logs through: a pino logger fits, and so does `console`. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LoggerSettings {
  level: string;
  /** One JSON object a line (production, tests) or coloured lines for a person (development). */
  format: 'json' | 'pretty';
}

/**
 * LOG_LEVEL sets the level: `info` unless set, `error` in tests (which refuse requests on purpose and would
 * otherwise print a line for each); NODE_ENV=production or test logs JSON.
 */
export function loggerSettingsFrom(env: NodeJS.ProcessEnv = process.env): LoggerSettings {
  const level = env.LOG_LEVEL?.trim() || (env.NODE_ENV === 'test' ? 'error' : 'info');
  if (!(level in pino.levels.values) && level !== 'silent') {
    throw new Error(`LOG_LEVEL must be one of ${[...Object.keys(pino.levels.values), 'silent'].join(', ')}, not '${env.LOG_LEVEL}'`);
  }
  return { level, format: env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? 'json' : 'pretty' };
}

/** The service's logger; `destination` replaces standard output (tests read the lines from it). */
export function createLogger(settings: LoggerSettings = loggerSettingsFrom(), destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    base: { service: 'tiergraph' },
  };
  if (destination) return pino(options, destination);
  return settings.format === 'pretty' ? pino(options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' })) : pino(options);
}

let processLogger: Logger | undefined;

/** The process's logger, made on first use from the environment. */
export function logger(): Logger {
  processLogger ??= createLogger();
  return processLogger;
}
