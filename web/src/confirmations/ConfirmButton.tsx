import { useState } from 'react';
import { CombinedError } from 'urql';

import { useI18n } from '../i18n';
import './confirm-button.css';

/**
 * "Bestätigen" for one pending fact: `label` names what it confirms for screen readers (a table has many such
 * buttons); a refusal is shown beside it in the API's words.
 */
export function ConfirmButton({ label, onConfirm }: { label: string; onConfirm(): Promise<{ error?: CombinedError }> }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setRefusal(null);
    const { error } = await onConfirm();
    setBusy(false);
    if (error) setRefusal(error.graphQLErrors[0]?.message ?? error.message);
  };
  return (
    <span className="confirm-action no-print">
      <button type="button" className="primary" aria-label={label} disabled={busy} onClick={confirm}>
        {busy ? t.confirmations.confirming : t.confirmations.confirm}
      </button>
      {refusal && <span className="field-error" role="alert">{t.confirmations.failed(refusal)}</span>}
    </span>
  );
}

/** The text badge of a fact waiting for its second voice (never colour alone). */
export function PendingBadge() {
  const { t } = useI18n();
  return <span className="badge warn">◷ {t.confirmations.pending}</span>;
}
