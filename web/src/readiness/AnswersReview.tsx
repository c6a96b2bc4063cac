import { useI18n } from '../i18n';
import { Assessment, CLAIMS, Criterion } from './assessment';
import { ExplainedFinding } from './findings';

/** The findings that concern one section, each with what to fix. */
export function FindingList({ findings }: { findings: ExplainedFinding[] }) {
  const { t } = useI18n();
  if (findings.length === 0) return null;
  return (
    <ul className="findings" aria-label={t.readiness.findingsTitle}>
      {findings.map((finding, i) => (
        <li key={i} className="finding">
          <span className="badge bad" aria-hidden="true">!</span> {finding.text}
          {finding.fix && <div className="small"><strong>{t.readiness.fix}:</strong> {finding.fix}</div>}
        </li>
      ))}
    </ul>
  );
}

type Certification = { id: string; name: string };

/** An assessment's answers and claims as read-only lists, each with the findings that concern it. */
export function AnswersReview({ assessment, criteria, certifications, findings }: {
  assessment: Assessment;
  criteria: readonly Criterion[];
  certifications: readonly Certification[];
  findings: ExplainedFinding[];
}) {
  const { t, fmt } = useI18n();
  const answerOf = (id: string) => assessment.answers.find((a) => a.criterion.id === id);
  const about = (section: string) => findings.filter((f) => f.section === section);
  const nameOf = (id: string) => certifications.find((c) => c.id === id)?.name ?? id;
  const number = (value: number | null | undefined, suffix = '') => (value == null ? t.readiness.notGiven : `${fmt.number(value)}${suffix}`);
  return (
    <>
      <section className="card" aria-labelledby="answers-title">
        <h2 id="answers-title">{t.readiness.answersTitle}</h2>
        <dl className="answer-list">
          {criteria.map((criterion) => {
            const answer = answerOf(criterion.id);
            return (
              <div key={criterion.id} className="answer-row">
                <dt>{t.readiness.criteria[criterion.id]?.name ?? criterion.name}</dt>
                <dd>
                  {!answer ? <span className="muted">{t.readiness.unanswered}</span> : (
                    <>
                      <span className={`badge ${answer.fulfilled ? 'good' : 'neutral'}`}>
                        {answer.fulfilled ? `✓ ${t.readiness.answeredYes}` : `✗ ${t.readiness.answeredNo}`}
                      </span>{' '}
                      {answer.evidence ? answer.evidence : answer.fulfilled && <span className="muted">{t.readiness.noEvidence}</span>}
                    </>
                  )}
                  <FindingList findings={about(criterion.id)} />
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
      <section className="card" aria-labelledby="claims-title">
        <h2 id="claims-title">{t.readiness.claimsTitle}</h2>
        <dl className="answer-list">
          <div className="answer-row">
            <dt>{t.readiness.claimedCertifications}</dt>
            <dd>
              {assessment.claimedCertificationIds.length === 0 ? t.readiness.notGiven : assessment.claimedCertificationIds.map(nameOf).join(', ')}
              <FindingList findings={about(CLAIMS.certifications)} />
            </dd>
          </div>
          <div className="answer-row">
            <dt>{t.readiness.secureHandling}</dt>
            <dd>
              {assessment.secureInformationHandling ? t.readiness.yes : t.readiness.no}
              {assessment.informationSecurityAlternative && <div className="small">{t.readiness.alternative}: {assessment.informationSecurityAlternative}</div>}
              <FindingList findings={about(CLAIMS.secureHandling)} />
            </dd>
          </div>
          <div className="answer-row">
            <dt>{t.readiness.productionEmployees}</dt>
            <dd><span className="num">{number(assessment.productionEmployees)}</span><FindingList findings={about(CLAIMS.productionEmployees)} /></dd>
          </div>
          <div className="answer-row"><dt>{t.readiness.freeCapacity}</dt><dd className="num">{number(assessment.freeCapacityPercent, ' %')}</dd></div>
          <div className="answer-row"><dt>{t.readiness.onTimeDelivery}</dt><dd className="num">{number(assessment.onTimeDeliveryPercent, ' %')}</dd></div>
        </dl>
        <FindingList findings={about('general')} />
      </section>
    </>
  );
}
