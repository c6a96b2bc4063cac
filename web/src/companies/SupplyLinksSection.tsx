import { CompanyLink } from '../components/CompanyLink';
import { Empty } from '../components/states';
import { FragmentOf, graphql, readFragment } from '../graphql';
import { useI18n } from '../i18n';

export const CompanySupplyLinksFragment = graphql(`
  fragment CompanySupplyLinks on Company {
    customers { id product program { id name } customer { id name } }
    suppliers { id product program { id name } supplier { id name } }
  }
`);

interface LinkRow {
  id: string;
  product?: string | null;
  program?: { name: string } | null;
  other?: { id: string; name: string } | null;
}

/** Whom the company supplies and who supplies it, with product and program. */
export function SupplyLinksSection({ data }: { data: FragmentOf<typeof CompanySupplyLinksFragment> }) {
  const { t } = useI18n();
  const company = readFragment(CompanySupplyLinksFragment, data);
  return (
    <>
      <LinkTable id="customers" title={t.companies.links.customersTitle} otherLabel={t.companies.links.customer}
        empty={t.companies.links.noCustomers} rows={company.customers.map((link) => ({ ...link, other: link.customer }))} />
      <LinkTable id="suppliers" title={t.companies.links.suppliersTitle} otherLabel={t.companies.links.supplier}
        empty={t.companies.links.noSuppliers} rows={company.suppliers.map((link) => ({ ...link, other: link.supplier }))} />
    </>
  );
}

function LinkTable({ id, title, otherLabel, empty, rows }: { id: string; title: string; otherLabel: string; empty: string; rows: LinkRow[] }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? <Empty>{empty}</Empty> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{otherLabel}</th>
              <th scope="col">{t.companies.links.product}</th>
              <th scope="col">{t.companies.links.program}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.other ? <CompanyLink company={row.other} /> : t.common.none}</td>
                <td>{row.product ?? t.common.none}</td>
                <td>{row.program?.name ?? t.common.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
