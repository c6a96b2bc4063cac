import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'UNAVAILABLE' | 'LIMIT_EXCEEDED';

/** Base of every error a client may see; anything else is masked as an internal error. */
export abstract class TiergraphError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class BadUserInputError extends TiergraphError {
  constructor(field: string, reason: string) {
    super(`Invalid value for ${field}: ${reason}`, 'BAD_USER_INPUT', { field });
  }
}

export interface InputProblem {
  field: string;
  message: string;
}

/** What class-validator found wrong with an input: every field named, the first one as `field`. */
export class InvalidInputError extends TiergraphError {
  constructor(problems: InputProblem[]) {
    super(`Invalid input: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, 'BAD_USER_INPUT', { field: problems[0]?.field, problems });
  }
}

export class NotFoundError extends TiergraphError {
  constructor(entity: string, id: string, field?: string) {
    super(`${entity} '${id}' not found${field ? ` (${field})` : ''}`, 'NOT_FOUND', { entity, id, ...(field ? { field } : {}) });
  }
}

/** A request without a valid API key where keys are required. */
export class UnauthenticatedError extends TiergraphError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends TiergraphError {
  constructor(message: string, field?: string) {
    super(message, 'FORBIDDEN', field ? { field } : {});
  }
}

export class ConflictError extends TiergraphError {
  constructor(message: string) {
    super(message, 'CONFLICT');
  }
}

/**
 * A write the database refused by a uniqueness constraint: the last guard when two writes race past the check that
 * comes before them. Callers that can name what collided catch it and say so.
 */
export class UniquenessConflictError extends ConflictError {}

export class UnavailableError extends TiergraphError {
  constructor(message: string) {
    super(message, 'UNAVAILABLE');
  }
}

/** A request that asks for more than the service answers (cost, aliases, answer size, time); HTTP 400 on /graphql. */
export class LimitExceededError extends TiergraphError {
  constructor(message: string, details: Record<string, number>) {
    super(message, 'LIMIT_EXCEEDED', { ...details, http: { status: 400 } });
  }
}

/** The HTTP status that answers each code on the REST routes; anything else is the service being unavailable. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, UNAVAILABLE: 503, LIMIT_EXCEEDED: 400,
};
