import { CompanyLink } from '../components/CompanyLink';
import { Empty } from '../components/states';
import { ScoreBars, useScoreFormat } from '../components/ScoreBars';
import { useI18n } from '../i18n';
import { MissingItems } from './MissingItems';
import type { Match, Matches, Role } from './RolePage';

/** The ranked candidates: the eligible ones, then (when asked for) the near misses, visibly apart. */
export function CandidateList({ matches, role, showNearMisses }: { matches: Matches; role: Role; showNearMisses: boolean }) {
  const { t } = useI18n();
  const c = t.roles.candidates;
  const eligible = matches.matches.filter((m) => m.eligible);
  const nearMisses = matches.matches.filter((m) => !m.eligible);
  const total = matches.eligibleCount + (showNearMisses ? matches.nearMissCount : 0);
  return (
    <section className="candidates" aria-labelledby="candidates-title">
      <div className="section-head">
        <h2 id="candidates-title">{c.title}</h2>
        <p className="muted">
          {c.summary(matches.eligibleCount)}
          {showNearMisses && <> {c.nearMissSummary(matches.nearMissCount)}</>}
          {matches.matches.length < total && <> {c.shownFirst(matches.matches.length, total)}</>}
        </p>
      </div>
      <h3 id="eligible-title">{c.eligibleTitle}</h3>
      {eligible.length === 0 ? <Empty>{c.noneEligible}</Empty> : (
        <CandidateTable matches={eligible} firstRank={1} role={role} labelledBy="eligible-title" />
      )}
      {showNearMisses && (
        <div className="near-misses">
          <h3 id="near-miss-title">{c.nearMissTitle}</h3>
          <p className="small muted">{c.nearMissIntro}</p>
          {nearMisses.length === 0 ? <Empty>{c.noNearMisses}</Empty> : (
            <CandidateTable matches={nearMisses} firstRank={eligible.length + 1} role={role} labelledBy="near-miss-title" />
          )}
        </div>
      )}
    </section>
  );
}

function CandidateTable({ matches, firstRank, role, labelledBy }: { matches: Match[]; firstRank: number; role: Role; labelledBy: string }) {
  const { t } = useI18n();
  const c = t.roles.candidates;
  return (
    <table className="candidate-table" aria-labelledby={labelledBy}>
      <colgroup>
        <col className="col-rank" /><col className="col-company" /><col className="col-score" /><col className="col-breakdown" />
        <col className="col-fit" /><col className="col-relationships" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="num">{c.rank}</th>
          <th scope="col">{c.company}</th>
          <th scope="col" className="num">{c.score}</th>
          <th scope="col">{c.breakdown}</th>
          <th scope="col">{c.fit}</th>
          <th scope="col">{c.relationships}</th>
        </tr>
      </thead>
      <tbody>
        {matches.map((match, index) => (
          <CandidateRow key={match.company.id} match={match} rank={firstRank + index} role={role} />
        ))}
      </tbody>
    </table>
  );
}

function CandidateRow({ match, rank, role }: { match: Match; rank: number; role: Role }) {
  const { t, fmt } = useI18n();
  const score = useScoreFormat();
  const c = t.roles.candidates;
  return (
    <tr className="candidate" data-company={match.company.id}>
      <td className="num rank">{rank}</td>
      <td className="candidate-company">
        <CompanyLink company={match.company} />
        <span className="small muted candidate-where">
          {match.company.city}{match.company.city && ' · '}<span className="distance">{fmt.km(match.distanceKm)}</span>
        </span>
      </td>
      <td className="num candidate-score">{score(match.score)}</td>
      <td><ScoreBars breakdown={match.breakdown} /></td>
      <td className="candidate-fit">
        <RequirementChecks match={match} />
        <MissingItems items={match.missing} facts={match.certificationMatches} deadline={role.deadline} title={c.missingTitle} />
      </td>
      <td className="small">
        {match.relationships.length === 0 ? <span className="muted">{c.noRelationships}</span> : (
          <ul className="plain-list">
            {match.relationships.map((r) => <li key={r}>{t.common.relationship[r]}</li>)}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** Per requirement: met or not, and how (the capability itself, a narrower one, a broader one; through which certificate). */
function RequirementChecks({ match }: { match: Match }) {
  const { t, fmt, capName } = useI18n();
  const m = t.roles.match;
  return (
    <ul className="checks">
      {match.capabilityMatches.map((cm) => {
        const other = cm.claimedCapability && cm.claimedCapability.id !== cm.capability.id ? cm.claimedCapability : null;
        return (
          <li key={`cap-${cm.capability.id}`} className={cm.met ? 'check-met' : 'check-unmet'}>
            <Mark met={cm.met} />
            <span className="check-name">{capName(cm.capability)}</span>{' '}
            <span className={`badge ${cm.met ? 'good' : cm.kind === 'NONE' ? 'bad' : 'warn'}`}>{t.common.matchKind[cm.kind]}</span>
            <span className="small muted">
              {other && <> {m.via(capName(other))}</>}
              {cm.claimedLevel != null && <>, {m.claimedLevel(cm.claimedLevel)}</>}
            </span>
          </li>
        );
      })}
      {match.certificationMatches.map((cm) => {
        const via = cm.heldCertification && cm.heldCertification.id !== cm.certification.id ? cm.heldCertification : null;
        return (
          <li key={`cert-${cm.certification.id}`} className={cm.met ? 'check-met' : 'check-unmet'}>
            <Mark met={cm.met} />
            <span className="check-name">{cm.certification.name}</span>
            <span className="small muted">
              {via && <> {m.via(via.name)}</>}
              {cm.evidenceLevel && <>, {t.common.evidenceLevel[cm.evidenceLevel]}</>}
              {cm.validUntil && <>, {m.validUntil(fmt.date(cm.validUntil))}</>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function Mark({ met }: { met: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`mark ${met ? 'mark-met' : 'mark-unmet'}`}>
      <span aria-hidden="true">{met ? '✓' : '✗'}</span>
      <span className="visually-hidden">{met ? t.roles.match.met : t.roles.match.notMet}: </span>
    </span>
  );
}
