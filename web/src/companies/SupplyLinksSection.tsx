import { useState } from 'react';
import { useMutation } from 'urql';

import { Me, useSession } from '../auth/session';
import { CompanyLink } from '../components/CompanyLink';
import { Empty } from '../components/states';
import { ConfirmButton, PendingBadge } from '../confirmations/ConfirmButton';
import { ConfirmSupplyLinkMutation, SetSupplyLinkShareableMutation } from '../confirmations/confirm-mutations';
import { FragmentOf, graphql, readFragment } from '../graphql';
import { useI18n } from '../i18n';

export const CompanySupplyLinksFragment = graphql(`
  fragment CompanySupplyLinks on Company {
    id name
    customers {
      id product program { id name } customer { id name } status enteredBy { id name } shareableBySupplier shareableByCustomer
    }
    suppliers {
      id product program { id name } supplier { id name } status enteredBy { id name } shareableBySupplier shareableByCustomer
    }
  }
`);

type End = 'supplier' | 'customer';
type Named = { id: string; name: string };

interface LinkRow {
  id: string;
  product?: string | null;
  program?: { name: string } | null;
  status: 'PENDING' | 'CONFIRMED';
  enteredBy?: Named | null;
  shareableBySupplier: boolean;
  shareableByCustomer: boolean;
  other?: Named | null;
}

/** Which end of the link the caller's company key is, if any. */
function callerEnd(me: Me, company: Named, otherEnd: End, other: Named | null | undefined): End | null {
  if (!me.companyId) return null;
  if (me.companyId === company.id) return otherEnd === 'customer' ? 'supplier' : 'customer';
  return other?.id === me.companyId ? otherEnd : null;
}

/**
 * Whom the company supplies and who supplies it, with product and program; a pending link says who must confirm
 * it (with the button for that end and staff), and where keys are in use, who may see each link.
 */
export function SupplyLinksSection({ data }: { data: FragmentOf<typeof CompanySupplyLinksFragment> }) {
  const { t } = useI18n();
  const company = readFragment(CompanySupplyLinksFragment, data);
  const explainSharingIn: End = company.customers.length > 0 ? 'customer' : 'supplier';
  return (
    <>
      <LinkTable company={company} otherEnd="customer" title={t.companies.links.customersTitle} otherLabel={t.companies.links.customer}
        empty={t.companies.links.noCustomers} explainSharing={explainSharingIn === 'customer'}
        rows={company.customers.map((link) => ({ ...link, other: link.customer }))} />
      <LinkTable company={company} otherEnd="supplier" title={t.companies.links.suppliersTitle} otherLabel={t.companies.links.supplier}
        empty={t.companies.links.noSuppliers} explainSharing={explainSharingIn === 'supplier'}
        rows={company.suppliers.map((link) => ({ ...link, other: link.supplier }))} />
    </>
  );
}

function LinkTable({ company, otherEnd, title, otherLabel, empty, explainSharing, rows }: {
  company: Named; otherEnd: End; title: string; otherLabel: string; empty: string; explainSharing: boolean; rows: LinkRow[];
}) {
  const { t } = useI18n();
  const { keysConfigured } = useSession();
  const id = otherEnd === 'customer' ? 'customers' : 'suppliers';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? <Empty>{empty}</Empty> : (
        <>
          {keysConfigured && explainSharing && <p className="small muted section-intro">{t.companies.links.confidentialIntro}</p>}
          <table className="link-table">
            <thead>
              <tr>
                <th scope="col">{otherLabel}</th>
                <th scope="col">{t.companies.links.product}</th>
                <th scope="col">{t.companies.links.program}</th>
                {keysConfigured && <th scope="col">{t.companies.links.visibility}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    {row.other ? <CompanyLink company={row.other} /> : t.common.none}
                    {row.status === 'PENDING' && <PendingLink row={row} company={company} otherEnd={otherEnd} />}
                  </td>
                  <td>{row.product ?? t.common.none}</td>
                  <td className="link-program">{row.program?.name ?? t.common.none}</td>
                  {keysConfigured && <td><Visibility row={row} company={company} otherEnd={otherEnd} /></td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The pending badge, who entered the link and who must confirm it; the button for that end and for staff. */
function PendingLink({ row, company, otherEnd }: { row: LinkRow; company: Named; otherEnd: End }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [, confirm] = useMutation(ConfirmSupplyLinkMutation);
  const l = t.companies.links;
  const ends = [company, row.other].filter((end): end is Named => Boolean(end));
  const awaited = ends.find((end) => end.id !== row.enteredBy?.id);
  const end = callerEnd(me, company, otherEnd, row.other);
  const mayConfirm = me.isStaff || (end !== null && row.enteredBy?.id !== me.companyId);
  return (
    <div className="link-pending">
      <PendingBadge />
      <span className="small muted">{row.enteredBy && awaited ? l.waitingFor(row.enteredBy.name, awaited.name) : l.waiting}</span>
      {mayConfirm && <ConfirmButton label={l.confirmLabel(row.other?.name ?? '', row.program?.name ?? '')} onConfirm={() => confirm({ id: row.id })} />}
    </div>
  );
}

/**
 * Who may see the link, and on the caller's own profile the switch that shares it from the caller's side (the link
 * is visible to all once both ends do).
 */
function Visibility({ row, company, otherEnd }: { row: LinkRow; company: Named; otherEnd: End }) {
  const { t } = useI18n();
  const { me } = useSession();
  const l = t.companies.links;
  const end = me.companyId === company.id ? callerEnd(me, company, otherEnd, row.other) : null;
  const sharedBy = row.shareableBySupplier ? 'supplier' : row.shareableByCustomer ? 'customer' : 'none';
  return (
    <div className="link-visibility">
      {row.shareableBySupplier && row.shareableByCustomer ? <span>✓ {l.visibleToAll}</span> : (
        <span>{l.confidential}<span className="small muted link-shared-by">{l.sharedBy[sharedBy]}</span></span>
      )}
      {end && <ShareSwitch row={row} end={end} />}
    </div>
  );
}

function ShareSwitch({ row, end }: { row: LinkRow; end: End }) {
  const { t } = useI18n();
  const [{ fetching }, setShareable] = useMutation(SetSupplyLinkShareableMutation);
  const [refusal, setRefusal] = useState<string | null>(null);
  const l = t.companies.links;
  const shared = end === 'supplier' ? row.shareableBySupplier : row.shareableByCustomer;
  const toggle = async () => {
    setRefusal(null);
    const { error } = await setShareable({ id: row.id, shareable: !shared });
    if (error) setRefusal(error.graphQLErrors[0]?.message ?? error.message);
  };
  return (
    <>
      <label className="share-switch no-print">
        <input type="checkbox" role="switch" checked={shared} disabled={fetching} onChange={toggle}
          aria-label={l.shareSwitchLabel(row.other?.name ?? '', row.program?.name ?? '')} />
        <span aria-hidden="true">{l.shareSwitch}</span>
      </label>
      {refusal && <p className="field-error" role="alert">{l.shareFailed(refusal)}</p>}
    </>
  );
}
