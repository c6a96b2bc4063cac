import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { FieldProblems, fieldProblems } from '../api/client';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import type { HeldCertificate } from './CertificatesSection';
import { CertificateStatus } from './CertificateStatus';
import { EditorActions, EvidenceLevelField, RemoveRowButton, useEditorRows } from './editor-rows';
import { EvidenceBadge } from './EvidenceBadge';
import { FieldError, FormRefusal, invalidProps, Refusal } from './FieldError';

const CertificationCatalogueQuery = graphql(`
  query CertificationCatalogue { certifications { id name } }
`);

const SetCompanyCertificationsMutation = graphql(`
  mutation SetCompanyCertifications($companyId: ID!, $certifications: [CertificateInput!]!) {
    setCompanyCertifications(companyId: $companyId, certifications: $certifications) {
      id
      certifications { certificateNumber scope validFrom validUntil evidenceLevel source certification { id } }
    }
  }
`);

type EvidenceLevel = HeldCertificate['evidenceLevel'];

interface CertificateDraft {
  certificationId: string;
  scope: string;
  certificateNumber: string;
  validFrom: string;
  validUntil: string;
  evidenceLevel: EvidenceLevel;
  /** Checked or verified: a company key keeps it as it is (the API does not let self-service weaken it). */
  locked: boolean;
}

const FIELDS = ['certificationId', 'scope', 'certificateNumber', 'validFrom', 'validUntil', 'evidenceLevel'] as const;
const field = (index: number, name: (typeof FIELDS)[number]) => `certifications[${index}].${name}`;
const orNull = (value: string) => value.trim() || null;

interface Props {
  companyId: string;
  certificates: HeldCertificate[];
  fullAccess: boolean;
  onSaved(): void;
  onCancel(): void;
}

/** Replaces the company's certificates at once (the API writes all or nothing). */
export function CertificatesEditor({ companyId, certificates, fullAccess, onSaved, onCancel }: Props) {
  const { t, fmt } = useI18n();
  const [{ data: catalogue }] = useQuery({ query: CertificationCatalogueQuery });
  const [{ fetching }, save] = useMutation(SetCompanyCertificationsMutation);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { rows, update, remove, add } = useEditorRows<CertificateDraft>(
    () => certificates.map((certificate) => ({
      certificationId: certificate.certification.id,
      scope: certificate.scope ?? '',
      certificateNumber: certificate.certificateNumber ?? '',
      validFrom: certificate.validFrom ?? '',
      validUntil: certificate.validUntil ?? '',
      evidenceLevel: certificate.evidenceLevel,
      locked: !fullAccess && certificate.evidenceLevel !== 'SELF_DECLARED',
    })),
    () => ({ certificationId: '', scope: '', certificateNumber: '', validFrom: '', validUntil: '', evidenceLevel: 'SELF_DECLARED', locked: false }),
    () => setRefusal(null),
  );
  const e = t.companies.edit;
  const c = t.companies.certificates;
  const nameOf = (id: string) => catalogue?.certifications.find((x) => x.id === id)?.name
    ?? certificates.find((x) => x.certification.id === id)?.certification.name ?? '';

  /** What the form can tell before asking the API: a certification chosen, and valid-until not before valid-from. */
  const checkRows = (): FieldProblems => {
    const problems: FieldProblems = {};
    rows.forEach((row, index) => {
      if (!row.certificationId) problems[field(index, 'certificationId')] = e.problem.required;
      if (row.validFrom && row.validUntil && row.validUntil < row.validFrom) problems[field(index, 'validUntil')] = e.problem.untilBeforeFrom;
    });
    return problems;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkRows();
    if (Object.keys(found).length > 0) return setRefusal({ problems: found, byApi: false });
    const result = await save({
      companyId,
      certifications: rows.map((row) => ({
        certificationId: row.certificationId,
        scope: orNull(row.scope),
        certificateNumber: orNull(row.certificateNumber),
        validFrom: orNull(row.validFrom),
        validUntil: orNull(row.validUntil),
        evidenceLevel: fullAccess ? row.evidenceLevel : 'SELF_DECLARED',
      })),
    });
    if (result.error) return setRefusal({ problems: fieldProblems(result.error), byApi: true });
    onSaved();
  };

  const fields = rows.flatMap((_, index) => FIELDS.map((name) => field(index, name)));
  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      {!fullAccess && <p className="small muted">{e.selfDeclaredOnly}</p>}
      <FormRefusal refusal={refusal} fields={fields} />
      {rows.map((row, index) => {
        const legend = nameOf(row.certificationId) || e.rowLabel(index + 1);
        const id = (name: string) => `certificate-${row.key}-${name}`;
        const p = refusal?.problems ?? {};
        const input = (name: 'scope' | 'certificateNumber' | 'validFrom' | 'validUntil', label: string, type: string, maxLength?: number) => (
          <div className={`edit-field${name === 'scope' ? ' edit-field-wide' : ''}`}>
            <label htmlFor={id(name)}>{label}</label>
            <input id={id(name)} type={type} value={row[name]} maxLength={maxLength}
              onChange={(ev) => update(row.key, { [name]: ev.target.value })} {...invalidProps(p, field(index, name))} />
            <FieldError problems={p} field={field(index, name)} />
          </div>
        );
        return (
          <fieldset key={row.key} className="edit-row">
            <legend>{legend}</legend>
            {row.locked ? (
              <div className="locked-row">
                <span>{c.range(fmt.date(row.validFrom || null), row.validUntil ? fmt.date(row.validUntil) : c.open)}</span>
                <CertificateStatus validFrom={row.validFrom} validUntil={row.validUntil} />
                <EvidenceBadge level={row.evidenceLevel} />
                <span className="small muted">{e.lockedRow}</span>
              </div>
            ) : (
              <>
                <div className="edit-field">
                  <label htmlFor={id('certification')}>{c.certification}</label>
                  <select id={id('certification')} value={row.certificationId} onChange={(ev) => update(row.key, { certificationId: ev.target.value })}
                    {...invalidProps(p, field(index, 'certificationId'))}>
                    <option value="">{e.choose}</option>
                    {catalogue?.certifications.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
                  </select>
                  <FieldError problems={p} field={field(index, 'certificationId')} />
                </div>
                {input('scope', c.scope, 'text', 1000)}
                {fullAccess && (
                  <EvidenceLevelField id={id('evidence-level')} label={c.evidenceLevel} value={row.evidenceLevel}
                    onChange={(evidenceLevel) => update(row.key, { evidenceLevel })} problems={p} field={field(index, 'evidenceLevel')} />
                )}
                {input('certificateNumber', c.number, 'text', 100)}
                {input('validFrom', c.validFrom, 'date')}
                {input('validUntil', c.validUntil, 'date')}
              </>
            )}
            <RemoveRowButton legend={legend} onRemove={() => remove(row.key)} />
          </fieldset>
        );
      })}
      <EditorActions addLabel={e.addCertificate} onAdd={add} onCancel={onCancel} saving={fetching} />
    </form>
  );
}
