import { NextFunction, Request, Response } from 'express';

import { HTTP_STATUS, TiergraphError, UnauthenticatedError } from './errors';

/**
 * The one error handler of the HTTP routes: a typed error answers with its status, code, message and field, as
 * GraphQL reports them; anything else is logged in full and answered as a masked internal error.
 *
 * A missing or unknown key answers 401 in GraphQL's envelope (`{ errors: [{ message, extensions }] }`), since
 * the key check guards /graphql too; the report and import routes answer `{ error: { code, message, field } }`.
 */
export function httpErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error instanceof UnauthenticatedError) {
    res.status(401).set('WWW-Authenticate', 'Bearer').json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
    return;
  }
  if (error instanceof TiergraphError) {
    const code = error.extensions.code as keyof typeof HTTP_STATUS;
    res.status(HTTP_STATUS[code] ?? 503).json({ error: { code, message: error.message, field: error.extensions.field ?? null } });
    return;
  }
  console.error('Request failed', error);
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
}
