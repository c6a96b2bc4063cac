import { Link } from 'react-router-dom';

import { CompanyLink } from '../components/CompanyLink';
import { useI18n } from '../i18n';
import { GapStatus, STATUS_BADGE, STATUS_SYMBOL } from './status';

interface CompanyRef {
  id: string;
  name: string;
  city: string | null;
}

interface Gap {
  status: GapStatus;
  requiredLevel: number;
  supplierCount: number;
  capability: { id: string; name: string; nameDe: string | null };
  domain: { id: string; name: string; nameDe: string | null };
  suppliers: CompanyRef[];
  demand: { minLevel: number; tier: number | null; deadline: string | null; role: { id: string; title: string; buyer: { id: string; name: string } | null } }[];
  closers: { level: number; distanceKm: number | null; company: CompanyRef }[];
}

export function GapStatusBadge({ status }: { status: GapStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${STATUS_BADGE[status]} gap-status`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
      {t.common.gapStatus[status]}
    </span>
  );
}

/** Every gap, most severe first (the API's order): what is demanded, who holds it in scope, whom to invite. */
export function GapTable({ gaps, closersPerGap }: { gaps: Gap[]; closersPerGap: number }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="gaps-list">
      <div className="section-head">
        <h2 id="gaps-list">{t.gaps.listTitle}</h2>
        <span className="muted">{t.gaps.count(gaps.length)}</span>
      </div>
      <div className="table-scroll">
        <table className="gap-table">
          <thead>
            <tr>
              <th scope="col">{t.gaps.capability}</th>
              <th scope="col">{t.gaps.status}</th>
              <th scope="col">{t.gaps.requiredLevel}</th>
              <th scope="col">{t.gaps.demand}</th>
              <th scope="col">{t.gaps.holders}</th>
              <th scope="col">{t.gaps.closers}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((gap) => <GapRow key={gap.capability.id} gap={gap} closersPerGap={closersPerGap} />)}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function GapRow({ gap, closersPerGap }: { gap: Gap; closersPerGap: number }) {
  const { t, capName, fmt } = useI18n();
  return (
    <tr className={`gap-row gap-${gap.status}`}>
      <th scope="row">
        <span className="gap-capability">{capName(gap.capability)}</span>
        <span className="muted small block">{capName(gap.domain)}</span>
      </th>
      <td><GapStatusBadge status={gap.status} /></td>
      <td className="nowrap">{t.common.level(gap.requiredLevel)}</td>
      <td>
        <ul className="plain-list">
          {gap.demand.map((demand) => (
            <li key={demand.role.id}>
              <Link to={`/roles/${encodeURIComponent(demand.role.id)}`}>{demand.role.title}</Link>
              <span className="muted small block">
                {[
                  demand.tier != null ? t.common.tier(demand.tier) : null,
                  t.common.level(demand.minLevel),
                  demand.role.buyer ? t.gaps.buyer(demand.role.buyer.name) : null,
                  demand.deadline ? t.gaps.deadline(fmt.date(demand.deadline)) : t.gaps.noDeadline,
                ].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        {gap.suppliers.length === 0 ? (
          <span className="muted">{t.gaps.noHolders}</span>
        ) : (
          <ul className="plain-list">
            {gap.suppliers.map((company) => (
              <li key={company.id}><CompanyLink company={company} /></li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {gap.closers.length === 0 ? (
          <span className="muted small">{noClosersText(gap.status, closersPerGap, t.gaps)}</span>
        ) : (
          <ul className="plain-list">
            {gap.closers.map((closer) => (
              <li key={closer.company.id}>
                <CompanyLink company={closer.company} />
                <span className="muted small block">
                  {closer.distanceKm == null
                    ? t.gaps.closerNoDistance(t.common.level(closer.level))
                    : t.gaps.closerLevel(t.common.level(closer.level), fmt.km(closer.distanceKm))}
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** Why a gap lists nobody to invite: covered needs nobody, none were asked for, or nobody outside reaches the level. */
function noClosersText(status: GapStatus, closersPerGap: number, texts: { closersNotNeeded: string; closersNotAsked: string; noClosers: string }): string {
  if (status === 'COVERED') return texts.closersNotNeeded;
  return closersPerGap === 0 ? texts.closersNotAsked : texts.noClosers;
}
