import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';

import { useUrlParam } from '../components/url-state';
import { useI18n } from '../i18n';
import { Assessment, CLAIMS_SECTION, Criterion, onClaimsStep, SaveAnswersMutation, SubmitAssessmentMutation } from './assessment';
import { Draft, draftOf, inputOf, invalidNumbers, NumberField } from './draft';
import { CriterionStep } from './CriterionStep';
import { ClaimsStep } from './ClaimsStep';
import { AnswersReview, FindingList } from './AnswersReview';
import { ExplainedFinding } from './findings';

const SAVE_DELAY_MS = 400;

export interface ProfileCertificate {
  certification: { id: string; name: string };
  validUntil?: string | null;
  isValid: boolean;
}

type SaveState = 'idle' | 'saving' | 'saved' | { failed: string };

/**
 * The self-assessment as steps (`?step=3` in the URL): one per criterion, then the claims, then the review with
 * the submit button. Every change is saved as the draft shortly after it is made.
 */
export function AssessmentForm({ assessment, criteria, certifications, profileCertificates, earlierFindings, onSubmitted }: {
  assessment: Assessment;
  /** What the plausibility check found in the assessment this draft corrects, shown at the step it concerns. */
  earlierFindings: ExplainedFinding[];
  criteria: readonly Criterion[];
  certifications: readonly { id: string; name: string }[];
  profileCertificates: readonly ProfileCertificate[];
  onSubmitted(): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftOf(assessment));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [, saveAnswers] = useMutation(SaveAnswersMutation);
  const [submission, submit] = useMutation(SubmitAssessmentMutation);
  const [stepParam, setStep] = useUrlParam('step');
  const sections = [...criteria.map((c) => c.id), CLAIMS_SECTION, 'review'];
  const step = Math.min(Math.max(Number(stepParam) || 1, 1), sections.length);
  const pending = useRef<Promise<boolean> | null>(null);
  const edited = useRef(false);

  const save = async (values: Draft): Promise<boolean> => {
    if (invalidNumbers(values).length > 0) return false;
    setSaveState('saving');
    const result = await saveAnswers({ assessmentId: assessment.id, input: inputOf(values) });
    if (result.error) {
      setSaveState({ failed: result.error.graphQLErrors[0]?.message ?? result.error.message });
      return false;
    }
    setSaveState('saved');
    return true;
  };

  // Until the user changes something, the form follows the stored draft (a corrected draft gets its old answers
  // a moment after it is started).
  useEffect(() => {
    if (!edited.current) setDraft(draftOf(assessment));
  }, [assessment]);

  useEffect(() => {
    if (!edited.current) return undefined;
    const timer = setTimeout(() => {
      pending.current = save(draft);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const change = (next: Draft) => {
    edited.current = true;
    setSaveState('idle');
    setDraft(next);
  };

  const submitDraft = async () => {
    if (!(await save(draft))) return;
    const result = await submit({ assessmentId: assessment.id });
    if (!result.error) onSubmitted();
  };

  const section = sections[step - 1];
  const criterion = criteria.find((c) => c.id === section);
  const unanswered = criteria.filter((c) => (draft.answers[c.id]?.fulfilled ?? null) === null).length;
  const numberErrors = new Set<NumberField>(invalidNumbers(draft));
  const stepName = (id: string) => (id === CLAIMS_SECTION ? t.readiness.claimsStep : id === 'review' ? t.readiness.reviewStep : t.readiness.criteria[id]?.name ?? id);

  return (
    <div className="assessment-form">
      <nav className="card step-list" aria-label={t.readiness.steps}>
        <ol>
          {sections.map((id, i) => (
            <li key={id}>
              <button type="button" className="link-button" aria-current={i + 1 === step ? 'step' : undefined} onClick={() => setStep(String(i + 1))}>
                <span className="step-no num">{i + 1}</span> {stepName(id)}
                {criteria.some((c) => c.id === id) && draft.answers[id]?.fulfilled != null && <span className="visually-hidden"> ✓</span>}
                {criteria.some((c) => c.id === id) && draft.answers[id]?.fulfilled != null && <span aria-hidden="true" className="step-done"> ✓</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="card step" aria-labelledby="step-title">
        <p className="muted small">{t.readiness.stepOf(step, sections.length)}</p>
        <h2 id="step-title">{stepName(section)}</h2>
        <FindingList findings={earlierFindings.filter((f) => f.section === section || (section === CLAIMS_SECTION && onClaimsStep(f.section)))} />
        {criterion && (
          <CriterionStep criterion={criterion} answer={draft.answers[criterion.id] ?? { fulfilled: null, evidence: '' }}
            onChange={(answer) => change({ ...draft, answers: { ...draft.answers, [criterion.id]: answer } })} />
        )}
        {section === CLAIMS_SECTION && (
          <ClaimsStep draft={draft} onChange={change} certifications={certifications} profileCertificates={profileCertificates} numberErrors={numberErrors} />
        )}
        {section === 'review' && (
          <>
            <AnswersReview assessment={{ ...assessment, ...inputAsAssessment(draft, assessment) }} criteria={criteria} certifications={certifications} findings={[]} />
            {unanswered > 0 && <p className="badge warn">{t.readiness.openAnswers(unanswered)}</p>}
            <p className="muted">{t.readiness.submitHint}</p>
            <button type="button" className="primary" onClick={submitDraft} disabled={submission.fetching || numberErrors.size > 0}>{t.readiness.submit}</button>
            {submission.error && <p className="field-error" role="alert">{t.readiness.submitFailed(submission.error.graphQLErrors[0]?.message ?? submission.error.message)}</p>}
          </>
        )}
        <div className="step-actions">
          <button type="button" onClick={() => setStep(String(step - 1))} disabled={step === 1}>{t.common.actions.previous}</button>
          <SaveStatus state={saveState} />
          <button type="button" onClick={() => setStep(String(step + 1))} disabled={step === sections.length}>{t.common.actions.next}</button>
        </div>
      </section>
    </div>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  const text = state === 'saving' ? t.readiness.saving : state === 'saved' ? t.readiness.saved : state === 'idle' ? '' : t.readiness.saveFailed(state.failed);
  return <span className={typeof state === 'object' ? 'field-error save-status' : 'muted save-status'} role="status" aria-live="polite">{text}</span>;
}

/** The draft in the assessment's shape, for the review step. */
function inputAsAssessment(draft: Draft, assessment: Assessment): Partial<Assessment> {
  const input = inputOf(draft);
  return {
    answers: input.answers.map((a) => ({ fulfilled: a.fulfilled, evidence: a.evidence ?? null, score: 0, criterion: { id: a.criterionId } })),
    claimedCertificationIds: input.claimedCertificationIds ?? assessment.claimedCertificationIds,
    secureInformationHandling: input.secureInformationHandling ?? false,
    informationSecurityAlternative: input.informationSecurityAlternative ?? null,
    productionEmployees: input.productionEmployees ?? null,
    freeCapacityPercent: input.freeCapacityPercent ?? null,
    onTimeDeliveryPercent: input.onTimeDeliveryPercent ?? null,
  };
}
