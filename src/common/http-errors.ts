import { NextFunction, Request, Response } from 'express';

import { HTTP_STATUS, TiergraphError, UnauthenticatedError } from './errors';
import { logger } from './logger';

/** GraphQL's error envelope: the HTTP routes answer in the same shape, so a client reads one kind of error. */
function errorBody(message: string, code: string, field?: unknown) {
  return { errors: [{ message, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } }] };
}

/** What body-parser's errors (`type`) mean for a client: status, code and a message that names the problem. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The body is larger than allowed' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The body has an unsupported content encoding' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The body has an unsupported charset' },
};

/** A client error raised by Express's body parsers or multer (they carry a status or a multer code), or null. */
function clientErrorOf(error: unknown): { status: number; code: string; message: string } | null {
  if (!(error instanceof Error)) return null;
  const { status, type, code } = error as Error & { status?: number; type?: string; code?: string };
  if (error.name === 'MulterError') {
    return code === 'LIMIT_FILE_SIZE'
      ? { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than allowed' }
      : { status: 400, code: 'BAD_REQUEST', message: `The upload is not as expected: ${error.message}` };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return BODY_ERRORS[type ?? ''] ?? { status, code: 'BAD_REQUEST', message: 'The request body cannot be read' };
  }
  return null;
}

/** The last route: anything no route answered is NOT_FOUND, in JSON (never Express's HTML page). */
export function notFoundHandler(req: Request, res: Response): void {
  res.status(404).json(errorBody(`Nothing at ${req.method} ${req.path}`, 'NOT_FOUND'));
}

/** POST /graphql takes JSON only: anything else is refused before Apollo Server sees a body it cannot read. */
export function requireJsonPost(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && !req.is('application/json')) {
    res.status(415).json(errorBody('Send the GraphQL request as Content-Type: application/json', 'UNSUPPORTED_MEDIA_TYPE'));
    return;
  }
  next();
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
  const clientError = clientErrorOf(error);
  if (clientError) {
    res.status(clientError.status).json(errorBody(clientError.message, clientError.code));
    return;
  }
  (req.log ?? logger()).error({ err: error }, 'Request failed');
  res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
}
