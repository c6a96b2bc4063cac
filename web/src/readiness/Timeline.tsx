import { useI18n } from '../i18n';
import type { Assessment } from './assessment';
import { eventActor, eventReason } from './findings';

type Stage = 'DRAFT' | 'SUBMITTED' | 'IN_PLAUSIBILITY_CHECK' | 'DECIDED' | 'EXPIRY';
const STAGES: Stage[] = ['DRAFT', 'SUBMITTED', 'IN_PLAUSIBILITY_CHECK', 'DECIDED', 'EXPIRY'];

function stageOf(status: Assessment['status']): Stage {
  if (status === 'AWARDED' || status === 'REJECTED') return 'DECIDED';
  if (status === 'EXPIRED') return 'EXPIRY';
  return status;
}

/** The way of an assessment from draft to decision and expiry, with the audit trail (who, when, why) below it. */
export function ReadinessTimeline({ assessment, certifications }: { assessment: Assessment; certifications: readonly { id: string; name: string }[] }) {
  const { t, fmt } = useI18n();
  const current = STAGES.indexOf(stageOf(assessment.status));
  const label = (stage: Stage) => {
    if (stage === 'DECIDED' && current >= 3) return t.common.readinessStatus[assessment.status === 'REJECTED' ? 'REJECTED' : 'AWARDED'];
    if (stage === 'EXPIRY' && assessment.validUntil) {
      return assessment.status === 'EXPIRED' ? t.readiness.expiredOn(fmt.date(assessment.validUntil)) : t.readiness.expiresOn(fmt.date(assessment.validUntil));
    }
    return t.readiness.stage[stage];
  };
  return (
    <section className="card readiness-timeline" aria-labelledby="readiness-timeline">
      <h2 id="readiness-timeline">{t.readiness.timelineTitle}</h2>
      <ol className="stages">
        {STAGES.map((stage, i) => (
          <li key={stage} className={i < current ? 'done' : i === current ? 'current' : 'todo'} aria-current={i === current ? 'step' : undefined}>
            <span className="stage-mark" aria-hidden="true">{i < current ? '✓' : i === current ? '●' : '○'}</span>
            {label(stage)}
          </li>
        ))}
      </ol>
      <h3>{t.readiness.auditTitle}</h3>
      <ol className="audit-trail">
        {assessment.events.map((event, i) => (
          <li key={i}>
            <span className="num">{fmt.dateTime(event.at)}</span>{' '}
            <strong>{event.from ? `${t.common.readinessStatus[event.from]} → ` : ''}{t.common.readinessStatus[event.to]}</strong>{' '}
            <span className="muted">{t.readiness.eventBy(eventActor(event.by, t.readiness))}</span>
            {event.reason && <div className="small">{eventReason(event.reason, event.by, t.readiness, certifications, fmt.date)}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
