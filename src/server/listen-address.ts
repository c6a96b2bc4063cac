/** Where the API listens, and what the start message says about who can reach it. */
export interface ListenAddress {
  host: string;
  exposure: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Safe defaults: without API keys everyone who reaches the API may write, so it listens on 127.0.0.1 only, unless
 * HOST names another interface and ALLOW_OPEN_ACCESS=true says that open access there is meant. With keys it listens
 * on HOST (all interfaces by default). Throws, naming both settings, when HOST is set without keys or the flag.
 */
export function listenAddress(env: { host?: string; allowOpenAccess: boolean }, hasApiKeys: boolean): ListenAddress {
  if (hasApiKeys) {
    const host = env.host ?? '0.0.0.0';
    return { host, exposure: `listening on ${host}; every request needs an API key` };
  }
  if (env.host === undefined || LOOPBACK.has(env.host)) {
    const host = env.host ?? '127.0.0.1';
    return { host, exposure: `open access (no API_KEYS_FILE), so listening on ${host} only: reachable from this machine alone` };
  }
  if (!env.allowOpenAccess) {
    throw new Error(`HOST=${env.host} without API_KEYS_FILE would let everyone on that network read and write: `
      + 'set API_KEYS_FILE, or ALLOW_OPEN_ACCESS=true if open access is meant');
  }
  return { host: env.host, exposure: `OPEN ACCESS on ${env.host} (ALLOW_OPEN_ACCESS=true): everyone who reaches it may read and write everything` };
}
