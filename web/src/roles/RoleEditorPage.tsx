import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { canEditCompany, useSession } from '../auth/session';
import { Forbidden, NotFound, QueryState } from '../components/states';
import { RoleDraft, emptyDraft } from './role-draft';
import { EditedRoleQuery, EditorChoicesQuery } from './role-editor-documents';
import { RoleEditor } from './RoleEditor';
import './role-editor.css';

/** `/roles/new` and `/roles/:id/edit`: the buyer (its own key) or staff writes a role and sees who would fit. */
export default function RoleEditorPage() {
  const { id } = useParams();
  const { me } = useSession();
  const [choices, retryChoices] = useQuery({ query: EditorChoicesQuery });
  const [role, retryRole] = useQuery({ query: EditedRoleQuery, variables: { id: id ?? '' }, pause: !id });
  if (!me.isStaff && !me.companyId) return <Forbidden />;
  if (!id) {
    return (
      <QueryState result={choices} onRetry={() => retryChoices({ requestPolicy: 'network-only' })}>
        {(data) => <RoleEditor choices={data} initial={emptyDraft(me.isStaff ? '' : me.companyId ?? '')} isNew />}
      </QueryState>
    );
  }
  return (
    <QueryState result={role} onRetry={() => retryRole({ requestPolicy: 'network-only' })}>
      {({ supplyRole }) => {
        if (!supplyRole) return <NotFound />;
        if (!canEditCompany(me, supplyRole.buyer?.id ?? '')) return <Forbidden />;
        return (
          <QueryState result={choices} onRetry={() => retryChoices({ requestPolicy: 'network-only' })}>
            {(data) => <RoleEditor choices={data} initial={draftOfRole(supplyRole)} isNew={false} buyerName={supplyRole.buyer?.name} />}
          </QueryState>
        );
      }}
    </QueryState>
  );
}

type EditedRole = NonNullable<import('../graphql').ResultOf<typeof EditedRoleQuery>['supplyRole']>;

function draftOfRole(role: EditedRole): RoleDraft {
  const text = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    id: role.id,
    title: role.title,
    buyerId: role.buyer?.id ?? '',
    programId: role.program?.id ?? '',
    tier: String(role.tier),
    deadline: role.deadline ?? '',
    product: role.product ?? '',
    quantity: text(role.quantity),
    description: role.description ?? '',
    regionId: role.preferredRegion?.id ?? '',
    latitude: text(role.location?.latitude),
    longitude: text(role.location?.longitude),
    maxDistanceKm: text(role.maxDistanceKm),
    securityClearance: role.securityClearance,
    status: role.status,
    capabilities: role.requiredCapabilities.map((c) => ({ capabilityId: c.capability.id, minLevel: c.minLevel, mandatory: c.mandatory })),
    certifications: role.requiredCertifications.map((c) => ({ certificationId: c.certification.id, minEvidenceLevel: c.minEvidenceLevel, mandatory: c.mandatory })),
  };
}
