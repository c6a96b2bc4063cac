export default function GapsPage() {
  return <h1>GapsPage</h1>;
}
