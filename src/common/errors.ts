import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAVAILABLE';

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

export class NotFoundError extends TiergraphError {
  constructor(entity: string, id: string, field?: string) {
    super(`${entity} '${id}' not found${field ? ` (${field})` : ''}`, 'NOT_FOUND', { entity, id, ...(field ? { field } : {}) });
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

export class UnavailableError extends TiergraphError {
  constructor(message: string) {
    super(message, 'UNAVAILABLE');
  }
}
