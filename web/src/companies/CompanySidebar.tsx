import { Link } from 'react-router-dom';

import { Empty } from '../components/states';
import { FragmentOf, graphql, readFragment } from '../graphql';
import { useI18n } from '../i18n';
import { NrwLocator } from './NrwLocator';

export const CompanySidebarFragment = graphql(`
  fragment CompanySidebar on Company {
    id name city
    location { latitude longitude }
    readiness { status validUntil score }
    networks { since network { id name } }
    contacts { id name function email phone }
    ncageCode vatId dunsNumber handelsregister { text }
  }
`);

const READINESS_TONE = { AWARDED: 'good', REJECTED: 'bad', EXPIRED: 'bad', DRAFT: 'neutral', SUBMITTED: 'warn', IN_PLAUSIBILITY_CHECK: 'warn' } as const;

/** Defence Ready, the location, networks, external identifiers and contact persons. */
export function CompanySidebar({ data }: { data: FragmentOf<typeof CompanySidebarFragment> }) {
  const { t, fmt, locale } = useI18n();
  const company = readFragment(CompanySidebarFragment, data);
  const readiness = company.readiness;
  const networks = [...company.networks].sort((a, b) => a.network.name.localeCompare(b.network.name, locale));
  const identifiers = ([
    ['ncageCode', company.ncageCode],
    ['handelsregister', company.handelsregister?.text],
    ['vatId', company.vatId],
    ['dunsNumber', company.dunsNumber],
  ] as const).filter((entry): entry is readonly [typeof entry[0], string] => Boolean(entry[1]));
  return (
    <>
      <section className="card" aria-labelledby="readiness-title">
        <h2 id="readiness-title">{t.companies.readiness.title}</h2>
        {!readiness ? <Empty>{t.companies.readiness.none}</Empty> : (
          <div className="readiness">
            <span className={`badge ${READINESS_TONE[readiness.status]}`}>
              {readiness.status === 'AWARDED' ? '✓ ' : ''}{t.common.readinessStatus[readiness.status]}
            </span>
            {readiness.validUntil && <span className="small">{t.companies.readiness.validUntil(fmt.date(readiness.validUntil))}</span>}
            <span className="small muted">{t.companies.readiness.score(fmt.percent(readiness.score))}</span>
          </div>
        )}
        <p className="small no-print"><Link to={`/companies/${encodeURIComponent(company.id)}/readiness`}>{t.readiness.openSelfAssessment}</Link></p>
      </section>
      <section className="card" aria-labelledby="location-title">
        <h2 id="location-title">{t.companies.location.title}</h2>
        <NrwLocator place={company.city ?? company.name} location={company.location ?? null} />
      </section>
      <section className="card" aria-labelledby="networks-title">
        <h2 id="networks-title">{t.companies.networks.title}</h2>
        {networks.length === 0 ? <Empty>{t.companies.networks.none}</Empty> : (
          <ul className="plain-list">
            {networks.map(({ network, since }) => (
              <li key={network.id}>
                <strong>{network.name}</strong>
                {since && <div className="small muted">{t.companies.networks.since(fmt.date(since))}</div>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="identifiers-title">
        <h2 id="identifiers-title">{t.companies.identifiers.title}</h2>
        {identifiers.length === 0 ? <Empty>{t.companies.identifiers.none}</Empty> : (
          <dl className="identifier-list">
            {identifiers.map(([kind, value]) => (
              <div key={kind}>
                <dt>{t.companies.identifiers[kind]}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="card" aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t.companies.contacts.title}</h2>
        {company.contacts.length === 0 ? <Empty>{t.companies.contacts.none}</Empty> : (
          <ul className="plain-list">
            {company.contacts.map((person) => (
              <li key={person.id}>
                <strong>{person.name}</strong>
                {person.function && <div className="small">{person.function}</div>}
                {person.email && <div className="small"><span className="muted">{t.companies.contacts.email}: </span><a href={`mailto:${person.email}`}>{person.email}</a></div>}
                {person.phone && <div className="small"><span className="muted">{t.companies.contacts.phone}: </span><a href={`tel:${person.phone.replace(/[^+\d]/g, '')}`}>{person.phone}</a></div>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
