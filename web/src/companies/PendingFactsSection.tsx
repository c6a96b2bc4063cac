import { useMutation } from 'urql';

import { useSession } from '../auth/session';
import { ConfirmButton } from '../confirmations/ConfirmButton';
import { ConfirmClearanceMutation, ConfirmParentGroupMutation } from '../confirmations/confirm-mutations';
import { FragmentOf, graphql, readFragment } from '../graphql';
import { useI18n } from '../i18n';

export const CompanyPendingFactsFragment = graphql(`
  fragment CompanyPendingFacts on Company {
    id name securityClearance clearanceStatus parentGroupStatus parentGroup { id name }
  }
`);

/**
 * A clearance or parent group the company declared itself, said in words with what it means until staff confirm
 * it; staff confirm it here. Nothing while everything is confirmed.
 */
export function PendingFactsSection({ data }: { data: FragmentOf<typeof CompanyPendingFactsFragment> }) {
  const { t } = useI18n();
  const { me } = useSession();
  const company = readFragment(CompanyPendingFactsFragment, data);
  const [, confirmClearance] = useMutation(ConfirmClearanceMutation);
  const [, confirmParentGroup] = useMutation(ConfirmParentGroupMutation);
  const clearancePending = company.clearanceStatus === 'PENDING';
  const pendingGroup = company.parentGroupStatus === 'PENDING' ? company.parentGroup : null;
  if (!clearancePending && !pendingGroup) return null;
  const p = t.companies.pendingFacts;
  return (
    <section className="card pending-facts" aria-labelledby="pending-facts-title">
      <h2 id="pending-facts-title"><span aria-hidden="true">◷ </span>{p.title}</h2>
      <ul className="plain-list">
        {clearancePending && (
          <li>
            <span>{p.clearance(t.common.clearance[company.securityClearance])}</span>
            {me.isStaff && <ConfirmButton label={p.confirmClearance(company.name)} onConfirm={() => confirmClearance({ companyId: company.id })} />}
          </li>
        )}
        {pendingGroup && (
          <li>
            <span>{p.parentGroup(pendingGroup.name)}</span>
            {me.isStaff && <ConfirmButton label={p.confirmParentGroup(company.name)} onConfirm={() => confirmParentGroup({ companyId: company.id })} />}
          </li>
        )}
      </ul>
      {me.isStaff && clearancePending && <p className="small muted">{p.staffHint}</p>}
    </section>
  );
}
