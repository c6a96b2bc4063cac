import { Empty } from '../components/states';
import { useI18n } from '../i18n';
import type { ImportReport } from './upload';

/** What the service found in the file: rows valid and rejected (line, column, reason), possible duplicates. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, fmt } = useI18n();
  return (
    <section className="card import-report" aria-labelledby="import-report">
      <h2 id="import-report">{report.dryRun ? t.imports.reportTitle : t.imports.resultTitle}</h2>
      <dl className="import-figures">
        <div><dt>{t.imports.rows}</dt><dd className="num">{fmt.number(report.rows)}</dd></div>
        <div><dt>{t.imports.valid}</dt><dd className="num"><span className="badge good">✓ {fmt.number(report.valid)}</span></dd></div>
        <div><dt>{t.imports.rejected}</dt><dd className="num"><span className={`badge ${report.rejected.length ? 'bad' : 'neutral'}`}>✗ {fmt.number(report.rejected.length)}</span></dd></div>
        <div><dt>{t.imports.duplicates}</dt><dd className="num">{fmt.number(report.duplicates.length)}</dd></div>
        {!report.dryRun && <div><dt>{t.imports.writtenRows}</dt><dd className="num">{fmt.number(report.written)}</dd></div>}
      </dl>
      <p className="small muted">{t.imports.format(report.encoding, report.delimiter)}</p>
      {report.ignoredColumns.length > 0 && <p className="small">{t.imports.ignored(report.ignoredColumns.join(', '))}</p>}
      <h3 id="import-rejections">{t.imports.rejectionsTitle}</h3>
      {report.rejected.length === 0 ? <Empty>{t.imports.noRejections}</Empty> : (
        <table aria-labelledby="import-rejections">
          <thead><tr><th scope="col" className="num">{t.imports.line}</th><th scope="col">{t.imports.column}</th><th scope="col">{t.imports.reason}</th></tr></thead>
          <tbody>
            {report.rejected.map((problem, i) => (
              <tr key={i}><td className="num">{problem.line}</td><td>{problem.column ?? t.imports.wholeRow}</td><td>{problem.reason}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {report.duplicates.length > 0 && (
        <>
          <h3 id="import-duplicates">{t.imports.duplicatesTitle}</h3>
          <table aria-labelledby="import-duplicates">
            <thead><tr><th scope="col" className="num">{t.imports.line}</th><th scope="col">{t.imports.id}</th><th scope="col">{t.imports.similarTo}</th><th scope="col">{t.imports.reason}</th></tr></thead>
            <tbody>
              {report.duplicates.map((d, i) => (
                <tr key={i}><td className="num">{d.line}</td><td>{d.id}</td><td>{d.similarTo}</td><td>{d.reason}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
