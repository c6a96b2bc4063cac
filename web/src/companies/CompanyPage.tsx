import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';

import { canEditCompany, useSession } from '../auth/session';
import { NotFound, QueryState } from '../components/states';
import { graphql } from '../graphql';
import { CapabilitiesSection, CompanyCapabilitiesFragment } from './CapabilitiesSection';
import { CertificatesSection, CompanyCertificatesFragment } from './CertificatesSection';
import { CompanyHeader, CompanyHeaderFragment } from './CompanyHeader';
import { CompanySidebar, CompanySidebarFragment } from './CompanySidebar';
import { CompanyPendingFactsFragment, PendingFactsSection } from './PendingFactsSection';
import { CompanySupplyLinksFragment, SupplyLinksSection } from './SupplyLinksSection';
import { CompanyTiersFragment, TiersSection } from './TiersSection';
import './companies.css';

const CompanyProfileQuery = graphql(`
  query CompanyProfile($id: ID!) {
    company(id: $id) {
      id
      ...CompanyHeader
      ...CompanyCapabilities
      ...CompanyCertificates
      ...CompanyTiers
      ...CompanySupplyLinks
      ...CompanySidebar
      ...CompanyPendingFacts
    }
  }
`, [CompanyHeaderFragment, CompanyCapabilitiesFragment, CompanyCertificatesFragment, CompanyTiersFragment, CompanySupplyLinksFragment, CompanySidebarFragment,
  CompanyPendingFactsFragment]);

/** A company's profile: key facts, capabilities, certificates, its place in the chains, location, networks, contacts. */
export default function CompanyPage() {
  const { id = '' } = useParams();
  const { me } = useSession();
  const [result, refetch] = useQuery({ query: CompanyProfileQuery, variables: { id } });
  const canEdit = canEditCompany(me, id);
  return (
    <QueryState result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ company }) => !company ? <NotFound /> : (
        <div className="company-page">
          <CompanyHeader data={company} />
          <PendingFactsSection data={company} />
          <div className="grid-2">
            <div>
              <CapabilitiesSection data={company} canEdit={canEdit} fullAccess={me.isStaff} />
              <CertificatesSection data={company} canEdit={canEdit} fullAccess={me.isStaff} />
              <TiersSection data={company} />
              <SupplyLinksSection data={company} />
            </div>
            <div>
              <CompanySidebar data={company} />
            </div>
          </div>
        </div>
      )}
    </QueryState>
  );
}
