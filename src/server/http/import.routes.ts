import { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import multer from 'multer';

import { assertPermitted, Permission } from '../../auth/access';
import { callerOf } from '../../auth/authenticate';
import { sourceOf } from '../../auth/caller';
import { BadUserInputError } from '../../common/errors';
import { validated } from '../../common/validation';
import { IMPORT_KINDS, ImportKind } from '../../import/columns';
import { ImportQuery } from '../../import/import.input';
import { ImportService } from '../../import/import.service';

const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** Headers a plain HTML form cannot send (Apollo's CSRF prevention names the first two; a token is the third). */
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name', 'authorization'];

/**
 * Refuses an upload that a cross-site HTML form could have sent: a multipart POST needs one of the preflight
 * headers, as Apollo Server's CSRF prevention asks of /graphql, so that the browser asks the service first.
 */
function requirePreflightHeader(req: Request, _res: Response, next: NextFunction): void {
  if (PREFLIGHT_HEADERS.some((header) => req.headers[header] !== undefined)) return next();
  next(new BadUserInputError('headers', `an upload needs the header "Apollo-Require-Preflight: true" or an API key (CSRF prevention)`));
}

/** Reads the multipart upload; a broken one (truncated, no boundary) is the client's error, named as such. */
function readUpload(upload: RequestHandler): RequestHandler {
  return (req, res, next) => upload(req, res, (error?: unknown) => {
    if (error === undefined || (error instanceof Error && error.name === 'MulterError')) return next(error);
    next(new BadUserInputError('file', `the multipart upload cannot be read: ${error instanceof Error ? error.message : String(error)}`));
  });
}

/**
 * POST /imports/<kind> with a multipart field `file` (CSV or XLSX), `?dryRun=true`, `?skipInvalid=true`:
 * the same import as the CLI. Answers the report; 422 when rows were rejected and nothing was written.
 */
export function importRouter(importer: ImportService): Router {
  const router = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  router.post('/imports/:kind', requirePreflightHeader, readUpload(upload.single('file')), async (req, res, next) => {
    const kind = req.params.kind as ImportKind;
    if (!IMPORT_KINDS.includes(kind)) {
      return void res.status(404).json({ error: { code: 'NOT_FOUND', message: `import kinds: ${IMPORT_KINDS.join(', ')}`, field: 'kind' } });
    }
    try {
      const caller = callerOf(res);
      assertPermitted(caller, Permission.IMPORT_FILES);
      const query = await validated(Object.assign(new ImportQuery(), { dryRun: req.query.dryRun, skipInvalid: req.query.skipInvalid }));
      if (!req.file) throw new BadUserInputError('file', 'send the file as multipart field "file"');
      const report = await importer.import(req.file.buffer, {
        kind,
        source: `import ${req.file.originalname} (upload by ${sourceOf(caller)})`,
        fileName: req.file.originalname,
        dryRun: query.dryRun === 'true',
        skipInvalid: query.skipInvalid === 'true',
      });
      const failed = report.rejected.length > 0 && report.written === 0 && !report.dryRun;
      res.status(failed ? 422 : 200).json(report);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
