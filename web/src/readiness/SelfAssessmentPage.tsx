import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';

import { canEditCompany, useSession } from '../auth/session';
import { NotFound, QueryState } from '../components/states';
import { useUrlParam } from '../components/url-state';
import { graphql, readFragment } from '../graphql';
import { useI18n } from '../i18n';
import { Assessment, AssessmentFields, CriteriaFields, Criterion, SaveAnswersMutation, StartAssessmentMutation } from './assessment';
import { AnswersReview } from './AnswersReview';
import { AssessmentForm } from './AssessmentForm';
import { draftOf, inputOf } from './draft';
import { ExplainedFinding, explainFindings } from './findings';
import { ReadinessTimeline } from './Timeline';
import { StatusSummary } from './StatusSummary';
import './readiness.css';

const SelfAssessmentQuery = graphql(`
  query SelfAssessment($id: ID!) {
    company(id: $id) {
      id name
      certifications { isValid validUntil certification { id name } }
      readiness { ...AssessmentFields }
    }
    readinessCriteria { ...CriteriaFields }
    certifications { id name }
  }
`, [AssessmentFields, CriteriaFields]);

/** Statuses after which a company starts a new self-assessment instead of editing the last one. */
const CLOSED = new Set(['REJECTED', 'EXPIRED']);

/** Defence Ready for the SME: the self-assessment as steps, the findings of the check, the timeline. */
export default function SelfAssessmentPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: SelfAssessmentQuery, variables: { id } });
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        if (!data.company) return <NotFound />;
        const criteria = data.readinessCriteria.map((c) => readFragment(CriteriaFields, c));
        const assessment = data.company.readiness ? readFragment(AssessmentFields, data.company.readiness) : null;
        return (
          <SelfAssessment company={data.company} assessment={assessment} criteria={criteria} certifications={data.certifications}
            reload={() => refetch({ requestPolicy: 'network-only' })} />
        );
      }}
    </QueryState>
  );
}

function SelfAssessment({ company, assessment, criteria, certifications, reload }: {
  company: { id: string; name: string; certifications: readonly { isValid: boolean; validUntil?: string | null; certification: { id: string; name: string } }[] };
  assessment: Assessment | null;
  criteria: Criterion[];
  certifications: readonly { id: string; name: string }[];
  reload(): void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const mayEdit = canEditCompany(me, company.id);
  const [start, startMutation] = useMutation(StartAssessmentMutation);
  const [, saveAnswers] = useMutation(SaveAnswersMutation);
  const [earlierFindings, setEarlierFindings] = useState<ExplainedFinding[]>([]);
  const [, setStep] = useUrlParam('step');
  const findings = assessment ? explainFindings(assessment.findings, t.readiness, certifications) : [];

  /** A new draft; when it corrects a closed assessment, with that one's answers and its findings beside them. */
  const begin = async (from: Assessment | null) => {
    const started = await startMutation({ companyId: company.id });
    const draft = started.data?.startReadinessAssessment;
    if (draft && from) {
      await saveAnswers({ assessmentId: readFragment(AssessmentFields, draft).id, input: inputOf(draftOf(from)) });
      setEarlierFindings(explainFindings([...from.findings, ...from.rejectionReasons.filter((r) => !from.findings.includes(r))], t.readiness, certifications));
    }
    setStep(null);
    reload();
  };

  return (
    <div className="readiness-page">
      <div className="page-head">
        <div>
          <h1>{t.readiness.selfTitle(company.name)}</h1>
          <p className="muted">{t.readiness.selfIntro}</p>
        </div>
        <div className="toolbar"><Link to={`/companies/${company.id}`}>{t.readiness.backToProfile}</Link></div>
      </div>
      {!assessment && (
        <section className="card">
          <p>{t.readiness.none}</p>
          {mayEdit ? <button type="button" className="primary" onClick={() => begin(null)} disabled={start.fetching}>{t.readiness.start}</button>
            : <p className="muted">{t.readiness.notYours}</p>}
        </section>
      )}
      {assessment && !assessment.complete && (
        <>
          <StatusSummary assessment={assessment} />
          <p className="muted">{t.readiness.labelOnly}</p>
        </>
      )}
      {assessment?.complete && (
        <>
          <StatusSummary assessment={assessment} />
          {assessment.status === 'DRAFT' && mayEdit ? (
            <AssessmentForm key={assessment.id} assessment={assessment} criteria={criteria} certifications={certifications}
              profileCertificates={company.certifications} earlierFindings={earlierFindings}
              onSubmitted={() => { setEarlierFindings([]); setStep(null); reload(); }} />
          ) : (
            <div className="grid-2">
              <div>
                {CLOSED.has(assessment.status) && mayEdit && (
                  <div className="card revise">
                    <button type="button" className="primary" onClick={() => begin(assessment.status === 'REJECTED' ? assessment : null)} disabled={start.fetching}>
                      {assessment.status === 'REJECTED' ? t.readiness.revise : t.readiness.startNew}
                    </button>
                  </div>
                )}
                <AnswersReview assessment={assessment} criteria={criteria} certifications={certifications} findings={findings} />
              </div>
              <ReadinessTimeline assessment={assessment} certifications={certifications} />
            </div>
          )}
          {assessment.status === 'DRAFT' && <ReadinessTimeline assessment={assessment} certifications={certifications} />}
        </>
      )}
    </div>
  );
}
