import { Router } from 'express';

import { Executor } from '../../db/executor';

/**
 * `/health` is liveness: the process answers (a restart would not help while the database is down).
 * `/ready` is readiness: the database answers a query, and the service is not shutting down; a load
 * balancer sends requests only while it says ready.
 */
export function healthRouter(executor: Executor, isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await executor.read('ready', 'graph/ping');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  return router;
}
