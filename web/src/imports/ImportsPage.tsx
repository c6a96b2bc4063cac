import { FormEvent, useState } from 'react';

import { useSession } from '../auth/session';
import { Forbidden } from '../components/states';
import { useUrlParam } from '../components/url-state';
import { useI18n } from '../i18n';
import { ImportReportView } from './ImportReportView';
import { downloadText, IMPORT_KINDS, ImportKind, TEMPLATES } from './templates';
import { ImportReport, uploadImport, UploadError, UploadMode } from './upload';
import './imports.css';

type Stage =
  | { step: 'choose' }
  | { step: 'uploading'; mode: UploadMode; share: number }
  | { step: 'checked'; report: ImportReport }
  | { step: 'imported'; report: ImportReport }
  | { step: 'failed'; message: string };

/** File imports for the network office: the dry run first, then everything or only the valid rows. */
export default function ImportsPage() {
  const { me } = useSession();
  return me.isStaff ? <Imports /> : <Forbidden />;
}

function Imports() {
  const { t } = useI18n();
  const [kindParam, setKind] = useUrlParam('kind');
  const kind: ImportKind = IMPORT_KINDS.find((k) => k === kindParam) ?? 'companies';
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'choose' });

  const send = async (mode: UploadMode) => {
    if (!file) return;
    setStage({ step: 'uploading', mode, share: 0 });
    try {
      const report = await uploadImport(kind, file, mode, (share) => setStage({ step: 'uploading', mode, share }));
      setStage(mode === 'dry-run' ? { step: 'checked', report } : { step: 'imported', report });
    } catch (error) {
      const status = error instanceof UploadError ? error.status : 0;
      setStage({ step: 'failed', message: status === 0 ? t.imports.unreachable : (error as Error).message });
    }
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    void send('dry-run');
  };
  const reset = () => setStage({ step: 'choose' });

  return (
    <div className="imports-page">
      <div className="page-head">
        <div>
          <h1>{t.imports.title}</h1>
          <p className="muted">{t.imports.intro}</p>
        </div>
      </div>
      <form className="card import-form" onSubmit={check} aria-label={t.imports.formLabel}>
        <div className="field">
          <label htmlFor="import-kind">{t.imports.kind}</label>
          <select id="import-kind" value={kind} onChange={(e) => { setKind(e.target.value === 'companies' ? null : e.target.value); reset(); }}>
            {IMPORT_KINDS.map((k) => <option key={k} value={k}>{t.imports.kinds[k]}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t.imports.file}</label>
          <input id="import-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint" onChange={(e) => { setFile(e.target.files?.[0] ?? null); reset(); }} />
          <span id="import-file-hint" className="small muted">{t.imports.fileHint}</span>
        </div>
        <div className="import-actions">
          <button type="submit" className="primary" disabled={!file || stage.step === 'uploading'}>{t.imports.check}</button>
          <button type="button" className="link-button" onClick={() => downloadText(TEMPLATES[kind].fileName, TEMPLATES[kind].text)}>
            {t.imports.template(TEMPLATES[kind].fileName)}
          </button>
        </div>
      </form>
      {stage.step === 'uploading' && (
        <div className="card" role="status" aria-live="polite">
          <label htmlFor="import-progress">{stage.share < 1 ? t.imports.uploading : t.imports.processing}</label>
          <progress id="import-progress" max={1} value={stage.share < 1 ? stage.share : undefined} />
          <span className="num"> {stage.share < 1 ? `${Math.round(stage.share * 100)} %` : ''}</span>
        </div>
      )}
      {stage.step === 'failed' && <p className="card field-error" role="alert">{t.imports.failed(stage.message)}</p>}
      {stage.step === 'checked' && (
        <>
          <ImportReportView report={stage.report} />
          <section className="card no-print" aria-labelledby="import-next">
            <h2 id="import-next">{t.imports.nextTitle}</h2>
            {stage.report.rejected.length > 0 && <p>{t.imports.allBlocked(stage.report.rejected.length)}</p>}
            <div className="import-actions">
              <button type="button" className="primary" disabled={stage.report.rejected.length > 0} onClick={() => send('all')}>
                {t.imports.importAll(stage.report.rows)}
              </button>
              {stage.report.rejected.length > 0 && stage.report.valid > 0 && (
                <button type="button" onClick={() => send('valid-only')}>{t.imports.importValid(stage.report.valid)}</button>
              )}
            </div>
          </section>
        </>
      )}
      {stage.step === 'imported' && (
        <>
          <p className="card import-done" role="status">
            {stage.report.written > 0 ? t.imports.written(stage.report.written, stage.report.rows) : t.imports.nothingWritten}
          </p>
          <ImportReportView report={stage.report} />
        </>
      )}
    </div>
  );
}
