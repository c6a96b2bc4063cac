import { ReactNode } from 'react';
import { Link } from 'react-router-dom';

import { CompanyLink } from '../components/CompanyLink';
import { PendingBadge } from '../confirmations/ConfirmButton';
import { FragmentOf, graphql, readFragment } from '../graphql';
import { useI18n } from '../i18n';

export const CompanyHeaderFragment = graphql(`
  fragment CompanyHeader on Company {
    id name legalForm description city postalCode website isPrime sizeClass employees securityClearance clearanceStatus exportControl
    region { id name parent { id name } }
    parentGroup { id name } parentGroupStatus
    readiness { status }
  }
`);

/** Name, the key facts a buyer looks at first, and the way to "Wo passe ich hin?". */
export function CompanyHeader({ data }: { data: FragmentOf<typeof CompanyHeaderFragment> }) {
  const { t, fmt } = useI18n();
  const company = readFragment(CompanyHeaderFragment, data);
  const f = t.companies.facts;
  const facts: [string, ReactNode][] = [
    [f.legalForm, company.legalForm ?? t.common.none],
    [f.place, [company.postalCode, company.city].filter(Boolean).join(' ') || t.common.none],
    [f.region, company.region ? [company.region.name, company.region.parent?.name].filter(Boolean).join(', ') : t.common.none],
    [f.size, company.sizeClass ? t.common.sizeClass[company.sizeClass] : t.common.none],
    [f.employees, company.employees != null ? fmt.number(company.employees) : t.common.none],
    [f.website, company.website ? <WebsiteLink url={company.website} /> : t.common.none],
    [f.clearance, <>{t.common.clearance[company.securityClearance]} {company.clearanceStatus === 'PENDING' && <PendingBadge />}</>],
    [f.exportControl, t.common.exportControl[company.exportControl]],
    ...(company.parentGroup ? [[f.group, (
      <>
        <CompanyLink company={company.parentGroup} /> {company.parentGroupStatus === 'PENDING' && <PendingBadge />}
      </>
    )] as [string, ReactNode]] : []),
  ];
  return (
    <header className="card company-header">
      <div className="company-title">
        <div>
          <h1>{company.name}</h1>
          <p className="company-badges">
            {company.isPrime && <span className="badge">{t.companies.prime}</span>}
            {company.readiness?.status === 'AWARDED' && <span className="badge good">✓ {t.common.readinessStatus.AWARDED}</span>}
          </p>
          {company.description && <p className="company-description">{company.description}</p>}
        </div>
        <Link to={`/companies/${encodeURIComponent(company.id)}/fit`} className="fit-link no-print" aria-describedby="fit-hint">
          {t.companies.fitLink} →
        </Link>
        <span id="fit-hint" className="visually-hidden">{t.companies.fitHint}</span>
      </div>
      <dl className="fact-grid" aria-label={f.label}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

/** Only http(s) addresses become links: a website comes from imported data. */
function WebsiteLink({ url }: { url: string }) {
  if (!/^https?:\/\//i.test(url)) return <>{url}</>;
  return <a href={url} rel="noopener noreferrer">{url.replace(/^https?:\/\//i, '')}</a>;
}
