import { NextFunction, Request, Response } from 'express';

import { Caller } from './caller';
import { Authenticator } from './api-keys';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** Whether a socket's remote address is this machine (IPv4 127.0.0.0/8, IPv6 ::1, or IPv4 loopback mapped into IPv6). */
export const isLoopbackAddress = (address: string | undefined): boolean => LOOPBACK.test(address ?? '');

/**
 * Express middleware: puts the caller of the request into `res.locals.caller`, with whether it came over loopback
 * (the socket's address, not a forwarded header); a missing or unknown key goes to the error handler (401).
 */
export function authenticate(authenticator: Authenticator) {
  return (req: Request, res: Response, next: NextFunction): void => {
    try {
      const caller = authenticator.callerFor(req.get('authorization'));
      res.locals.caller = Object.freeze({ ...caller, fromLoopback: isLoopbackAddress(req.socket.remoteAddress) });
      next();
    } catch (error) {
      next(error);
    }
  };
}

export const callerOf = (res: Response): Caller => res.locals.caller as Caller;
