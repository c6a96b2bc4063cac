import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';

import { FieldProblems, fieldProblems } from '../api/client';
import { CapabilityOptions } from '../components/CapabilityOptions';
import { LevelMeter } from '../components/LevelMeter';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';
import type { Claim } from './CapabilitiesSection';
import { EditorActions, EvidenceLevelField, RemoveRowButton, useEditorRows } from './editor-rows';
import { EvidenceBadge } from './EvidenceBadge';
import { FieldError, FormRefusal, invalidProps, Refusal } from './FieldError';

const CapabilityTaxonomyQuery = graphql(`
  query CapabilityTaxonomy { capabilities { id name nameDe depth parent { id } } }
`);

const SetCompanyCapabilitiesMutation = graphql(`
  mutation SetCompanyCapabilities($companyId: ID!, $capabilities: [CapabilityClaimInput!]!) {
    setCompanyCapabilities(companyId: $companyId, capabilities: $capabilities) {
      id
      capabilities { level evidence evidenceLevel source capability { id } }
    }
  }
`);

type EvidenceLevel = Claim['evidenceLevel'];

interface ClaimDraft {
  capabilityId: string;
  level: number;
  evidence: string;
  evidenceLevel: EvidenceLevel;
  /** Checked or verified: a company key keeps it as it is (the API does not let self-service weaken it). */
  locked: boolean;
}

const field = (index: number, name: string) => `capabilities[${index}].${name}`;
const LEVELS = [1, 2, 3, 4, 5];

interface Props {
  companyId: string;
  claims: Claim[];
  fullAccess: boolean;
  onSaved(): void;
  onCancel(): void;
}

/** Replaces the company's claims at once (the API writes all or nothing). */
export function CapabilitiesEditor({ companyId, claims, fullAccess, onSaved, onCancel }: Props) {
  const { t, capName } = useI18n();
  const [{ data: taxonomy }] = useQuery({ query: CapabilityTaxonomyQuery });
  const [{ fetching }, save] = useMutation(SetCompanyCapabilitiesMutation);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { rows, update, remove, add } = useEditorRows<ClaimDraft>(
    () => claims.map((claim) => ({
      capabilityId: claim.capability.id,
      level: claim.level,
      evidence: claim.evidence ?? '',
      evidenceLevel: claim.evidenceLevel,
      locked: !fullAccess && claim.evidenceLevel !== 'SELF_DECLARED',
    })),
    () => ({ capabilityId: '', level: 3, evidence: '', evidenceLevel: 'SELF_DECLARED', locked: false }),
    () => setRefusal(null),
  );
  const e = t.companies.edit;
  const c = t.companies.capabilities;
  const nameOf = (id: string) => {
    const capability = taxonomy?.capabilities.find((x) => x.id === id) ?? claims.find((x) => x.capability.id === id)?.capability;
    return capability ? capName(capability) : '';
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldProblems = {};
    rows.forEach((row, index) => { if (!row.capabilityId) missing[field(index, 'capabilityId')] = e.problem.required; });
    if (Object.keys(missing).length > 0) return setRefusal({ problems: missing, byApi: false });
    const result = await save({
      companyId,
      capabilities: rows.map((row) => ({
        capabilityId: row.capabilityId,
        level: row.level,
        evidence: row.evidence.trim() || null,
        evidenceLevel: fullAccess ? row.evidenceLevel : 'SELF_DECLARED',
      })),
    });
    if (result.error) return setRefusal({ problems: fieldProblems(result.error), byApi: true });
    onSaved();
  };

  const fields = rows.flatMap((_, index) => ['capabilityId', 'level', 'evidence', 'evidenceLevel'].map((name) => field(index, name)));
  return (
    <form className="edit-form" onSubmit={submit} noValidate>
      {!fullAccess && <p className="small muted">{e.selfDeclaredOnly}</p>}
      <FormRefusal refusal={refusal} fields={fields} />
      {rows.map((row, index) => {
        const legend = nameOf(row.capabilityId) || e.rowLabel(index + 1);
        const id = (name: string) => `claim-${row.key}-${name}`;
        const p = refusal?.problems ?? {};
        return (
          <fieldset key={row.key} className="edit-row edit-row-claim">
            <legend>{legend}</legend>
            {row.locked ? (
              <div className="locked-row">
                <LevelMeter level={row.level} /> <EvidenceBadge level={row.evidenceLevel} />
                <span className="small muted">{e.lockedRow}</span>
              </div>
            ) : (
              <>
                <div className="edit-field edit-field-wide">
                  <label htmlFor={id('capability')}>{c.capability}</label>
                  <select id={id('capability')} value={row.capabilityId} onChange={(ev) => update(row.key, { capabilityId: ev.target.value })}
                    {...invalidProps(p, field(index, 'capabilityId'))}>
                    <option value="">{e.choose}</option>
                    {taxonomy && <CapabilityOptions capabilities={taxonomy.capabilities} />}
                  </select>
                  <FieldError problems={p} field={field(index, 'capabilityId')} />
                </div>
                <div className="edit-field">
                  <label htmlFor={id('level')}>{c.level}</label>
                  <select id={id('level')} value={row.level} onChange={(ev) => update(row.key, { level: Number(ev.target.value) })}
                    {...invalidProps(p, field(index, 'level'))}>
                    {LEVELS.map((level) => <option key={level} value={level}>{t.common.level(level)}</option>)}
                  </select>
                  <FieldError problems={p} field={field(index, 'level')} />
                </div>
                {fullAccess && (
                  <EvidenceLevelField id={id('evidence-level')} label={c.evidenceLevel} value={row.evidenceLevel}
                    onChange={(evidenceLevel) => update(row.key, { evidenceLevel })} problems={p} field={field(index, 'evidenceLevel')} />
                )}
                <div className="edit-field edit-field-full">
                  <label htmlFor={id('evidence')}>{c.evidence}</label>
                  <input id={id('evidence')} type="text" value={row.evidence} maxLength={2000}
                    onChange={(ev) => update(row.key, { evidence: ev.target.value })} {...invalidProps(p, field(index, 'evidence'))} />
                  <FieldError problems={p} field={field(index, 'evidence')} />
                </div>
              </>
            )}
            <RemoveRowButton legend={legend} onRemove={() => remove(row.key)} />
          </fieldset>
        );
      })}
      <EditorActions addLabel={e.addCapability} onAdd={add} onCancel={onCancel} saving={fetching} />
    </form>
  );
}
