import { Router } from 'express';
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

/**
 * POST /imports/<kind> with a multipart field `file` (CSV or XLSX), `?dryRun=true`, `?skipInvalid=true`:
 * the same import as the CLI. Answers the report; 422 when rows were rejected and nothing was written.
 */
export function importRouter(importer: ImportService): Router {
  const router = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  router.post('/imports/:kind', upload.single('file'), async (req, res, next) => {
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
