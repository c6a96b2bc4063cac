import type { Messages } from '../i18n/de';
import { CLAIMS } from './assessment';

export interface ExplainedFinding {
  /** The criterion or the claim the finding concerns (`general` when it concerns neither). */
  section: string;
  text: string;
  fix: string;
}

type Certification = { id: string; name: string };

/**
 * The API states its plausibility findings in English, one sentence each; this puts them in the user's language
 * with what to fix, beside the answer they concern. An unknown sentence is shown as it is.
 */
export function explainFinding(finding: string, t: Messages['readiness'], certifications: readonly Certification[]): ExplainedFinding[] {
  const nameOf = (id: string) => certifications.find((c) => c.id === id)?.name ?? id;
  const unanswered = /^Criteria not answered: (.*)$/.exec(finding);
  if (unanswered) {
    const ids = unanswered[1].split(', ');
    const names = ids.map((id) => t.criteria[id]?.name ?? id).join(', ');
    return ids.map((id) => ({ section: id, ...t.finding.unanswered(names) }));
  }
  const certificate = /^Claimed certification (\S+) is not a valid certificate/.exec(finding);
  if (certificate) return [{ section: CLAIMS.certifications, ...t.finding.certificateMissing(nameOf(certificate[1])) }];
  if (finding.startsWith('AQAP 2110 is claimed')) return [{ section: CLAIMS.certifications, ...t.finding.aqapWithoutIso }];
  if (finding.startsWith('Secure information handling')) return [{ section: CLAIMS.secureHandling, ...t.finding.secureHandling }];
  const employees = /^Production employees \((\d+)\) exceed the company's employees \((\d+)\)/.exec(finding);
  if (employees) return [{ section: CLAIMS.productionEmployees, ...t.finding.tooManyProductionEmployees(employees[1], employees[2]) }];
  if (finding.startsWith('Capacity and delivery')) return [{ section: 'capacity-and-delivery', ...t.finding.capacityWithoutFigures }];
  return [{ section: 'general', text: finding, fix: '' }];
}

export function explainFindings(findings: readonly string[], t: Messages['readiness'], certifications: readonly Certification[]): ExplainedFinding[] {
  return findings.flatMap((finding) => explainFinding(finding, t, certifications));
}

const EVENT_REASONS: Record<string, 'started' | 'submitted' | 'checksPassed'> = {
  'self-assessment started': 'started',
  'self-assessment submitted': 'submitted',
  'automatic checks passed': 'checksPassed',
};

/**
 * An audit event's reason in the user's language where the service wrote it itself (start, submission, the
 * automatic checks and their findings, an award's validity); a person's own words stay as written.
 */
export function eventReason(reason: string, by: string, t: Messages['readiness'], certifications: readonly Certification[], formatDate: (date: string) => string): string {
  if (EVENT_REASONS[reason]) return t.eventReason[EVENT_REASONS[reason]];
  const awarded = /^Defence Ready awarded until (\d{4}-\d{2}-\d{2})$/.exec(reason);
  if (awarded) return t.eventReason.awarded(formatDate(awarded[1]));
  if (by === 'plausibility check') return reason.split('; ').flatMap((finding) => explainFinding(finding, t, certifications)).map((f) => f.text).join(' ');
  return reason;
}

/** Who moved an assessment, in the user's language where it was the service itself. */
export function eventActor(by: string, t: Messages['readiness']): string {
  return by === 'plausibility check' ? t.actor.plausibilityCheck : by === 'expiry run' ? t.actor.expiryRun : by;
}
