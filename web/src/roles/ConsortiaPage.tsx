import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { CompanyLink } from '../components/CompanyLink';
import { useScoreFormat } from '../components/ScoreBars';
import { Empty, QueryState } from '../components/states';
import { useUrlParam } from '../components/url-state';
import { graphql, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import './roles.css';

const ConsortiaQuery = graphql(`
  query RoleConsortia($roleId: ID!, $maxPartners: Int!, $first: Int!) {
    consortia(roleId: $roleId, maxPartners: $maxPartners, first: $first) {
      singleSupplierCount
      role { id title tier securityClearance buyer { id name } program { id name } }
      consortia {
        combinedScore averageDistanceKm
        members {
          company { id name city }
          isLead providesClearance score distanceKm
          capabilities { id name nameDe }
          certifications { id name }
        }
      }
    }
  }
`);

type Report = ResultOf<typeof ConsortiaQuery>['consortia'];
type Consortium = Report['consortia'][number];

const PARTNER_CHOICES = [2, 3] as const;
const TEAMS_SHOWN = 10;

/** Teams of two or three companies that together fill a role no single company may fill. */
export default function ConsortiaPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [partnersParam, setPartners] = useUrlParam('maxPartners');
  const maxPartners = partnersParam === '2' ? 2 : 3;
  const [result, refetch] = useQuery({ query: ConsortiaQuery, variables: { roleId: id, maxPartners, first: TEAMS_SHOWN } });
  const c = t.roles.consortia;
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ consortia: report }) => (
        <article className="consortia-page">
          <header className="page-head">
            <div>
              <p className="kicker">{t.roles.kicker(t.common.tier(report.role.tier))}</p>
              <h1>{c.title(report.role.title)}</h1>
              {report.role.buyer && (
                <p className="muted">
                  {t.roles.facts.buyer}: <CompanyLink company={report.role.buyer} />
                  {report.role.program && <> · {t.roles.facts.program}: {report.role.program.name}</>}
                </p>
              )}
              <p className="muted">{c.intro}</p>
            </div>
            <div className="toolbar no-print">
              <Link className="button-link" to={`/roles/${encodeURIComponent(report.role.id)}`}>{t.roles.actions.backToRole}</Link>
              <label className="consortia-controls">
                {c.maxPartners}
                <select value={maxPartners} onChange={(e) => setPartners(e.target.value === '3' ? null : e.target.value)}>
                  {PARTNER_CHOICES.map((n) => <option key={n} value={n}>{c.upTo(n)}</option>)}
                </select>
              </label>
              <button type="button" onClick={() => window.print()}>{t.roles.actions.print}</button>
            </div>
          </header>
          <p className="single-suppliers"><strong>{c.single(report.singleSupplierCount)}</strong></p>
          {report.consortia.length === 0 ? <Empty>{c.empty}</Empty> : report.consortia.map((team, index) => (
            <ConsortiumCard key={team.members.map((m) => m.company.id).join('+')} team={team} number={index + 1}
              needsClearance={report.role.securityClearance !== 'NONE'} />
          ))}
        </article>
      )}
    </QueryState>
  );
}

function ConsortiumCard({ team, number, needsClearance }: { team: Consortium; number: number; needsClearance: boolean }) {
  const { t, fmt, capName } = useI18n();
  const score = useScoreFormat();
  const c = t.roles.consortia;
  const titleId = `team-${number}`;
  return (
    <section className="card consortium" aria-labelledby={titleId} data-team={number}>
      <div className="consortium-head">
        <h2 id={titleId}>{c.team(number)}</h2>
        <dl className="consortium-figures">
          <div><dt>{c.combinedScore}</dt><dd>{score(team.combinedScore)}</dd></div>
          <div><dt>{c.averageDistance}</dt><dd>{fmt.km(team.averageDistanceKm)}</dd></div>
        </dl>
      </div>
      <table className="consortium-table">
        <colgroup>
          <col className="col-member" /><col />{needsClearance && <col className="col-clearance" />}
          <col className="col-score" /><col className="col-distance" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{c.member}</th>
            <th scope="col">{c.brings}</th>
            {needsClearance && <th scope="col">{c.clearance}</th>}
            <th scope="col" className="num">{c.score}</th>
            <th scope="col" className="num">{c.distance}</th>
          </tr>
        </thead>
        <tbody>
          {team.members.map((member) => {
            const brings = [...member.capabilities.map(capName), ...member.certifications.map((cert) => cert.name)];
            return (
              <tr key={member.company.id} data-company={member.company.id}>
                <td>
                  <CompanyLink company={member.company} />
                  {member.isLead && <span className="badge lead">★ {c.lead}</span>}
                  {member.company.city && <span className="small muted candidate-where">{member.company.city}</span>}
                </td>
                <td>{brings.length > 0 ? brings.join(', ') : <span className="muted">{c.nothingMandatory}</span>}</td>
                {needsClearance && <td>{member.providesClearance ? c.providesClearance : t.common.none}</td>}
                <td className="num">{score(member.score)}</td>
                <td className="num">{fmt.km(member.distanceKm)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
