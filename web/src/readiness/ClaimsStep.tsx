import { useI18n } from '../i18n';
import type { ProfileCertificate } from './AssessmentForm';
import { Draft, NumberField } from './draft';

/** The claims: certifications held, secure information handling, production employees, capacity, delivery. */
export function ClaimsStep({ draft, onChange, certifications, profileCertificates, numberErrors }: {
  draft: Draft;
  onChange(draft: Draft): void;
  certifications: readonly { id: string; name: string }[];
  profileCertificates: readonly ProfileCertificate[];
  numberErrors: Set<NumberField>;
}) {
  const { t, fmt } = useI18n();
  const toggle = (id: string, on: boolean) => onChange({
    ...draft,
    claimedCertificationIds: on ? [...draft.claimedCertificationIds, id] : draft.claimedCertificationIds.filter((c) => c !== id),
  });
  const inProfile = (id: string) => profileCertificates.find((c) => c.certification.id === id && c.isValid);
  const numberField = (field: NumberField, label: string, percent: boolean) => (
    <div className="field">
      <label htmlFor={`claim-${field}`}>{label}</label>
      <input id={`claim-${field}`} inputMode="numeric" value={draft[field]} aria-invalid={numberErrors.has(field)}
        aria-describedby={numberErrors.has(field) ? `claim-${field}-error` : undefined}
        onChange={(e) => onChange({ ...draft, [field]: e.target.value })} />
      {numberErrors.has(field) && <span id={`claim-${field}-error`} className="field-error">{percent ? t.readiness.percentRange : t.readiness.wholeNumber}</span>}
    </div>
  );
  return (
    <div className="claims-step">
      <fieldset>
        <legend>{t.readiness.claimedCertifications}</legend>
        <ul className="certificate-choices">
          {certifications.map((certification) => {
            const held = inProfile(certification.id);
            return (
              <li key={certification.id}>
                <label className="choice">
                  <input type="checkbox" checked={draft.claimedCertificationIds.includes(certification.id)}
                    onChange={(e) => toggle(certification.id, e.target.checked)} />
                  {' '}{certification.name}{' '}
                  <span className="small muted">({held ? t.readiness.inProfile(fmt.date(held.validUntil)) : t.readiness.notInProfile})</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={draft.secureInformationHandling}
          onChange={(e) => onChange({ ...draft, secureInformationHandling: e.target.checked })} /> {t.readiness.secureHandling}
      </label>
      {draft.secureInformationHandling && (
        <div className="field">
          <label htmlFor="claim-alternative">{t.readiness.alternative}</label>
          <textarea id="claim-alternative" rows={2} maxLength={2000} value={draft.informationSecurityAlternative} aria-describedby="claim-alternative-hint"
            onChange={(e) => onChange({ ...draft, informationSecurityAlternative: e.target.value })} />
          <span id="claim-alternative-hint" className="small muted">{t.readiness.alternativeHint}</span>
        </div>
      )}
      <div className="claim-numbers">
        {numberField('productionEmployees', t.readiness.productionEmployees, false)}
        {numberField('freeCapacityPercent', t.readiness.freeCapacity, true)}
        {numberField('onTimeDeliveryPercent', t.readiness.onTimeDelivery, true)}
      </div>
    </div>
  );
}
