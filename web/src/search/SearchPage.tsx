export function SearchPage() {
  return <h1>Suche</h1>;
}
