import { useState } from 'react';

import { Empty } from '../components/states';
import { LevelMeter } from '../components/LevelMeter';
import { FragmentOf, graphql, readFragment, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import { CapabilitiesEditor } from './CapabilitiesEditor';
import { EvidenceBadge } from './EvidenceBadge';

export const CompanyCapabilitiesFragment = graphql(`
  fragment CompanyCapabilities on Company {
    id
    capabilities { level evidence evidenceLevel source capability { id name nameDe domain { id name nameDe } } }
  }
`);

export type Claim = ResultOf<typeof CompanyCapabilitiesFragment>['capabilities'][number];

interface Props {
  data: FragmentOf<typeof CompanyCapabilitiesFragment>;
  canEdit: boolean;
  fullAccess: boolean;
}

/** The capability claims, strongest first; edited in place where the caller may. */
export function CapabilitiesSection({ data, canEdit, fullAccess }: Props) {
  const { t, capName, locale } = useI18n();
  const company = readFragment(CompanyCapabilitiesFragment, data);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const claims = [...company.capabilities].sort(
    (a, b) => b.level - a.level || capName(a.capability).localeCompare(capName(b.capability), locale),
  );
  const c = t.companies.capabilities;
  return (
    <section className="card" aria-labelledby="capabilities-title">
      <div className="section-head">
        <h2 id="capabilities-title">{c.title}</h2>
        {saved && !editing && <span role="status" className="badge good">✓ {t.companies.edit.saved}</span>}
        {canEdit && !editing && (
          <button type="button" className="no-print" onClick={() => { setEditing(true); setSaved(false); }}>{t.companies.edit.editCapabilities}</button>
        )}
      </div>
      {editing ? (
        <CapabilitiesEditor companyId={company.id} claims={claims} fullAccess={fullAccess}
          onSaved={() => { setEditing(false); setSaved(true); }} onCancel={() => setEditing(false)} />
      ) : claims.length === 0 ? <Empty>{c.none}</Empty> : (
        <table className="claims-table">
          <thead>
            <tr>
              <th scope="col">{c.capability}</th>
              <th scope="col">{c.level}</th>
              <th scope="col">{c.evidence}</th>
              <th scope="col">{c.evidenceLevel}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.capability.id}>
                <td>
                  <strong>{capName(claim.capability)}</strong>
                  {claim.capability.domain.id !== claim.capability.id && <div className="small muted">{capName(claim.capability.domain)}</div>}
                </td>
                <td><LevelMeter level={claim.level} /></td>
                <td>
                  {claim.evidence ?? <span className="muted">{c.noEvidence}</span>}
                  {claim.source && <div className="small muted">{c.source}: {claim.source}</div>}
                </td>
                <td><EvidenceBadge level={claim.evidenceLevel} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
