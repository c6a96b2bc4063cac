export default function ConsortiaPage() {
  return <h1>ConsortiaPage</h1>;
}
