import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from 'urql';

import { fieldProblems } from '../api/client';
import { useSession } from '../auth/session';
import { CapabilityOptions } from '../components/CapabilityOptions';
import { ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import { useAllCompanies } from '../map/members';
import { MatchPreview } from './MatchPreview';
import { RoleDraft, newRoleId, roleInput } from './role-draft';
import { EditorChoicesQuery, UpsertRoleMutation } from './role-editor-documents';

type Choices = ResultOf<typeof EditorChoicesQuery>;

const TIERS = [1, 2, 3, 4, 5];
const LEVELS = [1, 2, 3, 4, 5];
const CLEARANCES = ['NONE', 'VS_NFD', 'VS_VERTRAULICH', 'GEHEIM'] as const;
const EVIDENCE = ['SELF_DECLARED', 'PLAUSIBILITY_CHECKED', 'VERIFIED'] as const;
const STATUSES = ['OPEN', 'FILLED', 'CANCELLED'] as const;

/** The role form beside the live ranking of who would fit it; saving writes it and opens the role page. */
export function RoleEditor({ choices, initial, isNew, buyerName }: { choices: Choices; initial: RoleDraft; isNew: boolean; buyerName?: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [save, saveRole] = useMutation(UpsertRoleMutation);
  const [missingTitle, setMissingTitle] = useState(false);
  const problems = fieldProblems(save.error);
  const problem = (field: string) => problems[`input.${field}`];
  const set = <K extends keyof RoleDraft>(key: K, value: RoleDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const text = t.roleEditor;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissingTitle(!draft.title.trim());
    if (!draft.title.trim()) return;
    const input = roleInput({ ...draft, id: draft.id || newRoleId(draft.title) });
    const result = await saveRole({ input });
    if (result.data) navigate(`/roles/${result.data.upsertSupplyRole.id}`);
  };

  const field = (id: string, label: string, control: JSX.Element, error?: string, hint?: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && <span className="small muted" id={`${id}-hint`}>{hint}</span>}
      {error && <span className="field-error" id={`${id}-error`}>{error}</span>}
    </div>
  );
  const described = (id: string, error?: string) => ({ 'aria-invalid': Boolean(error), 'aria-describedby': error ? `${id}-error` : undefined });

  return (
    <div className="role-editor-page">
      <div className="page-head">
        <div>
          <h1>{isNew ? text.newTitle : text.editTitle(initial.title)}</h1>
          <p className="muted">{text.intro}</p>
        </div>
        {!isNew && <div className="toolbar"><Link to={`/roles/${initial.id}`}>{text.toRole}</Link></div>}
      </div>
      <div className="role-editor">
        <form className="card role-form" onSubmit={submit} noValidate aria-label={text.formLabel}>
          <h2>{text.basics}</h2>
          {field('role-title', `${text.title} *`, <input id="role-title" value={draft.title} onChange={(e) => set('title', e.target.value)}
            {...described('role-title', missingTitle ? text.titleRequired : problem('title'))} />, missingTitle ? text.titleRequired : problem('title'))}
          <div className="form-row">
            {me.isStaff && isNew ? field('role-buyer', `${text.buyer} *`, <BuyerSelect value={draft.buyerId} onChange={(v) => set('buyerId', v)} />, problem('buyerId'))
              : <div className="field"><span className="label-like">{text.buyer}</span><span>{buyerName ?? me.company?.name}</span></div>}
            {field('role-tier', text.tier, (
              <select id="role-tier" value={draft.tier} onChange={(e) => set('tier', e.target.value)}>
                {TIERS.map((n) => <option key={n} value={n}>{t.common.tier(n)}</option>)}
              </select>
            ), problem('tier'))}
            {!isNew && field('role-status', text.status, (
              <select id="role-status" value={draft.status} onChange={(e) => set('status', e.target.value as RoleDraft['status'])}>
                {STATUSES.map((s) => <option key={s} value={s}>{t.common.roleStatus[s]}</option>)}
              </select>
            ))}
          </div>
          <div className="form-row">
            {field('role-program', text.program, (
              <select id="role-program" value={draft.programId} onChange={(e) => set('programId', e.target.value)}>
                <option value="">{text.noProgram}</option>
                {choices.programs.map((p) => <option key={p.id} value={p.id}>{p.prime ? `${p.name} (${p.prime.name})` : p.name}</option>)}
              </select>
            ), problem('programId'))}
            {field('role-deadline', text.deadline, <input id="role-deadline" type="date" value={draft.deadline} onChange={(e) => set('deadline', e.target.value)}
              {...described('role-deadline', problem('deadline'))} />, problem('deadline'))}
          </div>
          <div className="form-row">
            {field('role-product', text.product, <input id="role-product" value={draft.product} onChange={(e) => set('product', e.target.value)} />)}
            {field('role-quantity', text.quantity, <input id="role-quantity" inputMode="numeric" value={draft.quantity} onChange={(e) => set('quantity', e.target.value)}
              {...described('role-quantity', problem('quantity'))} />, problem('quantity'))}
          </div>
          {field('role-description', text.description, <textarea id="role-description" rows={2} value={draft.description} onChange={(e) => set('description', e.target.value)} />)}

          <h2>{text.whereTitle}</h2>
          <div className="form-row">
            {field('role-region', text.region, (
              <select id="role-region" value={draft.regionId} onChange={(e) => set('regionId', e.target.value)}>
                <option value="">{text.noRegion}</option>
                {choices.regions.filter((r) => r.kind !== 'LAND').map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
              </select>
            ), problem('regionId'))}
            {field('role-distance', text.maxDistance, <input id="role-distance" inputMode="numeric" value={draft.maxDistanceKm}
              onChange={(e) => set('maxDistanceKm', e.target.value)} {...described('role-distance', problem('maxDistanceKm'))} />, problem('maxDistanceKm'))}
            {field('role-clearance', text.clearance, (
              <select id="role-clearance" value={draft.securityClearance} onChange={(e) => set('securityClearance', e.target.value as RoleDraft['securityClearance'])}>
                {CLEARANCES.map((c) => <option key={c} value={c}>{t.common.clearance[c]}</option>)}
              </select>
            ))}
          </div>
          <div className="form-row">
            {field('role-latitude', text.latitude, <input id="role-latitude" inputMode="decimal" value={draft.latitude} onChange={(e) => set('latitude', e.target.value)}
              aria-describedby="role-location-hint" />, problem('location.latitude'))}
            {field('role-longitude', text.longitude, <input id="role-longitude" inputMode="decimal" value={draft.longitude} onChange={(e) => set('longitude', e.target.value)}
              aria-describedby="role-location-hint" />, problem('location.longitude'))}
          </div>
          <p className="small muted" id="role-location-hint">{text.locationHint}</p>

          <h2 id="required-capabilities">{text.capabilities}</h2>
          {draft.capabilities.length === 0 && <p className="muted">{text.noCapabilities}</p>}
          <ul className="requirement-rows" aria-labelledby="required-capabilities">
            {draft.capabilities.map((row, i) => {
              const update = (change: Partial<typeof row>) => set('capabilities', draft.capabilities.map((r, j) => (j === i ? { ...r, ...change } : r)));
              return (
                <li key={i} className="requirement-row">
                  <label htmlFor={`cap-${i}`} className="visually-hidden">{text.capabilityN(i + 1)}</label>
                  <select id={`cap-${i}`} value={row.capabilityId} onChange={(e) => update({ capabilityId: e.target.value })}
                    {...described(`cap-${i}`, problem(`requiredCapabilities[${i}].capabilityId`))}>
                    <option value="">{text.chooseCapability}</option>
                    <CapabilityOptions capabilities={choices.capabilities} />
                  </select>
                  <label htmlFor={`cap-level-${i}`} className="visually-hidden">{text.minLevelN(i + 1)}</label>
                  <select id={`cap-level-${i}`} value={row.minLevel} onChange={(e) => update({ minLevel: Number(e.target.value) })}>
                    {LEVELS.map((n) => <option key={n} value={n}>{text.atLeast(t.common.level(n))}</option>)}
                  </select>
                  <label className="inline-check">
                    <input type="checkbox" checked={row.mandatory} onChange={(e) => update({ mandatory: e.target.checked })} /> {text.mandatory}
                    <span className="visually-hidden"> ({text.capabilityN(i + 1)})</span>
                  </label>
                  <button type="button" className="link-button" onClick={() => set('capabilities', draft.capabilities.filter((_, j) => j !== i))}>
                    {t.common.actions.remove}<span className="visually-hidden"> {text.capabilityN(i + 1)}</span>
                  </button>
                  {problem(`requiredCapabilities[${i}].capabilityId`) && <span className="field-error" id={`cap-${i}-error`}>{problem(`requiredCapabilities[${i}].capabilityId`)}</span>}
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => set('capabilities', [...draft.capabilities, { capabilityId: '', minLevel: 1, mandatory: true }])}>{text.addCapability}</button>
          {problem('requiredCapabilities') && <p className="field-error">{problem('requiredCapabilities')}</p>}

          <h2 id="required-certifications">{text.certifications}</h2>
          {draft.certifications.length === 0 && <p className="muted">{text.noCertifications}</p>}
          <ul className="requirement-rows" aria-labelledby="required-certifications">
            {draft.certifications.map((row, i) => {
              const update = (change: Partial<typeof row>) => set('certifications', draft.certifications.map((r, j) => (j === i ? { ...r, ...change } : r)));
              return (
                <li key={i} className="requirement-row">
                  <label htmlFor={`cert-${i}`} className="visually-hidden">{text.certificationN(i + 1)}</label>
                  <select id={`cert-${i}`} value={row.certificationId} onChange={(e) => update({ certificationId: e.target.value })}>
                    <option value="">{text.chooseCertification}</option>
                    {choices.certifications.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                  </select>
                  <label htmlFor={`cert-evidence-${i}`} className="visually-hidden">{text.minEvidenceN(i + 1)}</label>
                  <select id={`cert-evidence-${i}`} value={row.minEvidenceLevel} onChange={(e) => update({ minEvidenceLevel: e.target.value as typeof row.minEvidenceLevel })}>
                    {EVIDENCE.map((level) => <option key={level} value={level}>{text.evidenceAtLeast(t.common.evidenceLevel[level])}</option>)}
                  </select>
                  <label className="inline-check">
                    <input type="checkbox" checked={row.mandatory} onChange={(e) => update({ mandatory: e.target.checked })} /> {text.mandatory}
                    <span className="visually-hidden"> ({text.certificationN(i + 1)})</span>
                  </label>
                  <button type="button" className="link-button" onClick={() => set('certifications', draft.certifications.filter((_, j) => j !== i))}>
                    {t.common.actions.remove}<span className="visually-hidden"> {text.certificationN(i + 1)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => set('certifications', [...draft.certifications, { certificationId: '', minEvidenceLevel: 'SELF_DECLARED', mandatory: true }])}>
            {text.addCertification}
          </button>

          <div className="form-actions">
            <button type="submit" className="primary" disabled={save.fetching}>{isNew ? text.create : t.common.actions.save}</button>
            {save.error && Object.keys(problems).length === 0 && (
              <span className="field-error" role="alert">{text.saveFailed(save.error.graphQLErrors[0]?.message ?? save.error.message)}</span>
            )}
            {Object.keys(problems).length > 0 && <span className="field-error" role="alert">{text.fixFields}</span>}
          </div>
        </form>
        <MatchPreview draft={draft} />
      </div>
    </div>
  );
}

/** Staff choose the buying company from all companies, by name. */
function BuyerSelect({ value, onChange }: { value: string; onChange(id: string): void }) {
  const { t } = useI18n();
  const companies = useAllCompanies({});
  return (
    <select id="role-buyer" value={value} onChange={(e) => onChange(e.target.value)} disabled={!companies.data}>
      <option value="">{companies.data ? t.roleEditor.chooseBuyer : t.common.state.loading}</option>
      {companies.data?.map((c) => <option key={c.id} value={c.id}>{c.name}{c.city ? ` (${c.city})` : ''}</option>)}
    </select>
  );
}
