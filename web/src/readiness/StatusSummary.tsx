import { useI18n } from '../i18n';
import type { Assessment } from './assessment';

const TONE: Record<Assessment['status'], string> = {
  DRAFT: 'neutral', SUBMITTED: 'neutral', IN_PLAUSIBILITY_CHECK: 'warn', AWARDED: 'good', REJECTED: 'bad', EXPIRED: 'bad',
};

/** Status, score and validity of an assessment in one line. */
export function StatusSummary({ assessment }: { assessment: Pick<Assessment, 'status' | 'score' | 'validUntil'> }) {
  const { t, fmt } = useI18n();
  return (
    <dl className="card readiness-summary">
      <div><dt>{t.readiness.status}</dt><dd><span className={`badge ${TONE[assessment.status]}`}>{t.common.readinessStatus[assessment.status]}</span></dd></div>
      <div><dt>{t.readiness.score}</dt><dd className="num">{fmt.percent(assessment.score)}</dd></div>
      {assessment.validUntil && <div><dt>{t.readiness.validUntil}</dt><dd className="num">{fmt.date(assessment.validUntil)}</dd></div>}
    </dl>
  );
}
