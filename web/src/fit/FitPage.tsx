import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { CompanyLink } from '../components/CompanyLink';
import { useScoreFormat } from '../components/ScoreBars';
import { Empty, QueryState } from '../components/states';
import { graphql, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import { MissingItems } from '../roles/MissingItems';
import { stepAction } from './steps';
import './fit.css';

const FitQuery = graphql(`
  query WhereDoIFit($companyId: ID!, $first: Int!) {
    whereDoIFit(companyId: $companyId, first: $first) {
      company { id name city }
      qualifying {
        score
        role { id title deadline tier buyer { id name } program { id name } }
      }
      nearMisses {
        score
        role { id title deadline tier buyer { id name } program { id name } }
        missing {
          kind reason mandatory requiredLevel claimedLevel requiredClearance
          capability { name nameDe } certification { id name }
        }
        certificationMatches { certification { id } validUntil evidenceLevel minEvidenceLevel }
      }
      cheapestSteps {
        rolesUnlocked
        item {
          kind reason mandatory requiredLevel claimedLevel requiredClearance
          capability { name nameDe } certification { id name }
        }
        roles { id title requiredCertifications { certification { id } minEvidenceLevel } }
      }
      reach { tier program { id name } under { id name } prime { id name } chain { id name } }
      partners { company { id name city } covers { id name nameDe } roles { id title } distanceKm }
    }
  }
`);

export type FitReport = ResultOf<typeof FitQuery>['whereDoIFit'];
type RoleMatch = FitReport['qualifying'][number];
type NearMiss = FitReport['nearMisses'][number];

const ROLES_SHOWN = 20;

/** Where a company fits: the roles it fills, those it narrowly misses and why, what to do next, and with whom. */
export default function FitPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: FitQuery, variables: { companyId: id, first: ROLES_SHOWN } });
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => <FitView report={data.whereDoIFit} />}
    </QueryState>
  );
}

function FitView({ report }: { report: FitReport }) {
  const { t } = useI18n();
  const f = t.fit;
  return (
    <article className="fit-page">
      <header className="page-head">
        <div>
          <p className="kicker">{f.kicker}</p>
          <h1>{f.title(report.company.name)}</h1>
          <p className="muted fit-intro">{f.intro}</p>
        </div>
        <div className="toolbar">
          <Link className="button-link" to={`/companies/${encodeURIComponent(report.company.id)}`}>{f.backToProfile}</Link>
        </div>
      </header>
      <dl className="fit-summary" aria-label={f.summary.label}>
        <Figure value={report.qualifying.length} label={f.summary.qualifying} tone="good" />
        <Figure value={report.nearMisses.length} label={f.summary.nearMisses} tone="warn" />
        <Figure value={report.cheapestSteps.length} label={f.summary.steps} tone="brand" />
        <Figure value={report.partners.length} label={f.summary.partners} tone="brand" />
      </dl>
      <div className="fit-grid">
        <div>
          <Qualifying matches={report.qualifying} />
          <NearMisses misses={report.nearMisses} />
        </div>
        <div>
          <Steps steps={report.cheapestSteps} />
          <Reach reach={report.reach} />
          <Partners partners={report.partners} />
        </div>
      </div>
    </article>
  );
}

function Figure({ value, label, tone }: { value: number; label: string; tone: string }) {
  return (
    <div className={`fit-figure tone-${tone}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function RoleLink({ role }: { role: { id: string; title: string } }) {
  return <Link to={`/roles/${encodeURIComponent(role.id)}`}>{role.title}</Link>;
}

function Qualifying({ matches }: { matches: readonly RoleMatch[] }) {
  const { t, fmt } = useI18n();
  const score = useScoreFormat();
  const q = t.fit.qualifying;
  return (
    <section className="card" aria-labelledby="qualifying-title">
      <h2 id="qualifying-title">{q.title}</h2>
      {matches.length === 0 ? <Empty>{q.empty}</Empty> : (
        <table className="qualifying-table">
          <thead>
            <tr>
              <th scope="col">{q.role}</th><th scope="col">{q.buyer}</th><th scope="col">{q.deadline}</th>
              <th scope="col" className="num">{q.score}</th>
            </tr>
          </thead>
          <tbody>
            {matches.map(({ role, score: value }) => role && (
              <tr key={role.id} data-role={role.id}>
                <td>
                  <RoleLink role={role} />
                  <span className="small muted block">{t.common.tier(role.tier)}{role.program && ` · ${role.program.name}`}</span>
                </td>
                <td>{role.buyer ? <CompanyLink company={role.buyer} /> : t.common.none}</td>
                <td>{fmt.date(role.deadline)}</td>
                <td className="num fit-score">{score(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function NearMisses({ misses }: { misses: readonly NearMiss[] }) {
  const { t, fmt } = useI18n();
  const score = useScoreFormat();
  const n = t.fit.nearMisses;
  return (
    <section className="card" aria-labelledby="near-misses-title">
      <h2 id="near-misses-title">{n.title}</h2>
      {misses.length === 0 ? <Empty>{n.empty}</Empty> : (
        <>
          <p className="small muted section-intro">{n.intro}</p>
          <ul className="near-miss-list">
            {misses.map((miss) => miss.role && (
              <li key={miss.role.id} className="near-miss" data-role={miss.role.id}>
                <div className="near-miss-head">
                  <h3><RoleLink role={miss.role} /></h3>
                  <span className="badge warn">{n.missingCount(miss.missing.filter((m) => m.mandatory).length)}</span>
                </div>
                <p className="small muted near-miss-meta">
                  {t.common.tier(miss.role.tier)}
                  {miss.role.buyer && <> {n.forBuyer(miss.role.buyer.name)}</>}
                  {miss.role.program && <> · {miss.role.program.name}</>}
                  {miss.role.deadline && <> · {n.deadline(fmt.date(miss.role.deadline))}</>}
                  {' · '}{t.fit.qualifying.score} {score(miss.score)}
                </p>
                <MissingItems items={miss.missing} facts={miss.certificationMatches} deadline={miss.role.deadline}
                  title={n.checklist} checklist />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Steps({ steps }: { steps: FitReport['cheapestSteps'] }) {
  const i18n = useI18n();
  const s = i18n.t.fit.steps;
  return (
    <section className="card" aria-labelledby="steps-title">
      <h2 id="steps-title">{s.title}</h2>
      {steps.length === 0 ? <Empty>{s.empty}</Empty> : (
        <>
          <p className="small muted section-intro">{s.intro}</p>
          <ol className="step-list">
            {steps.map((step, index) => (
              <li key={index}>
                <p className="step-sentence">{i18n.t.fit.stepSentence(stepAction(i18n, step), s.unlocks(step.rolesUnlocked))}</p>
                <ul className="step-roles small">
                  {step.roles.map((role) => <li key={role.id}><RoleLink role={role} /></li>)}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Reach({ reach }: { reach: FitReport['reach'] }) {
  const { t } = useI18n();
  const r = t.fit.reach;
  return (
    <section className="card" aria-labelledby="reach-title">
      <h2 id="reach-title">{r.title}</h2>
      {reach.length === 0 ? <Empty>{r.empty}</Empty> : (
        <ul className="reach-list">
          {reach.map((entry) => (
            <li key={`${entry.program.id}-${entry.tier}`}>
              <p className="reach-sentence">{r.line(t.common.tier(entry.tier), entry.under?.name ?? t.common.confidentialCustomer, entry.program.name)}</p>
              <p className="small muted">{r.prime(entry.prime.name)}</p>
              <ol className="chain small" aria-label={entry.program.name}>
                {entry.chain.map((company) => <li key={company.id}><CompanyLink company={company} /></li>)}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Partners({ partners }: { partners: FitReport['partners'] }) {
  const { t, fmt, capName } = useI18n();
  const p = t.fit.partners;
  return (
    <section className="card" aria-labelledby="partners-title">
      <h2 id="partners-title">{p.title}</h2>
      {partners.length === 0 ? <Empty>{p.empty}</Empty> : (
        <>
          <p className="small muted section-intro">{p.intro}</p>
          <ul className="partner-list">
            {partners.map((partner) => (
              <li key={partner.company.id} data-company={partner.company.id}>
                <p className="partner-name">
                  <CompanyLink company={partner.company} />
                  <span className="small muted"> {partner.company.city}{partner.distanceKm != null && <> · {p.distance(fmt.km(partner.distanceKm))}</>}</span>
                </p>
                <dl className="partner-facts small">
                  <dt>{p.brings}</dt>
                  <dd className="partner-covers">{partner.covers.map(capName).join(', ')}</dd>
                  <dt>{p.completes}</dt>
                  <dd className="partner-roles">
                    {partner.roles.map((role, index) => <span key={role.id}>{index > 0 && ', '}<RoleLink role={role} /></span>)}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
