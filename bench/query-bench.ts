/**
 * The query half of `npm run bench`: the API's heavy questions, asked through GraphQL against the graph that the
 * import half filled (the demo data plus 100,000 companies with one capability claim each). Prints the median
 * time of three runs after one warm-up run, and the size of what each answer looked at.
 */
import { App } from '../src/server/app';

interface Question {
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** What to print beside the time: how big the answer or the candidate set was. */
  describe(data: any): string;
}

const RUNS = 3;

const QUESTIONS: Question[] = [
  {
    label: 'matchSuppliers(role-001, first 20)',
    query: `query($id: ID!) { matchSuppliers(roleId: $id, first: 20) {
      eligibleCount nearMissCount matches { company { id name } score eligible } } }`,
    variables: { id: 'role-001' },
    describe: (d) => `${d.matchSuppliers.eligibleCount} eligible`,
  },
  {
    label: 'matchSuppliers(role-001, first 20, near misses)',
    query: `query($id: ID!) { matchSuppliers(roleId: $id, first: 20, options: { includeNearMisses: true }) {
      eligibleCount nearMissCount matches { company { id } score missing { kind } } } }`,
    variables: { id: 'role-001' },
    describe: (d) => `${d.matchSuppliers.eligibleCount} eligible, ${d.matchSuppliers.nearMissCount} near misses`,
  },
  {
    label: 'matchSuppliersForRequirement(domain "advanced-materials", level 3)',
    query: `query { matchSuppliersForRequirement(first: 20, options: { includeNearMisses: true },
      requirement: { location: { latitude: 51.45, longitude: 7.01 },
        requiredCapabilities: [{ capabilityId: "advanced-materials", minLevel: 3 }] }) {
      eligibleCount nearMissCount matches { company { id } score } } }`,
    describe: (d) =>
      `${d.matchSuppliersForRequirement.eligibleCount} eligible, ${d.matchSuppliersForRequirement.nearMissCount} near misses`,
  },
  {
    label: 'whereDoIFit(bench-4711)',
    query: `query { whereDoIFit(companyId: "bench-4711", first: 10) {
      qualifying { role { id } score } nearMisses { role { id } } cheapestSteps { rolesUnlocked } partners { company { id } } } }`,
    describe: (d) => `${d.whereDoIFit.qualifying.length} qualifying, ${d.whereDoIFit.nearMisses.length} near misses`,
  },
  {
    label: 'whereDoIFit(sme-maerkische-schutzbau)',
    query: `query { whereDoIFit(companyId: "sme-maerkische-schutzbau", first: 20) {
      qualifying { role { id } score } nearMisses { role { id } } cheapestSteps { rolesUnlocked } partners { company { id } } } }`,
    describe: (d) => `${d.whereDoIFit.qualifying.length} qualifying, ${d.whereDoIFit.nearMisses.length} near misses, ` +
      `${d.whereDoIFit.partners.length} partners`,
  },
  {
    label: 'consortia(role-001, 3 partners)',
    query: `query { consortia(roleId: "role-001", maxPartners: 3, first: 10) { singleSupplierCount consortia { coverage } } }`,
    describe: (d) => `${d.consortia.consortia.length} teams, ${d.consortia.singleSupplierCount} single suppliers`,
  },
  {
    label: 'capabilityGaps(everything, covered too)',
    query: `query { capabilityGaps(options: { includeCovered: true }) { gaps { status supplierCount } } }`,
    describe: (d) => `${d.capabilityGaps.gaps.length} demanded capabilities`,
  },
  {
    label: 'capabilityGaps(network defence-nrw, with closers from outside)',
    query: `query { capabilityGaps(scope: { networkId: "defence-nrw" }, options: { includeCovered: true }) {
      gaps { status supplierCount closers { company { id } distanceKm } } } }`,
    describe: (d) => `${d.capabilityGaps.gaps.length} demanded capabilities, ` +
      `${d.capabilityGaps.gaps.filter((g: any) => g.status !== 'COVERED').length} not covered`,
  },
  {
    label: 'companies(first 20, with totalCount)',
    query: `query { companies(first: 20, where: { capabilityId: "advanced-materials" }) {
      totalCount edges { node { id capabilities { capability { id } level } } } } }`,
    describe: (d) => `${d.companies.totalCount} companies in total`,
  },
  {
    label: 'search("Bench Firma 4711")',
    query: `query { search(text: "Bench Firma 4711", first: 10) { score } }`,
    describe: (d) => `${d.search.length} hits`,
  },
];

async function ask(app: App, question: Question): Promise<{ ms: number; data: any }> {
  const started = process.hrtime.bigint();
  const response = await app.apollo.executeOperation(
    { query: question.query, variables: question.variables },
    { contextValue: app.context() },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.body.kind !== 'single') throw new Error(`${question.label}: expected a single result`);
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new Error(`${question.label}: ${errors.map((e) => e.message).join('; ')}`);
  return { ms, data };
}

/** Asks every question, prints one line each. */
export async function benchQueries(app: App): Promise<void> {
  for (const question of QUESTIONS) {
    const first = await ask(app, question);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) times.push((await ask(app, question)).ms);
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `query ${question.label}: median ${median.toFixed(0)} ms of ${RUNS} (first run ${first.ms.toFixed(0)} ms); ` +
      `${question.describe(first.data)}; heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`,
    );
  }
}
