import { Link } from 'react-router-dom';
import { useQuery } from 'urql';

import { useSession } from '../auth/session';
import { CompanyLink } from '../components/CompanyLink';
import { Empty, QueryState } from '../components/states';
import { graphql } from '../graphql';
import { useI18n } from '../i18n';

const OpenRolesQuery = graphql(`
  query OpenSupplyRoles {
    supplyRoles(where: { status: OPEN }, first: 10) {
      edges { node { id title tier deadline buyer { id name } } }
    }
  }
`);

/** The open supplier roles with the nearest deadlines. */
export function OpenRoles() {
  const { t, fmt } = useI18n();
  const { me } = useSession();
  const [result, refetch] = useQuery({ query: OpenRolesQuery });
  return (
    <section className="card open-roles" aria-labelledby="open-roles-title">
      <h2 id="open-roles-title">{t.search.rolesTitle}</h2>
      <p className="muted small">{t.search.rolesIntro}</p>
      {(me.isStaff || me.companyId) && <p className="small no-print"><Link to="/roles/new">{t.roleEditor.newRole}</Link></p>}
      <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => data.supplyRoles.edges.length === 0 ? <Empty>{t.search.noRoles}</Empty> : (
          <ul className="role-list">
            {data.supplyRoles.edges.map(({ node: role }) => (
              <li key={role.id}>
                <Link to={`/roles/${encodeURIComponent(role.id)}`} className="role-title">{role.title}</Link>
                <div className="small">
                  <span className="badge">{t.common.tier(role.tier)}</span>{' '}
                  {role.buyer && <span>{t.search.roleBuyer} <CompanyLink company={role.buyer} /></span>}
                </div>
                <div className="small muted">{role.deadline ? t.search.roleDeadline(fmt.date(role.deadline)) : t.search.noDeadline}</div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
