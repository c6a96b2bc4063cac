export default function ChainPage() {
  return <h1>ChainPage</h1>;
}
