import { existsSync } from 'node:fs';
import path from 'node:path';

import express, { Router } from 'express';

import { PROJECT_ROOT } from '../../common/paths';

export const WEB_DIST_DIR = path.join(PROJECT_ROOT, 'web', 'dist');

/** Paths that belong to the API, never to the web application's pages. */
const API_PREFIXES = ['/graphql', '/graphiql', '/reports', '/imports', '/health', '/ready', '/metrics', '/assets'];
/** Pages at an API prefix itself: the import page is /imports, its uploads go to /imports/<kind>. */
const PAGES_AT_API_PREFIX = ['/imports'];

const isApiPath = (pathName: string) => !PAGES_AT_API_PREFIX.includes(pathName)
  && API_PREFIXES.some((prefix) => pathName === prefix || pathName.startsWith(`${prefix}/`));

/**
 * The web application (web/, built by Vite into web/dist): hashed assets cached for a year, and index.html for
 * every page path, so that a deep link like /roles/role-002 opens the page it names. The security headers
 * (CSP, frames, sniffing) come from securityHeaders, as for every response.
 */
export function webAppRouter(distDir: string = WEB_DIST_DIR): Router {
  const router = Router();
  const indexHtml = path.join(distDir, 'index.html');
  router.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  router.use('/assets', (_req, res) => void res.status(404).end());
  router.get(/.*/, (req, res, next) => {
    if (isApiPath(req.path)) return next();
    if (req.accepts(['html', 'json']) !== 'html') return next();
    if (!existsSync(indexHtml)) {
      return void res.status(503).type('text').send('The web application is not built yet: run `npm run build:web` (npm start does it).');
    }
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
