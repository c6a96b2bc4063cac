import { Link } from 'react-router-dom';

/** A company's name linking to its profile; a confidential supplier (no profile to show) by its description only. */
export function CompanyLink({ company }: { company: { id: string; name: string; confidential?: boolean } }) {
  if (company.confidential) return <span className="muted">{company.name}</span>;
  return <Link to={`/companies/${encodeURIComponent(company.id)}`}>{company.name}</Link>;
}
