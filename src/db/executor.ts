import neo4j, { BookmarkManager, Driver, ManagedTransaction, Neo4jError, ResultSummary, Session, isDate, isDateTime, isLocalDateTime, isPoint, isDuration, isNode, isRelationship, isInt } from 'neo4j-driver';

import { BadUserInputError, TiergraphError, UnavailableError, UniquenessConflictError } from '../common/errors';
import { queryStarted } from '../common/timing';
import { CypherLibrary } from './cypher';
import { QueryName } from './query-names';
import { toTypedValue, TypedValue } from './typed-values';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a unit of work inside one transaction may do: run named queries. */
export interface QueryRunner {
  run<T = Row>(query: QueryName, params?: Params): Promise<T[]>;
}

/** One operator of a query plan as the driver returns it for `EXPLAIN` (`summary.plan`). */
export interface PlanOperator {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanOperator[];
}

/** What an ad-hoc query may take: each limit is named in the error that stops it. */
export interface AdHocLimits {
  timeoutMs: number;
  maxRows: number;
  /** Size of the converted rows as JSON, in bytes (characters). */
  maxBytes: number;
}

export interface AdHocResult {
  columns: string[];
  rows: TypedValue[][];
}

export type AccessMode = 'READ' | 'WRITE';

/** One named query run inside a transaction, as the executor saw it. */
export interface QueryTiming {
  query: QueryName;
  /** The operation the transaction ran for (the transaction metadata). */
  operation: string;
  mode: AccessMode;
  durationMs: number;
  failed: boolean;
}

/** Told about the executor's work, for logs and metrics; must not throw. */
export interface ExecutorObserver {
  queryFinished(timing: QueryTiming): void;
  /** The number of sessions the executor holds open (each holds at most one connection of the pool). */
  sessionsChanged(open: number): void;
}

/** Used when no database is named: the default database of Neo4j 5 and of Aura. */
export const DEFAULT_DATABASE = 'neo4j';

export interface ExecutorOptions {
  /** The database every session uses; naming it spares a cluster the look-up of the home database. */
  database?: string;
  timeoutMs: number;
  observer?: ExecutorObserver;
}

/** Turns driver values into plain JSON-friendly values: numbers, ISO strings, {latitude, longitude}. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isDuration(value)) return value.toString();
  if (isPoint(value)) return { longitude: value.x, latitude: value.y };
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const plain: Row = {};
    for (const [key, inner] of Object.entries(value as Row)) plain[key] = toPlain(inner);
    return plain;
  }
  return value;
}

/**
 * JavaScript has only one number type; Cypher needs integers for SKIP, LIMIT, levels and counts.
 * Whole numbers go to Neo4j as integers, everything else as it is.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const converted: Row = {};
    for (const [key, inner] of Object.entries(value as Row)) converted[key] = toNeo4jParams(inner);
    return converted;
  }
  return value;
}

/** The time Neo4j itself spent on a query: until the first record was available, plus streaming them out. */
function serverMs(summary: ResultSummary): number {
  return neo4j.integer.toNumber(summary.resultAvailableAfter) + neo4j.integer.toNumber(summary.resultConsumedAfter);
}

function mapError(error: unknown): unknown {
  if (error instanceof TiergraphError) return error;
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new UniquenessConflictError(`The change conflicts with existing data: ${error.message}`);
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return new UnavailableError('The graph database is not reachable; try again shortly');
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new UnavailableError('The query took too long and was stopped');
    }
    if (error.message.startsWith('Connection acquisition timed out')) {
      return new UnavailableError('The graph database is busy; try again shortly');
    }
  }
  return error;
}

/**
 * Errors of a statement typed by a person: what Neo4j refuses (syntax, unknown function or procedure, a write
 * in a read transaction, a missing parameter) goes back to the author in Neo4j's words; a timeout names the limit.
 */
function mapAdHocError(error: unknown, limits?: AdHocLimits): unknown {
  if (error instanceof Neo4jError) {
    if (limits && error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new BadUserInputError('query', `stopped after ${limits.timeoutMs / 1000} s (limit); narrow the query or add LIMIT`);
    }
    if (/^Neo\.ClientError\.(Statement|Procedure)\./.test(error.code)) return new BadUserInputError('query', error.message);
  }
  return mapError(error);
}

/**
 * The only place that opens sessions. Runs named queries from `cypher/` in managed read or write
 * transactions (the driver retries transient failures), with a timeout and the operation name as
 * transaction metadata, and returns plain rows. Every session shares one bookmark manager, so a read
 * sees every write acknowledged before it, also when a cluster routes it to another server.
 */
export class Executor {
  /** Number of queries run so far; tests use it to guard against N+1 query patterns. */
  queryCount = 0;
  private readonly bookmarkManager: BookmarkManager = neo4j.bookmarkManager();
  private readonly database: string;
  private openSessions = 0;

  constructor(
    private readonly driver: Driver,
    private readonly cypher: CypherLibrary,
    private readonly options: ExecutorOptions,
  ) {
    this.database = options.database ?? DEFAULT_DATABASE;
  }

  read<T = Row>(operation: string, query: QueryName, params: Params = {}): Promise<T[]> {
    return this.readTransaction(operation, (tx) => tx.run<T>(query, params));
  }

  write<T = Row>(operation: string, query: QueryName, params: Params = {}): Promise<T[]> {
    return this.writeTransaction(operation, (tx) => tx.run<T>(query, params));
  }

  readTransaction<T>(operation: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction('READ', operation, work);
  }

  /** All queries run by `work` commit together or not at all. */
  writeTransaction<T>(operation: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', operation, work);
  }

  /**
   * Runs a saved analysis from `cypher/analyses/` in a read transaction, so the database refuses any
   * write it might attempt; keys keep the order of the query's RETURN.
   */
  async readStatement(operation: string, statement: string, params: Params): Promise<{ columns: string[]; rows: Row[] }> {
    const session = this.openSession('READ');
    try {
      return await session.executeRead(async (tx) => {
        this.queryCount += 1;
        const queryLoaded = queryStarted();
        let serverTime = 0;
        try {
          const result = tx.run(statement, toNeo4jParams(params) as Params);
          const columns = (await result.keys()).map(String);
          const { records, summary } = await result;
          serverTime = serverMs(summary);
          return { columns, rows: records.map((record) => toPlain(record.toObject()) as Row) };
        } finally {
          queryLoaded?.(serverTime);
        }
      }, { timeout: this.options.timeoutMs, metadata: { app: 'tiergraph', operation } });
    } catch (error) {
      throw mapError(error);
    } finally {
      await this.closeSession(session);
    }
  }

  /** Runs a statement that is not in the query library: schema statements read from `cypher/schema/`. */
  async runSchemaStatement(statement: string): Promise<void> {
    const session = this.openSession('WRITE');
    try {
      await session.executeWrite((tx) => tx.run(statement), { metadata: { app: 'tiergraph', operation: 'migrate' } });
    } catch (error) {
      throw mapError(error);
    } finally {
      await this.closeSession(session);
    }
  }

  /** The plan of a statement (`EXPLAIN`: planned, not run), in a read transaction. */
  async explain(operation: string, statement: string, params: Params): Promise<PlanOperator> {
    const session = this.openSession('READ');
    try {
      return await session.executeRead(async (tx) => {
        const result = await tx.run(`EXPLAIN ${statement}`, toNeo4jParams(params) as Params);
        return result.summary.plan as PlanOperator;
      }, { timeout: this.options.timeoutMs, metadata: { app: 'tiergraph', operation } });
    } catch (error) {
      throw mapAdHocError(error);
    } finally {
      await this.closeSession(session);
    }
  }

  /**
   * Runs a statement typed by a person (the Cypher console, stored analyses) in a read transaction: first its plan
   * goes to `checkPlan`, which throws to refuse it before anything runs; then it runs within `limits`, and the
   * values come back typed (see typed-values.ts), one array per row in the order of `columns`.
   */
  async readAdHoc(
    operation: string, statement: string, params: Params, limits: AdHocLimits, checkPlan: (plan: PlanOperator) => void,
  ): Promise<AdHocResult> {
    const session = this.openSession('READ');
    try {
      return await session.executeRead(async (tx) => {
        const neo4jParams = toNeo4jParams(params) as Params;
        const explained = await tx.run(`EXPLAIN ${statement}`, neo4jParams);
        checkPlan(explained.summary.plan as PlanOperator);
        this.queryCount += 1;
        const result = tx.run(statement, neo4jParams);
        const columns = (await result.keys()).map(String);
        const rows: TypedValue[][] = [];
        let bytes = 0;
        for await (const record of result) {
          if (rows.length === limits.maxRows) {
            throw new BadUserInputError('query', `stopped after ${limits.maxRows} rows (limit); add LIMIT or aggregate`);
          }
          const row = columns.map((column) => toTypedValue(record.get(column)));
          bytes += JSON.stringify(row).length;
          if (bytes > limits.maxBytes) {
            throw new BadUserInputError('query', `stopped at ${Math.round(limits.maxBytes / 1e6)} MB of results (limit); return fewer or smaller values`);
          }
          rows.push(row);
        }
        return { columns, rows };
      }, { timeout: limits.timeoutMs, metadata: { app: 'tiergraph', operation } });
    } catch (error) {
      throw mapAdHocError(error, limits);
    } finally {
      await this.closeSession(session);
    }
  }

  private openSession(mode: AccessMode): Session {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
    });
    this.openSessions += 1;
    this.options.observer?.sessionsChanged(this.openSessions);
    return session;
  }

  private async closeSession(session: Session): Promise<void> {
    try {
      await session.close();
    } finally {
      this.openSessions -= 1;
      this.options.observer?.sessionsChanged(this.openSessions);
    }
  }

  private async transaction<T>(mode: AccessMode, operation: string, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const session = this.openSession(mode);
    const config = { timeout: this.options.timeoutMs, metadata: { app: 'tiergraph', operation } };
    const unitOfWork = (tx: ManagedTransaction) =>
      work({
        run: async <R>(query: QueryName, params: Params = {}) => {
          this.queryCount += 1;
          const started = performance.now();
          const queryLoaded = queryStarted();
          let failed = true;
          let serverTime = 0;
          try {
            const result = await tx.run(this.cypher[query], toNeo4jParams(params) as Params);
            failed = false;
            serverTime = serverMs(result.summary);
            return result.records.map((record) => toPlain(record.toObject()) as R);
          } finally {
            queryLoaded?.(serverTime);
            this.options.observer?.queryFinished({ query, operation, mode, durationMs: performance.now() - started, failed });
          }
        },
      });
    try {
      return mode === 'READ' ? await session.executeRead(unitOfWork, config) : await session.executeWrite(unitOfWork, config);
    } catch (error) {
      throw mapError(error);
    } finally {
      await this.closeSession(session);
    }
  }
}
