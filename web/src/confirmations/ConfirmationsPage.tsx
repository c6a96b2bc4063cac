import { ReactNode } from 'react';
import { CombinedError, useMutation, useQuery } from 'urql';

import { useSession } from '../auth/session';
import { CompanyLink } from '../components/CompanyLink';
import { Empty, Forbidden, QueryState } from '../components/states';
import { graphql, ResultOf } from '../graphql';
import { useI18n } from '../i18n';
import { ConfirmButton } from './ConfirmButton';
import { ConfirmClearanceMutation, ConfirmParentGroupMutation, ConfirmSupplyLinkMutation } from './confirm-mutations';
import './confirmations.css';

const PendingConfirmationsQuery = graphql(`
  query PendingConfirmations {
    pendingConfirmations {
      supplyLinks { id product program { id name } supplier { id name } customer { id name } enteredBy { id name } }
      clearances { id name city securityClearance clearanceStatus }
      parentGroups { id name city parentGroupStatus parentGroup { id name } }
    }
  }
`);

type Pending = ResultOf<typeof PendingConfirmationsQuery>['pendingConfirmations'];

/** The network office's list of what companies declared and waits for a second voice, each with its Confirm button. */
export default function ConfirmationsPage() {
  const { me } = useSession();
  return me.isStaff ? <Confirmations /> : <Forbidden />;
}

function Confirmations() {
  const { t } = useI18n();
  const [result, retry] = useQuery({ query: PendingConfirmationsQuery });
  return (
    <div className="confirmations-page">
      <h1>{t.confirmations.title}</h1>
      <p className="muted confirmations-intro">{t.confirmations.intro}</p>
      <QueryState result={result} onRetry={() => retry({ requestPolicy: 'network-only' })}>
        {({ pendingConfirmations }) => (
          <>
            <PendingLinks links={pendingConfirmations.supplyLinks} />
            <PendingClearances companies={pendingConfirmations.clearances} />
            <PendingParentGroups companies={pendingConfirmations.parentGroups} />
          </>
        )}
      </QueryState>
    </div>
  );
}

function PendingSection({ id, title, intro, count, empty, children }: {
  id: string; title: string; intro: string; count: number; empty: string; children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={`pending-${id}`}>
      <h2 id={`pending-${id}`}>{title} <span className="muted num">({count})</span></h2>
      <p className="small muted section-intro">{intro}</p>
      {count === 0 ? <Empty>{empty}</Empty> : children}
    </section>
  );
}

function PendingLinks({ links }: { links: Pending['supplyLinks'] }) {
  const { t } = useI18n();
  const [, confirm] = useMutation(ConfirmSupplyLinkMutation);
  const l = t.confirmations.links;
  return (
    <PendingSection id="links" title={l.title} intro={l.intro} count={links.length} empty={l.empty}>
      <table>
        <thead>
          <tr>
            <th scope="col">{l.supplier}</th>
            <th scope="col">{l.customer}</th>
            <th scope="col">{l.delivery}</th>
            <th scope="col">{l.enteredBy}</th>
            <th scope="col"><span className="visually-hidden">{t.confirmations.confirm}</span></th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.id}>
              <td>{link.supplier ? <CompanyLink company={link.supplier} /> : t.common.none}</td>
              <td>{link.customer ? <CompanyLink company={link.customer} /> : t.common.none}</td>
              <td>{[link.product, link.program?.name].filter(Boolean).join(' · ') || t.common.none}</td>
              <td>{link.enteredBy?.name ?? l.unknown}</td>
              <td className="confirm-cell">
                <ConfirmButton label={l.confirmLabel(link.supplier?.name ?? '', link.customer?.name ?? '', link.program?.name ?? '')}
                  onConfirm={() => confirm({ id: link.id })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PendingSection>
  );
}

/**
 * Companies whose own word waits for staff: `fact` is what they declared (a clearance, a parent group), `confirm`
 * the mutation that confirms it.
 */
function PendingCompanies<C extends { id: string; name: string; city?: string | null }>({ id, texts, companies, fact, confirm }: {
  id: string;
  texts: { title: string; intro: string; empty: string; factLabel: string; confirmLabel(company: string): string };
  companies: readonly C[];
  fact(company: C): ReactNode;
  confirm(companyId: string): Promise<{ error?: CombinedError }>;
}) {
  const { t } = useI18n();
  return (
    <PendingSection id={id} title={texts.title} intro={texts.intro} count={companies.length} empty={texts.empty}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.confirmations.company}</th>
            <th scope="col">{t.confirmations.place}</th>
            <th scope="col">{texts.factLabel}</th>
            <th scope="col"><span className="visually-hidden">{t.confirmations.confirm}</span></th>
          </tr>
        </thead>
        <tbody>
          {companies.map((company) => (
            <tr key={company.id}>
              <td><CompanyLink company={company} /></td>
              <td>{company.city ?? t.common.none}</td>
              <td>{fact(company)}</td>
              <td className="confirm-cell">
                <ConfirmButton label={texts.confirmLabel(company.name)} onConfirm={() => confirm(company.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PendingSection>
  );
}

function PendingClearances({ companies }: { companies: Pending['clearances'] }) {
  const { t } = useI18n();
  const [, confirm] = useMutation(ConfirmClearanceMutation);
  const c = t.confirmations.clearances;
  return (
    <PendingCompanies id="clearances" texts={{ ...c, factLabel: c.declared }} companies={companies}
      fact={(company) => t.common.clearance[company.securityClearance]} confirm={(companyId) => confirm({ companyId })} />
  );
}

function PendingParentGroups({ companies }: { companies: Pending['parentGroups'] }) {
  const { t } = useI18n();
  const [, confirm] = useMutation(ConfirmParentGroupMutation);
  const g = t.confirmations.parentGroups;
  return (
    <PendingCompanies id="parent-groups" texts={{ ...g, factLabel: g.group }} companies={companies}
      fact={(company) => (company.parentGroup ? <CompanyLink company={company.parentGroup} /> : t.common.none)}
      confirm={(companyId) => confirm({ companyId })} />
  );
}
