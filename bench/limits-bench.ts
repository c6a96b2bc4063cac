/**
 * The limits half of `npm run bench`: what the heaviest requests that the request limits still let through do to
 * the process. Each shape is grown to the largest size the limits allow (asking the server: a refusal answers
 * before anything runs), sent alone, and the process's peak RSS and heap while it ran are printed. The shapes are
 * the worst the limits allow by their own count (most items, most aliases and root fields, deepest nesting) and
 * the operations whose work the cost does not see (matching, consortia, gaps, concentration and chains over the
 * whole graph, the Cypher console at its row and size limits). Figures only: nothing passes or fails here.
 */
import { Caller } from '../src/auth/caller';
import { App } from '../src/server/app';
import { DEFAULT_REQUEST_LIMITS } from '../src/server/request-limits';

interface Shape {
  label: string;
  /** How many root fields the operation at size `n` asks for (each aliased). */
  roots(n: number): number;
  /** A root field at size `n`: its name and arguments, then its selection. */
  field(n: number): { head: string; selection: string };
  /** The largest allowed `n` up to this is found first. */
  maxSize: number;
}

const STAFF: Caller = { kind: 'staff', companyId: null, name: 'bench' };
const SAMPLE_EVERY_MS = 10;
const MB = 1024 * 1024;
const ROOTS = DEFAULT_REQUEST_LIMITS.maxRootFields;

/**
 * The operation of a shape at size `n`. With `skipped`, every root field carries `@skip(if: true)`: the limits
 * count it all the same (they run before execution) but nothing is resolved, so probing a size costs nothing.
 */
function operation(shape: Shape, n: number, skipped: boolean): string {
  const { head, selection } = shape.field(n);
  const fields = Array.from({ length: shape.roots(n) }, (_, i) => `a${i}: ${head}${skipped ? ' @skip(if: true)' : ''} ${selection}`);
  return `{ ${fields.join(' ')} }`;
}

/** Suppliers of suppliers `hops` deep (four hops and the connection fill the 12 levels the depth limit allows). */
const nested = (hops: number): string => (hops === 0 ? 'id' : `id name suppliers { product supplier { ${nested(hops - 1)} } }`);

/** A heavy query asked `n` times under aliases, as many times as the limits allow. */
const repeated = (label: string, head: string, selection: string): Shape => ({
  label: `n aliased ${label}`, roots: (n) => n, field: () => ({ head, selection }), maxSize: ROOTS,
});

const SHAPES: Shape[] = [
  {
    label: `${ROOTS} aliased companies(first: n), six fields each`,
    roots: () => ROOTS,
    field: (n) => ({ head: `companies(first: ${n})`, selection: '{ edges { node { id name description city website employees } } }' }),
    maxSize: 200,
  },
  {
    label: 'companies(first: n) with suppliers of suppliers 4 hops deep',
    roots: () => 1,
    field: (n) => ({ head: `companies(first: ${n})`, selection: `{ edges { node { ${nested(4)} } } }` }),
    maxSize: 200,
  },
  repeated('matchSuppliersForRequirement(a top domain, near misses, first: 20)', `matchSuppliersForRequirement(first: 20, options: { includeNearMisses: true },
    requirement: { location: { latitude: 51.45, longitude: 7.01 }, requiredCapabilities: [{ capabilityId: "advanced-materials", minLevel: 1 }] })`,
  '{ eligibleCount matches { company { id name } score relationships missing { kind reason } } }'),
  repeated('consortia(role-001, 3 partners, first: 10)', 'consortia(roleId: "role-001", maxPartners: 3, first: 10)',
    '{ singleSupplierCount consortia { members { company { id } } } }'),
  repeated('whereDoIFit(bench-4711, first: 20)', 'whereDoIFit(companyId: "bench-4711", first: 20)',
    '{ qualifying { role { id } score } nearMisses { role { id } } cheapestSteps { rolesUnlocked } partners { company { id } } }'),
  repeated('capabilityGaps(everything, covered too, 50 closers a gap)', 'capabilityGaps(options: { includeCovered: true, closersPerGap: 50 })',
    '{ gaps { status supplierCount closers { distanceKm } } }'),
  repeated('concentration(everything)', 'concentration', '{ supplierCount largestRegionShare largestGroupShare }'),
  repeated('supplyChain(rheinmetall, depth 6)', 'supplyChain(primeId: "rheinmetall", maxDepth: 6)', '{ singlePointOfFailureCount companies { tier depths } }'),
  repeated('runCypher at the console\'s row and size limits',
    'runCypher(query: "UNWIND range(1, 4900) AS i RETURN i, reduce(s = \'\', x IN range(1, 100) | s + \'abcdefghij\') AS text")', '{ columns rows }'),
];

interface Outcome {
  ms: number;
  refusedBy: string | null;
  errors: string[];
}

async function send(app: App, query: string): Promise<Outcome> {
  const started = process.hrtime.bigint();
  const response = await app.apollo.executeOperation({ query }, { contextValue: app.context(STAFF) });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const errors = response.body.singleResult.errors ?? [];
  const refusal = errors.find((error) => error.extensions?.code === 'LIMIT_EXCEEDED' || error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
  return { ms, refusedBy: refusal && !response.body.singleResult.data ? refusal.message : null, errors: errors.map((e) => e.message) };
}

/** The largest size of the shape the limits let through, or 0; probed with skipped root fields, which run nothing. */
async function largestAllowed(app: App, shape: Shape): Promise<number> {
  let allowed = 0;
  let refused = shape.maxSize + 1;
  for (let n = shape.maxSize; refused - allowed > 1; n = Math.floor((allowed + refused) / 2)) {
    if ((await send(app, operation(shape, n, true))).refusedBy) refused = n;
    else allowed = n;
  }
  return allowed;
}

/** Runs `work` while sampling the process's memory; returns its result and the peaks. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number; peakHeap: number }> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  sample();
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  try {
    const result = await work();
    sample();
    return { result, peakRss, peakHeap };
  } finally {
    clearInterval(sampler);
  }
}

const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/**
 * Sends each heavy shape at the largest size the limits allow, one at a time as a staff key (which sees
 * everything), and prints its time, whether it was answered, and the peak RSS and heap of the process while it ran
 * (after a garbage collection when node runs with --expose-gc). With `only`, just the shapes whose label holds it.
 */
export async function benchLimits(app: App, only: string | null): Promise<void> {
  let overallRss = 0;
  for (const shape of SHAPES.filter((s) => only === null || s.label.includes(only))) {
    const size = await largestAllowed(app, shape);
    if (size === 0) {
      console.log(`limits ${shape.label}: refused at every size`);
      continue;
    }
    collectGarbage();
    const before = process.memoryUsage();
    const { result, peakRss, peakHeap } = await measured(() => send(app, operation(shape, size, false)));
    overallRss = Math.max(overallRss, peakRss);
    const answer = result.errors.length === 0 ? 'answered' : `answered with errors (${[...new Set(result.errors)].slice(0, 2).join('; ')})`;
    console.log(
      `limits ${shape.label.replace(/\bn\b/, String(size))}: ${answer} in ${(result.ms / 1000).toFixed(1)} s; `
      + `RSS ${Math.round(before.rss / MB)} -> peak ${Math.round(peakRss / MB)} MB, heap ${Math.round(before.heapUsed / MB)} -> peak ${Math.round(peakHeap / MB)} MB`,
    );
  }
  console.log(`limits: peak RSS over all shapes ${Math.round(overallRss / MB)} MB`);
}
