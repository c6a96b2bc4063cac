import { I18n, useI18n } from '../i18n';
import './MissingItems.css';

type Reason = 'ABSENT' | 'CLEARANCE_TOO_LOW' | 'CLEARANCE_NOT_CONFIRMED' | 'EVIDENCE_TOO_WEAK' | 'EXPIRED_BEFORE_DEADLINE' | 'LEVEL_TOO_LOW' | 'ONLY_BROADER';
type Evidence = 'SELF_DECLARED' | 'PLAUSIBILITY_CHECKED' | 'VERIFIED';
type Clearance = 'NONE' | 'VS_NFD' | 'VS_VERTRAULICH' | 'GEHEIM';

/** A missing item as the API names it (MissingRequirement). */
export interface MissingItem {
  kind: 'CAPABILITY' | 'CERTIFICATION' | 'SECURITY_CLEARANCE';
  reason: Reason;
  mandatory: boolean;
  capability?: { name: string; nameDe?: string | null } | null;
  certification?: { id: string; name: string } | null;
  requiredLevel?: number | null;
  claimedLevel?: number | null;
  requiredClearance?: Clearance | null;
}

/** What the match knows about a certificate: its end and its evidence, for the sentence about it. */
export interface CertificateFacts {
  certification: { id: string };
  validUntil?: string | null;
  evidenceLevel?: Evidence | null;
  minEvidenceLevel: Evidence;
}

/** A missing item in plain words, built from its reason and names ("AQAP 2110 läuft am … ab, vor der Frist am …"). */
export function missingSentence(
  i18n: I18n, item: MissingItem, facts: readonly CertificateFacts[] = [], deadline: string | null = null,
): string {
  const sentence = reasonSentence(i18n, item, facts.find((f) => f.certification.id === item.certification?.id), deadline);
  return item.mandatory ? sentence : `${sentence} ${i18n.t.roles.missing.niceToHave}`;
}

function reasonSentence({ t, fmt, capName }: I18n, item: MissingItem, fact: CertificateFacts | undefined, deadline: string | null): string {
  const text = t.roles.missing;
  const capability = item.capability ? capName(item.capability) : '';
  const certification = item.certification?.name ?? '';
  switch (item.reason) {
    case 'ABSENT':
      return item.kind === 'CERTIFICATION' ? text.certificationAbsent(certification) : text.capabilityAbsent(capability);
    case 'LEVEL_TOO_LOW':
      return text.capabilityLevel(capability, item.claimedLevel ?? null, item.requiredLevel ?? null);
    case 'ONLY_BROADER':
      return text.capabilityOnlyBroader(capability);
    case 'EXPIRED_BEFORE_DEADLINE':
      return text.certificationExpires(certification, fact?.validUntil ? fmt.date(fact.validUntil) : null, deadline ? fmt.date(deadline) : null);
    case 'EVIDENCE_TOO_WEAK':
      return text.certificationEvidence(
        certification,
        fact?.evidenceLevel ? t.common.evidenceLevel[fact.evidenceLevel] : null,
        fact ? t.common.evidenceLevel[fact.minEvidenceLevel] : null,
      );
    case 'CLEARANCE_TOO_LOW':
      return text.clearance(item.requiredClearance ? t.common.clearance[item.requiredClearance] : null);
    case 'CLEARANCE_NOT_CONFIRMED':
      return text.clearanceNotConfirmed(item.requiredClearance ? t.common.clearance[item.requiredClearance] : null);
  }
}

/** The list of what a company lacks for a role, mandatory items marked as such. */
export function MissingItems({ items, facts, deadline, title, checklist = false }: {
  items: readonly MissingItem[]; facts?: readonly CertificateFacts[]; deadline?: string | null; title?: string;
  /** Show the items as open to-dos (☐) rather than as failures. */
  checklist?: boolean;
}) {
  const i18n = useI18n();
  if (items.length === 0) return null;
  return (
    <div className={checklist ? 'missing-items missing-checklist' : 'missing-items'}>
      {title && <p className="missing-title">{title}</p>}
      <ul>
        {items.map((item, index) => (
          <li key={index} className={item.mandatory ? 'missing-mandatory' : 'missing-optional'}>
            <span aria-hidden="true" className="missing-mark">{checklist ? '☐' : item.mandatory ? '✗' : '○'}</span>
            {missingSentence(i18n, item, facts, deadline ?? null)}
          </li>
        ))}
      </ul>
    </div>
  );
}
