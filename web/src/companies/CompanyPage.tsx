export default function CompanyPage() {
  return <h1>CompanyPage</h1>;
}
