import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { QueryState } from '../components/states';
import { useUrlParams } from '../components/url-state';
import { graphql, ResultOf } from '../graphql';
import { CandidateList } from './CandidateList';
import { NEAR_MISSES_PARAM, parseWeights, WEIGHTS_PARAM, weightsAreValid } from './match-options';
import { RankingControls } from './RankingControls';
import { RoleHeader, RoleFacts } from './RoleFacts';
import './roles.css';

const RoleQuery = graphql(`
  query Role($id: ID!) {
    supplyRole(id: $id) {
      id title description product tier deadline quantity status securityClearance maxDistanceKm
      buyer { id name city }
      program { id name prime { id name } }
      preferredRegion { id name }
      requiredCapabilities { capability { id name nameDe } minLevel mandatory }
      requiredCertifications { certification { id name } minEvidenceLevel mandatory }
    }
  }
`);

const MatchesQuery = graphql(`
  query RoleMatches($roleId: ID!, $first: Int!, $options: MatchOptions) {
    matchSuppliers(roleId: $roleId, first: $first, options: $options) {
      eligibleCount nearMissCount
      weights { capability certification readiness proximity relationship }
      matches {
        company { id name city }
        score eligible distanceKm relationships
        breakdown { criterion score weight contribution }
        capabilityMatches { capability { id name nameDe } kind claimedCapability { id name nameDe } claimedLevel minLevel mandatory met }
        certificationMatches {
          certification { id name } heldCertification { id name } met reason evidenceLevel minEvidenceLevel validUntil mandatory
        }
        missing {
          kind reason mandatory requiredLevel claimedLevel requiredClearance
          capability { name nameDe } certification { id name }
        }
      }
    }
  }
`);

export type Role = NonNullable<ResultOf<typeof RoleQuery>['supplyRole']>;
export type Matches = ResultOf<typeof MatchesQuery>['matchSuppliers'];
export type Match = Matches['matches'][number];

/** How many candidates a role page lists: enough for any role of a regional network. */
const CANDIDATES_SHOWN = 50;

/** A supply role, its requirements and the companies that could fill it, ranked and explained. */
export default function RolePage() {
  const { id = '' } = useParams();
  const [roleResult, refetchRole] = useQuery({ query: RoleQuery, variables: { id } });
  return (
    <QueryState result={roleResult} onRetry={() => refetchRole({ requestPolicy: 'network-only' })}>
      {(data) => data.supplyRole && <RoleView role={data.supplyRole} />}
    </QueryState>
  );
}

function RoleView({ role }: { role: Role }) {
  const [params] = useUrlParams();
  const includeNearMisses = params.get(NEAR_MISSES_PARAM) === '1';
  const weights = parseWeights(params.get(WEIGHTS_PARAM));
  const valid = weightsAreValid(weights);
  const [matchesResult, refetchMatches] = useQuery({
    query: MatchesQuery,
    variables: { roleId: role.id, first: CANDIDATES_SHOWN, options: { includeNearMisses, weights } },
    pause: !valid,
  });
  return (
    <article className="role-page">
      <RoleHeader role={role} />
      <RoleFacts role={role} />
      <RankingControls weights={weights} valid={valid} includeNearMisses={includeNearMisses}
        normalised={matchesResult.data?.matchSuppliers.weights} />
      {valid && (
        <QueryState result={matchesResult} onRetry={() => refetchMatches({ requestPolicy: 'network-only' })}>
          {(data) => <CandidateList matches={data.matchSuppliers} role={role} showNearMisses={includeNearMisses} />}
        </QueryState>
      )}
    </article>
  );
}
