import { ReactNode } from 'react';
import { Link } from 'react-router-dom';

import { canEditCompany, useSession } from '../auth/session';
import { CompanyLink } from '../components/CompanyLink';
import { daysUntil, useI18n } from '../i18n';
import type { Role } from './RolePage';

/** The role's title, what it is, and what can be done with it (teams, print). */
export function RoleHeader({ role }: { role: Role }) {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <header className="page-head role-head">
      <div>
        <p className="kicker">{t.roles.kicker(t.common.tier(role.tier))}</p>
        <h1>{role.title}</h1>
        {role.buyer && (
          <p className="muted">
            {t.roles.facts.buyer}: <CompanyLink company={role.buyer} />
            {role.program && <> · {t.roles.facts.program}: {role.program.name}</>}
          </p>
        )}
      </div>
      <div className="toolbar no-print">
        <Link className="button-link" to={`/roles/${encodeURIComponent(role.id)}/consortia`}>{t.roles.actions.consortia}</Link>
        {role.buyer && canEditCompany(me, role.buyer.id) && (
          <Link className="button-link" to={`/roles/${encodeURIComponent(role.id)}/edit`}>{t.roleEditor.editRole}</Link>
        )}
        <button type="button" onClick={() => window.print()}>{t.roles.actions.print}</button>
      </div>
    </header>
  );
}

/** The role's key facts and its requirements. */
export function RoleFacts({ role }: { role: Role }) {
  const { t, fmt } = useI18n();
  const f = t.roles.facts;
  const statusTone = role.status === 'OPEN' ? 'good' : 'neutral';
  return (
    <div className="role-overview">
      <section className="card role-facts" aria-label={f.label}>
        <dl className="facts">
          <Fact label={f.buyer}>{role.buyer ? <CompanyLink company={role.buyer} /> : t.common.none}</Fact>
          <Fact label={f.program}>
            {role.program ? <>{role.program.name}{role.program.prime && <span className="muted"> ({role.program.prime.name})</span>}</> : t.common.none}
          </Fact>
          <Fact label={f.tier}>{t.common.tier(role.tier)}</Fact>
          <Fact label={f.deadline}>
            {role.deadline ? <>{fmt.date(role.deadline)} <span className="muted">({f.daysLeft(daysUntil(role.deadline))})</span></> : t.common.none}
          </Fact>
          <Fact label={f.quantity}>{role.quantity == null ? t.common.none : fmt.number(role.quantity)}</Fact>
          <Fact label={f.status}><span className={`badge ${statusTone}`}>{t.common.roleStatus[role.status]}</span></Fact>
          <Fact label={f.clearance}>{t.common.clearance[role.securityClearance]}</Fact>
          <Fact label={f.region}>{role.preferredRegion?.name ?? f.anyRegion}</Fact>
          <Fact label={f.maxDistance}>{role.maxDistanceKm == null ? f.anyRegion : fmt.km(role.maxDistanceKm)}</Fact>
          {role.product && role.product !== role.title && <Fact label={f.product}>{role.product}</Fact>}
        </dl>
        {role.description && <p className="role-description">{role.description}</p>}
      </section>
      <Requirements role={role} />
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Requirements({ role }: { role: Role }) {
  const { t, capName } = useI18n();
  const r = t.roles.requirements;
  const obligation = (mandatory: boolean) => (
    <span className={`badge ${mandatory ? '' : 'neutral'}`}>{mandatory ? r.mandatory : r.niceToHave}</span>
  );
  return (
    <section className="card role-requirements" aria-labelledby="requirements-title">
      <h2 id="requirements-title">{r.title}</h2>
      {role.requiredCapabilities.length + role.requiredCertifications.length === 0 ? (
        <p className="state-empty">{r.none}</p>
      ) : (
        <table>
          <thead>
            <tr><th scope="col">{r.requirement}</th><th scope="col">{r.minimum}</th><th scope="col">{r.obligation}</th></tr>
          </thead>
          <tbody>
            {role.requiredCapabilities.map((req) => (
              <tr key={`cap-${req.capability.id}`}>
                <td>{capName(req.capability)}<span className="requirement-kind">{r.capability}</span></td>
                <td>{t.common.level(req.minLevel)}</td>
                <td>{obligation(req.mandatory)}</td>
              </tr>
            ))}
            {role.requiredCertifications.map((req) => (
              <tr key={`cert-${req.certification.id}`}>
                <td>{req.certification.name}<span className="requirement-kind">{r.certification}</span></td>
                <td>{r.evidenceAtLeast(t.common.evidenceLevel[req.minEvidenceLevel])}</td>
                <td>{obligation(req.mandatory)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
