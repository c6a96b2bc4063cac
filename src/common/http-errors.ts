import { NextFunction, Request, Response } from 'express';

import { HTTP_STATUS, TiergraphError, UnauthenticatedError } from './errors';
import { logger } from './logger';

/** GraphQL's error envelope: the HTTP routes answer in the same shape, so a client reads one kind of error. */
function errorBody(message: string, code: string, field?: unknown) {
  return { errors: [{ message, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } }] };
}

/**
 * The one error handler of the HTTP routes: a typed error answers with its status and, in GraphQL's envelope
 * (`{ errors: [{ message, extensions: { code, field } }] }`), its code, message and field; anything else is logged
 * in full and answered as a masked internal error.
 */
export function httpErrorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error instanceof UnauthenticatedError) {
    res.status(401).set('WWW-Authenticate', 'Bearer').json(errorBody(error.message, 'UNAUTHENTICATED'));
    return;
  }
  if (error instanceof TiergraphError) {
    const code = error.extensions.code as keyof typeof HTTP_STATUS;
    res.status(HTTP_STATUS[code] ?? 503).json(errorBody(error.message, code, error.extensions.field));
    return;
  }
  (req.log ?? logger()).error({ err: error }, 'Request failed');
  res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
}
