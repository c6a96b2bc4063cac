import { useI18n } from '../i18n';

type EvidenceLevel = 'SELF_DECLARED' | 'PLAUSIBILITY_CHECKED' | 'VERIFIED';

const TONE: Record<EvidenceLevel, string> = { VERIFIED: 'good', PLAUSIBILITY_CHECKED: '', SELF_DECLARED: 'neutral' };
const MARK: Record<EvidenceLevel, string> = { VERIFIED: '✓✓ ', PLAUSIBILITY_CHECKED: '✓ ', SELF_DECLARED: '' };

export const EVIDENCE_LEVELS: EvidenceLevel[] = ['SELF_DECLARED', 'PLAUSIBILITY_CHECKED', 'VERIFIED'];

/** How well a claim or certificate is backed, in words with a mark (not colour alone). */
export function EvidenceBadge({ level }: { level: EvidenceLevel }) {
  const { t } = useI18n();
  return <span className={`badge ${TONE[level]}`}>{MARK[level]}{t.common.evidenceLevel[level]}</span>;
}
