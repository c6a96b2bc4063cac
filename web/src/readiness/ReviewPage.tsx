import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';

import { useSession } from '../auth/session';
import { CompanyLink } from '../components/CompanyLink';
import { Forbidden, NotFound, QueryState } from '../components/states';
import { graphql, readFragment } from '../graphql';
import { useI18n } from '../i18n';
import { Assessment, AssessmentFields, CriteriaFields } from './assessment';
import { AnswersReview } from './AnswersReview';
import { explainFindings } from './findings';
import { StatusSummary } from './StatusSummary';
import { ReadinessTimeline } from './Timeline';
import './readiness.css';

const ReviewQuery = graphql(`
  query ReadinessReview($assessmentId: ID!) {
    readinessAssessment(assessmentId: $assessmentId) {
      ...AssessmentFields
      company {
        id name city employees exportControl securityClearance
        region { name }
        certifications { isValid validUntil evidenceLevel certification { id name } }
        capabilities { level evidenceLevel capability { id name nameDe } }
      }
    }
    readinessCriteria { ...CriteriaFields }
    certifications { id name }
  }
`, [AssessmentFields, CriteriaFields]);

const AwardMutation = graphql(`
  mutation AwardReadiness($assessmentId: ID!, $validityMonths: Int!, $reason: String) {
    awardReadiness(assessmentId: $assessmentId, validityMonths: $validityMonths, reason: $reason) { ...AssessmentFields }
  }
`, [AssessmentFields]);

const RejectMutation = graphql(`
  mutation RejectReadiness($assessmentId: ID!, $reasons: [String!]!) {
    rejectReadiness(assessmentId: $assessmentId, reasons: $reasons) { ...AssessmentFields }
  }
`, [AssessmentFields]);

/** The network office checks one assessment: answers and evidence beside the company's profile, then award or reject. */
export default function ReviewPage() {
  const { me } = useSession();
  const { assessmentId = '' } = useParams();
  const { t, fmt, capName } = useI18n();
  const [result, refetch] = useQuery({ query: ReviewQuery, variables: { assessmentId } });
  if (!me.isStaff) return <Forbidden />;
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        if (!data.readinessAssessment) return <NotFound />;
        const assessment = readFragment(AssessmentFields, data.readinessAssessment);
        const { company } = data.readinessAssessment;
        const criteria = data.readinessCriteria.map((c) => readFragment(CriteriaFields, c));
        return (
          <div className="readiness-page">
            <div className="page-head">
              <div><h1>{t.readiness.office.reviewTitle(company.name)}</h1></div>
              <div className="toolbar no-print"><Link to="/readiness">{t.readiness.office.toWorklist}</Link></div>
            </div>
            <StatusSummary assessment={assessment} />
            <div className="grid-2 review-grid">
              <div>
                <AnswersReview assessment={assessment} criteria={criteria} certifications={data.certifications}
                  findings={explainFindings(assessment.findings, t.readiness, data.certifications)} />
                <Decision assessment={assessment} onDecided={() => refetch({ requestPolicy: 'network-only' })} />
              </div>
              <div>
                <section className="card" aria-labelledby="review-profile">
                  <h2 id="review-profile">{t.readiness.office.profile}</h2>
                  <p><CompanyLink company={company} /></p>
                  <dl className="answer-list">
                    <div className="answer-row"><dt>{t.readiness.office.employees}</dt><dd className="num">{company.employees ?? t.readiness.notGiven}</dd></div>
                    <div className="answer-row"><dt>{t.readiness.office.region}</dt><dd>{company.region?.name ?? t.readiness.notGiven}</dd></div>
                    <div className="answer-row"><dt>{t.readiness.office.exportControl}</dt><dd>{t.common.exportControl[company.exportControl]}</dd></div>
                    <div className="answer-row"><dt>{t.readiness.office.clearance}</dt><dd>{t.common.clearance[company.securityClearance]}</dd></div>
                  </dl>
                  <h3>{t.readiness.office.certificates}</h3>
                  {company.certifications.length === 0 ? <p className="state state-empty">{t.readiness.office.noCertificates}</p> : (
                    <ul className="plain-list">
                      {company.certifications.map((c) => (
                        <li key={c.certification.id}>
                          <strong>{c.certification.name}</strong>{' '}
                          <span className={`badge ${c.isValid ? 'good' : 'bad'}`}>{c.isValid ? t.readiness.office.valid : t.readiness.office.invalid}</span>{' '}
                          <span className="small muted">{t.readiness.validUntil} {fmt.date(c.validUntil)} · {t.common.evidenceLevel[c.evidenceLevel]}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <h3>{t.readiness.office.capabilities}</h3>
                  <ul className="plain-list">
                    {company.capabilities.map((c) => (
                      <li key={c.capability.id}>{capName(c.capability)} · {t.common.level(c.level)} · <span className="small muted">{t.common.evidenceLevel[c.evidenceLevel]}</span></li>
                    ))}
                  </ul>
                </section>
                <ReadinessTimeline assessment={assessment} certifications={data.certifications} />
              </div>
            </div>
          </div>
        );
      }}
    </QueryState>
  );
}

/** Award with a validity, or reject with reasons; only while the assessment is in the plausibility check. */
function Decision({ assessment, onDecided }: { assessment: Assessment; onDecided(): void }) {
  const { t } = useI18n();
  const [months, setMonths] = useState('24');
  const [note, setNote] = useState('');
  const [reasons, setReasons] = useState('');
  const [reasonsMissing, setReasonsMissing] = useState(false);
  const [award, awardMutation] = useMutation(AwardMutation);
  const [reject, rejectMutation] = useMutation(RejectMutation);
  if (assessment.status !== 'IN_PLAUSIBILITY_CHECK') return null;
  const failure = award.error ?? reject.error;

  const onAward = async (e: FormEvent) => {
    e.preventDefault();
    const result = await awardMutation({ assessmentId: assessment.id, validityMonths: Number(months), reason: note.trim() || null });
    if (!result.error) onDecided();
  };
  const onReject = async (e: FormEvent) => {
    e.preventDefault();
    const given = reasons.split('\n').map((r) => r.trim()).filter(Boolean);
    setReasonsMissing(given.length === 0);
    if (given.length === 0) return;
    const result = await rejectMutation({ assessmentId: assessment.id, reasons: given });
    if (!result.error) onDecided();
  };
  return (
    <section className="card decision no-print" aria-labelledby="decision-title">
      <h2 id="decision-title">{t.readiness.office.decision}</h2>
      <form onSubmit={onAward} className="decision-form">
        <div className="field">
          <label htmlFor="award-months">{t.readiness.office.validityMonths}</label>
          <input id="award-months" type="number" min={1} max={60} value={months} onChange={(e) => setMonths(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="award-note">{t.readiness.office.awardReason}</label>
          <input id="award-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={award.fetching}>{t.readiness.office.award}</button>
      </form>
      <form onSubmit={onReject} className="decision-form">
        <div className="field">
          <label htmlFor="reject-reasons">{t.readiness.office.reasons}</label>
          <textarea id="reject-reasons" rows={3} value={reasons} onChange={(e) => setReasons(e.target.value)}
            aria-invalid={reasonsMissing} aria-describedby={reasonsMissing ? 'reject-reasons-error' : undefined} />
          {reasonsMissing && <span id="reject-reasons-error" className="field-error">{t.readiness.office.reasonsRequired}</span>}
        </div>
        <button type="submit" disabled={reject.fetching}>{t.readiness.office.reject}</button>
      </form>
      {failure && <p className="field-error" role="alert">{t.readiness.office.decisionFailed(failure.graphQLErrors[0]?.message ?? failure.message)}</p>}
    </section>
  );
}
