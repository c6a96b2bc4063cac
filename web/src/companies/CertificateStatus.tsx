import { daysUntil, useI18n } from '../i18n';

const WARN_DAYS = 90;

/** Whether a certificate holds today: expired, running out within 90 days (a countdown), not yet valid, or valid. */
export function CertificateStatus({ validFrom, validUntil }: { validFrom?: string | null; validUntil?: string | null }) {
  const { t } = useI18n();
  const c = t.companies.certificates;
  if (validUntil) {
    const days = daysUntil(validUntil);
    if (days < 0) return <span className="badge bad">✕ {c.expired}</span>;
    if (days <= WARN_DAYS) return <span className="badge warn">⏳ {c.expiresIn(days)}</span>;
  }
  if (validFrom && daysUntil(validFrom) > 0) return <span className="badge neutral">{c.notYetValid}</span>;
  return <span className="badge good">✓ {c.valid}</span>;
}
