import { useI18n } from '../i18n';
import { GAP_STATUSES, GapStatus, STATUS_SYMBOL } from './status';

interface DomainRollup {
  domain: { id: string; name: string; nameDe: string | null };
  uncovered: number;
  singleSource: number;
  thin: number;
  covered: number;
  roles: number;
}

function countOf(rollup: DomainRollup, status: GapStatus): number {
  return { UNCOVERED: rollup.uncovered, SINGLE_SOURCE: rollup.singleSource, THIN: rollup.thin, COVERED: rollup.covered }[status];
}

/** Per capability domain, how many demanded capabilities are uncovered, single source, thin or covered: a stacked bar and the counts. */
export function DomainRollupTable({ domains }: { domains: DomainRollup[] }) {
  const { t, capName } = useI18n();
  const widest = Math.max(1, ...domains.map((d) => GAP_STATUSES.reduce((sum, s) => sum + countOf(d, s), 0)));
  return (
    <section className="card" aria-labelledby="gap-rollup">
      <h2 id="gap-rollup">{t.gaps.rollupTitle}</h2>
      <div className="table-scroll">
        <table className="gap-rollup">
          <caption className="visually-hidden">{t.gaps.rollupCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.gaps.domain}</th>
              <th scope="col" className="rollup-bar-col">{t.gaps.distribution}</th>
              {GAP_STATUSES.map((status) => (
                <th key={status} scope="col" className="num">
                  <span className={`swatch swatch-${status}`} aria-hidden="true">{STATUS_SYMBOL[status]}</span>
                  {t.common.gapStatus[status]}
                </th>
              ))}
              <th scope="col" className="num">{t.gaps.roles}</th>
            </tr>
          </thead>
          <tbody>
            {domains.map((rollup) => (
              <tr key={rollup.domain.id}>
                <th scope="row">{capName(rollup.domain)}</th>
                <td className="rollup-bar-col">
                  <div className="rollup-bar" aria-hidden="true">
                    {GAP_STATUSES.filter((s) => countOf(rollup, s) > 0).map((status) => (
                      <span key={status} className={`segment segment-${status}`}
                        style={{ width: `${(countOf(rollup, status) / widest) * 100}%` }}>
                        {countOf(rollup, status)}
                      </span>
                    ))}
                  </div>
                </td>
                {GAP_STATUSES.map((status) => (
                  <td key={status} className={`num${countOf(rollup, status) === 0 ? ' zero' : ''}`}>{countOf(rollup, status)}</td>
                ))}
                <td className="num">{rollup.roles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
