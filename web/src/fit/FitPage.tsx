export default function FitPage() {
  return <h1>FitPage</h1>;
}
