import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { useSession } from '../auth/session';
import { Empty, Forbidden, QueryState } from '../components/states';
import { useUrlParam } from '../components/url-state';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import './readiness.css';

const WorklistQuery = graphql(`
  query ReadinessWorklist($parameters: JSONObject) {
    runAnalysis(name: "defence-ready-worklist", parameters: $parameters) { rows }
  }
`);

const DAY_CHOICES = [30, 60, 90, 180, 365];
const DEFAULT_DAYS = 90;

type Task = 'CHECK_PLAUSIBILITY' | 'RUNS_OUT' | 'EXPIRED';

interface WorkItem {
  task: Task;
  companyId: string;
  company: string;
  assessmentId: string;
  submittedAt: string | null;
  validUntil: string | null;
  days: number;
}

/** The network office's Defence Ready worklist: checks waiting, labels running out within `?days=`, labels run out. */
export default function WorklistPage() {
  const { me } = useSession();
  return me.isStaff ? <Worklist /> : <Forbidden />;
}

function Worklist() {
  const { t } = useI18n();
  const [daysParam, setDays] = useUrlParam('days');
  const days = DAY_CHOICES.includes(Number(daysParam)) ? Number(daysParam) : DEFAULT_DAYS;
  const [result, retry] = useQuery({ query: WorklistQuery, variables: { parameters: { days } } });
  return (
    <div className="readiness-page">
      <div className="page-head">
        <div>
          <h1>{t.readiness.office.title}</h1>
          <p className="muted">{t.readiness.office.intro}</p>
        </div>
        <div className="toolbar no-print">
          <label htmlFor="worklist-days">{t.readiness.office.days}</label>
          <select id="worklist-days" value={days} onChange={(e) => setDays(e.target.value === String(DEFAULT_DAYS) ? null : e.target.value)}>
            {DAY_CHOICES.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
        </div>
      </div>
      <QueryState result={result} onRetry={() => retry({ requestPolicy: 'network-only' })}>
        {({ runAnalysis }) => {
          const items = runAnalysis.rows as unknown as WorkItem[];
          const of = (task: Task) => items.filter((item) => item.task === task);
          return (
            <>
              <WorkSection id="waiting" title={t.readiness.office.waiting} empty={t.readiness.office.waitingEmpty} items={of('CHECK_PLAUSIBILITY')} />
              <WorkSection id="running-out" title={t.readiness.office.runningOut(days)} empty={t.readiness.office.runningOutEmpty} items={of('RUNS_OUT')} />
              <WorkSection id="run-out" title={t.readiness.office.runOut} empty={t.readiness.office.runOutEmpty} items={of('EXPIRED')} />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

function WorkSection({ id, title, empty, items }: { id: string; title: string; empty: string; items: WorkItem[] }) {
  const { t, fmt } = useI18n();
  const waiting = id === 'waiting';
  return (
    <section className="card" aria-labelledby={`worklist-${id}`}>
      <h2 id={`worklist-${id}`}>{title} <span className="muted num">({items.length})</span></h2>
      {items.length === 0 ? <Empty>{empty}</Empty> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.readiness.office.company}</th>
              <th scope="col">{waiting ? t.readiness.office.submitted : t.readiness.validUntil}</th>
              <th scope="col" className="num">{waiting ? t.readiness.office.waitingDays : t.readiness.office.daysLeft}</th>
              <th scope="col"><span className="visually-hidden">{t.readiness.office.open}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.assessmentId}>
                <td><Link to={`/companies/${item.companyId}`}>{item.company}</Link></td>
                <td className="num">{fmt.date(waiting ? item.submittedAt : item.validUntil)}</td>
                <td className="num">{t.readiness.office.dayCount(item.days)}</td>
                <td><Link to={`/readiness/${item.assessmentId}`} aria-label={t.readiness.office.openAssessment(item.company)}>{t.readiness.office.open}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
