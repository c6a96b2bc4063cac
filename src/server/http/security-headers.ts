import { createHash } from 'node:crypto';

import { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * What the pages of the web application and GraphiQL may load: only what the service itself serves (scripts and
 * styles from its own paths, data from /graphql), no inline script or style unless named by its hash.
 */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The CSP source that allows exactly this inline script or style. */
export function inlineSource(content: string): string {
  return `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
}

/** The Content-Security-Policy of every response, with inline scripts and styles allowed by their hashes (GraphiQL's page). */
export function contentSecurityPolicy(inline: { scripts?: string[]; styles?: string[] } = {}): string {
  const directives: Record<string, string[]> = {
    ...CSP_DIRECTIVES,
    scriptSrc: [...CSP_DIRECTIVES.scriptSrc, ...(inline.scripts ?? []).map(inlineSource)],
    styleSrc: [...CSP_DIRECTIVES.styleSrc, ...(inline.styles ?? []).map(inlineSource)],
  };
  return Object.entries(directives).map(([name, sources]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${sources.join(' ')}`).join('; ');
}

/**
 * The security headers of every response (helmet): the CSP above, no frame may embed a page (clickjacking), the
 * browser sniffs no types and sends no referrer elsewhere.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
}
