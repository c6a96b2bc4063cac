import { apiKeyStore } from '../api/client';
import type { ImportKind } from './templates';

/** The import report the service answers (src/import/import.service.ts). */
export interface ImportReport {
  kind: ImportKind;
  encoding: string;
  delimiter: string;
  rows: number;
  valid: number;
  rejected: { line: number; column: string | null; reason: string }[];
  duplicates: { line: number; id: string; similarTo: string; reason: string }[];
  ignoredColumns: string[];
  written: number;
  dryRun: boolean;
  seconds: number;
  rowsPerSecond: number;
}

export type UploadMode = 'dry-run' | 'all' | 'valid-only';

export class UploadError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

const QUERY: Record<UploadMode, string> = { 'dry-run': 'dryRun=true', all: '', 'valid-only': 'skipInvalid=true' };

/**
 * Sends a file to POST /imports/<kind> with the signed-in key. XMLHttpRequest rather than fetch: it reports how
 * much of a large file has gone up. A 422 (rows rejected, nothing written) still answers a report.
 */
export function uploadImport(kind: ImportKind, file: File, mode: UploadMode, onProgress: (share: number) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/imports/${kind}?${QUERY[mode]}`);
    const key = apiKeyStore.get();
    if (key) request.setRequestHeader('authorization', `Bearer ${key}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { errors?: { message?: string }[] } & Partial<ImportReport> = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        reject(new UploadError(request.statusText, request.status));
        return;
      }
      if (request.status === 200 || request.status === 422) resolve(body as ImportReport);
      else reject(new UploadError(body.errors?.[0]?.message ?? request.statusText, request.status));
    };
    request.onerror = () => reject(new UploadError('network', 0));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}
