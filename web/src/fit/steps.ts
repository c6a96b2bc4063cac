import { I18n } from '../i18n';
import type { FitReport } from './FitPage';

type Step = FitReport['cheapestSteps'][number];
type Evidence = 'SELF_DECLARED' | 'PLAUSIBILITY_CHECKED' | 'VERIFIED';

const EVIDENCE_ORDER: Evidence[] = ['SELF_DECLARED', 'PLAUSIBILITY_CHECKED', 'VERIFIED'];

/** What to do about a missing item, said as an action ("Zertifikat AQAP 2110 erneuern"), from its reason. */
export function stepAction({ t, capName }: I18n, step: Step): string {
  const s = t.fit.steps;
  const { item } = step;
  const capability = item.capability ? capName(item.capability) : '';
  const certification = item.certification?.name ?? '';
  switch (item.reason) {
    case 'ABSENT':
      return item.kind === 'CERTIFICATION' ? s.acquireCertificate(certification) : s.buildCapability(capability);
    case 'LEVEL_TOO_LOW':
      return s.raiseLevel(capability, item.requiredLevel ?? null);
    case 'ONLY_BROADER':
      return s.proveNarrower(capability);
    case 'EXPIRED_BEFORE_DEADLINE':
      return s.renewCertificate(certification);
    case 'EVIDENCE_TOO_WEAK': {
      const level = strongestEvidenceDemanded(step);
      return s.strengthenEvidence(certification, level ? t.common.evidenceLevel[level] : null);
    }
    case 'CLEARANCE_TOO_LOW':
      return s.raiseClearance(item.requiredClearance ? t.common.clearance[item.requiredClearance] : null);
    case 'CLEARANCE_NOT_CONFIRMED':
      return s.confirmClearance;
  }
}

/** The evidence the unlocked roles demand for the certification: the step must reach the strictest of them. */
function strongestEvidenceDemanded(step: Step): Evidence | null {
  const levels = step.roles.flatMap((role) => role.requiredCertifications
    .filter((req) => req.certification.id === step.item.certification?.id)
    .map((req) => req.minEvidenceLevel));
  return levels.reduce<Evidence | null>((strongest, level) =>
    (strongest === null || EVIDENCE_ORDER.indexOf(level) > EVIDENCE_ORDER.indexOf(strongest) ? level : strongest), null);
}
