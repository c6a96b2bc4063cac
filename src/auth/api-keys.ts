import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import { UnauthenticatedError } from '../common/errors';
import { ANONYMOUS, Caller } from './caller';

/**
 * One API key as stored in the keys file: never the key itself, only its SHA-256, with whom it belongs to.
 * `npm run api-key` makes a key, stores its entry and prints the key once.
 */
export interface ApiKeyEntry {
  sha256: string;
  kind: 'staff' | 'company';
  name: string;
  companyId?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Reads and checks a keys file; an error names the entry and field that is wrong. */
export function loadApiKeys(file: string): ApiKeyEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`API keys file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`API keys file ${file}: expected a JSON array of keys`);
  return parsed.map((entry: Record<string, unknown>, i) => {
    const where = `API keys file ${file}, entry ${i}`;
    if (typeof entry?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) throw new Error(`${where}: sha256 must be 64 hex digits`);
    if (entry.kind !== 'staff' && entry.kind !== 'company') throw new Error(`${where}: kind must be staff or company`);
    if (typeof entry.name !== 'string' || entry.name.trim() === '') throw new Error(`${where}: name is missing`);
    if (entry.kind === 'company' && (typeof entry.companyId !== 'string' || entry.companyId === '')) {
      throw new Error(`${where}: a company key needs companyId`);
    }
    return { sha256: entry.sha256, kind: entry.kind, name: entry.name, ...(entry.kind === 'company' ? { companyId: entry.companyId as string } : {}) };
  });
}

/** Makes a new key, appends its entry to the keys file (created when missing) and returns the key. */
export function addApiKey(file: string, entry: Omit<ApiKeyEntry, 'sha256'>): string {
  const entries = existsSync(file) ? loadApiKeys(file) : [];
  const key = `tg_${randomBytes(24).toString('base64url')}`;
  entries.push({ sha256: sha256(key), ...entry });
  writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
  return key;
}

/**
 * Turns the Authorization header of a request into a caller. Without configured keys everyone is
 * anonymous and may do everything (a local or demo installation); with keys, every request needs one.
 */
export class Authenticator {
  private readonly byHash: Map<string, ApiKeyEntry>;

  constructor(entries: ApiKeyEntry[] | null) {
    this.byHash = new Map((entries ?? []).map((entry) => [entry.sha256, entry]));
    this.open = entries === null;
  }

  /** No keys configured: everyone may do everything. */
  readonly open: boolean;

  callerFor(authorization: string | undefined): Caller {
    if (this.open) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw new UnauthenticatedError('An API key is required: send it as "Authorization: Bearer <key>"');
    // Only hashes are kept, so a lookup by hash leaks nothing about a key through timing.
    const entry = this.byHash.get(sha256(match[1]));
    if (!entry) throw new UnauthenticatedError('Unknown API key');
    return Object.freeze({ kind: entry.kind, companyId: entry.companyId ?? null, name: entry.name });
  }
}
