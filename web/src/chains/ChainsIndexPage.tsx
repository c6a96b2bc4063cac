export default function ChainsIndexPage() {
  return <h1>ChainsIndexPage</h1>;
}
