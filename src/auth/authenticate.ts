import { NextFunction, Request, Response } from 'express';

import { Caller } from '../graphql/caller';
import { Authenticator, UnauthenticatedError } from './api-keys';

/** Express middleware: puts the caller of the request into `res.locals.caller`, or answers 401. */
export function authenticate(authenticator: Authenticator) {
  return (req: Request, res: Response, next: NextFunction): void => {
    try {
      res.locals.caller = authenticator.callerFor(req.get('authorization'));
      next();
    } catch (error) {
      if (!(error instanceof UnauthenticatedError)) return next(error);
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}

export const callerOf = (res: Response): Caller => res.locals.caller as Caller;
