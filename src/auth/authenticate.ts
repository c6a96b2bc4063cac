import { NextFunction, Request, Response } from 'express';

import { Caller } from './caller';
import { Authenticator } from './api-keys';

/** Express middleware: puts the caller of the request into `res.locals.caller`; a missing or unknown key goes to the error handler (401). */
export function authenticate(authenticator: Authenticator) {
  return (req: Request, res: Response, next: NextFunction): void => {
    try {
      res.locals.caller = authenticator.callerFor(req.get('authorization'));
      next();
    } catch (error) {
      next(error);
    }
  };
}

export const callerOf = (res: Response): Caller => res.locals.caller as Caller;
