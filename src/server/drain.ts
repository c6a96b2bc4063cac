import { Server } from 'node:http';

/**
 * Stops taking connections and waits for the requests in flight; after `graceMs` the connections still open
 * are closed. Idle keep-alive connections are closed at once.
 */
export function drain(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}
