import { Link } from 'react-router-dom';

/** A company's name linking to its profile. */
export function CompanyLink({ company }: { company: { id: string; name: string } }) {
  return <Link to={`/companies/${encodeURIComponent(company.id)}`}>{company.name}</Link>;
}
