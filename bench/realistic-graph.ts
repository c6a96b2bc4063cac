/**
 * The bench's graph: on top of the demo data, `companies` generated companies `bench-0`, `bench-1`, ... shaped like a
 * national register of defence suppliers. Everything comes from a seeded PRNG, and company i's facts (its place,
 * claims, certificates, memberships, supply links) depend only on the seed and i: the first 10,000 companies are the
 * same at 10,000 and at 100,000, which lets the bench compare a role with the same eligible set at both sizes.
 * Dates are relative to `referenceDate` (today by default), so that the mix of valid and expired certificates
 * stays realistic.
 *
 * The graph is written through the service's own write paths (the import, seed, company, supply-link and readiness
 * queries in cypher/), so it has exactly the property names, relationship types and statuses the API reads.
 */
import { EVIDENCE_RANK } from '../src/common/enums';
import { Executor } from '../src/db/executor';
import { DemoData, loadDemoData, seedDemoData } from '../src/demo-data/demo-data';

type Row = Record<string, unknown>;

export interface RealisticGraphOptions {
  companies: number;
  seed: number;
  /** The day dates are spread around, YYYY-MM-DD; today (UTC) by default. */
  referenceDate?: string;
  demo?: DemoData;
  /** Told after each written batch of companies, with how many are written. */
  progress?: (written: number) => void;
}

/** What the bench asks about: the ids whose meaning the generator fixes. */
export interface RealisticGraph {
  companies: number;
  claims: number;
  certificates: number;
  supplyLinks: number;
  roles: number;
  /** An open role whose mandatory capability is the most common one. */
  commonRoleId: string;
  /** An open role needing the reserved rare capability, held only by bench companies below STABLE_HOLDERS_BELOW. */
  stableRoleId: string;
  /** A bench company in a supply chain holding several claims and certificates: a typical SME asking where it fits. */
  typicalCompanyId: string;
  /** The most common capability and its domain. */
  commonCapabilityId: string;
  commonDomainId: string;
}

export const COMMON_ROLE_ID = 'bench-role-common';
export const STABLE_ROLE_ID = 'bench-role-rare-stable-eligible';
/** Only bench companies below this index hold the reserved capability of STABLE_ROLE_ID. */
export const STABLE_HOLDERS_BELOW = 10_000;
/** Held by nobody but the stable role's candidates; its parent is never claimed either (no partial candidates). */
const RESERVED_CAPABILITY = 'diffractive-optics';
const RESERVED_PARENT = 'micro-optics';

const BATCH = 2_000;
const SOURCE = 'bench';

/** mulberry32: a small, fast PRNG with a 32-bit state; good enough to shape test data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG of its own for each (seed, stream, index), so that one entity's draws never shift another's. */
function rngFor(seed: number, stream: number, index: number): () => number {
  return mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f));
}

class Draw {
  constructor(readonly next: () => number) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of `weighted`'s values, with probability proportional to its weight. */
  weighted<T>(weighted: readonly (readonly [T, number])[]): T {
    const total = weighted.reduce((sum, [, w]) => sum + w, 0);
    let at = this.next() * total;
    for (const [value, w] of weighted) {
      at -= w;
      if (at < 0) return value;
    }
    return weighted[weighted.length - 1][0];
  }

  /** `count` distinct values of a weighted list (fewer when it has fewer). */
  distinct<T>(weighted: readonly (readonly [T, number])[], count: number): T[] {
    const chosen = new Set<T>();
    for (let attempt = 0; chosen.size < Math.min(count, weighted.length) && attempt < count * 20; attempt += 1) {
      chosen.add(this.weighted(weighted));
    }
    return [...chosen];
  }
}

/** Zipf-like weights (1/rank^1.1) for a list ordered from most to least common. */
function zipf<T>(ordered: readonly T[]): [T, number][] {
  return ordered.map((value, rank) => [value, 1 / (rank + 1) ** 1.1]);
}

function shuffled<T>(items: readonly T[], draw: Draw): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(draw.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Capabilities most held in the Mittelstand first (machining, sheet metal, welding, electronics manufacturing). */
const COMMON_LEAVES = [
  'cnc-5-axis-milling', 'cnc-turning', 'sheet-metal-fabrication', 'surface-treatment', 'laser-beam-welding',
  'pcb-assembly', 'cable-harnesses', 'forging-casting', 'corrosion-protection', 'metal-additive-manufacturing',
  'embedded-systems', 'power-electronics', 'emc-testing',
];
const COMMON_MIDS = ['precision-machining', 'welding', 'coatings', 'additive-manufacturing'];

const SIZE_CLASSES = [['MICRO', 35], ['SMALL', 35], ['MEDIUM', 22], ['LARGE', 8]] as const;
const EMPLOYEES: Record<string, [number, number]> = { MICRO: [2, 9], SMALL: [10, 49], MEDIUM: [50, 249], LARGE: [250, 4000] };
const LEGAL_FORMS = [['GmbH', 70], ['GmbH & Co. KG', 20], ['AG', 5], ['KG', 5]] as const;
const EXPORT_CONTROL = [['NOT_ASSESSED', 50], ['IN_PREPARATION', 25], ['READY', 25]] as const;
const CLEARANCES = [['NONE', 80], ['VS_NFD', 15], ['VS_VERTRAULICH', 3], ['GEHEIM', 2]] as const;
const CLAIM_LEVELS = [[1, 10], [2, 20], [3, 35], [4, 25], [5, 10]] as const;
const CLAIM_EVIDENCE = [['SELF_DECLARED', 55], ['PLAUSIBILITY_CHECKED', 35], ['VERIFIED', 10]] as const;
const CERTIFICATE_EVIDENCE = [['SELF_DECLARED', 40], ['PLAUSIBILITY_CHECKED', 40], ['VERIFIED', 20]] as const;
const CERTIFICATIONS = [
  ['iso-9001', 50], ['iso-14001', 12], ['aqap-2110', 8], ['en-9100', 6], ['iso-3834', 6], ['iso-27001', 5],
  ['iatf-16949', 5], ['en-15085', 3], ['tisax', 2], ['aqap-2310', 1], ['iso-45001', 1], ['iso-17025', 1],
] as const;
const CHAIN_TIERS = [[1, 10], [2, 35], [3, 35], [4, 20]] as const;
const NAME_STEMS = [
  'Lenne', 'Ruhr', 'Sieg', 'Wupper', 'Emscher', 'Lippe', 'Volme', 'Ennepe', 'Sauerland', 'Münsterland', 'Rhein',
  'Eifel', 'Weser', 'Bergisch', 'Märkisch', 'Nord', 'West', 'Teuto', 'Hellweg', 'Niederrhein', 'Isar', 'Neckar',
];
const NAME_TRADES = [
  'Präzisionstechnik', 'Feinmechanik', 'Metallbau', 'Zerspanung', 'Elektronik', 'Oberflächentechnik', 'Systemtechnik',
  'Kabelkonfektion', 'Schweißtechnik', 'Photonik', 'Werkstofftechnik', 'Sensorik', 'Leichtbau', 'Optik',
  'Fertigungstechnik', 'Software', 'Gerätebau', 'Antriebstechnik',
];
const CLAIM_EVIDENCE_TEXTS = ['Series production since 2012', 'Reference projects for industrial customers', 'Qualified by a Tier-1 audit', null];
const PRODUCTS = ['machined parts', 'welded assemblies', 'cable harnesses', 'PCB assemblies', 'coated components', 'sensor modules', 'software'];

interface Place {
  regionId: string;
  latitude: number;
  longitude: number;
  city: string;
  postalCode: string;
  nrw: boolean;
}

/** The demo data's Kreise with a demo company in them: their mean location, a city and postal code there. */
function placesOf(demo: DemoData): Place[] {
  const regions = new Map(demo.regions.map((r) => [String(r.id), r]));
  const inNrw = (id: string): boolean => {
    for (let region = regions.get(id); region; region = regions.get(String(region.parentId))) {
      if (region.id === 'nrw') return true;
    }
    return false;
  };
  const byRegion = new Map<string, Row[]>();
  for (const company of demo.companies) {
    const regionId = String(company.regionId);
    byRegion.set(regionId, [...(byRegion.get(regionId) ?? []), company]);
  }
  return [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([regionId, companies]) => {
    const first = companies[0].properties as Row;
    return {
      regionId,
      latitude: companies.reduce((sum, c) => sum + Number(c.latitude), 0) / companies.length,
      longitude: companies.reduce((sum, c) => sum + Number(c.longitude), 0) / companies.length,
      city: String(first.city),
      postalCode: String(first.postalCode),
      nrw: inNrw(regionId),
    };
  });
}

interface ChainMember {
  id: string;
  programId: string;
  tier: number;
}

interface Taxonomy {
  leaves: [string, number][];
  mids: [string, number][];
  mostCommon: string;
  domainOf: Map<string, string>;
}

function taxonomyOf(demo: DemoData, draw: Draw): Taxonomy {
  const parentOf = new Map(demo.capabilities.map((c) => [String(c.id), c.parentId === null ? null : String(c.parentId)]));
  const hasChildren = new Set([...parentOf.values()].filter((p): p is string => p !== null));
  const claimable = [...parentOf.keys()].filter((id) => parentOf.get(id) !== null && id !== RESERVED_CAPABILITY && id !== RESERVED_PARENT);
  const ordered = (all: string[], common: string[]) => [...common, ...shuffled(all.filter((id) => !common.includes(id)), draw)];
  const domainOf = new Map<string, string>();
  for (const id of parentOf.keys()) {
    let top = id;
    while (parentOf.get(top)) top = parentOf.get(top)!;
    domainOf.set(id, top);
  }
  return {
    leaves: zipf(ordered(claimable.filter((id) => !hasChildren.has(id)), COMMON_LEAVES)),
    mids: zipf(ordered(claimable.filter((id) => hasChildren.has(id)), COMMON_MIDS)),
    mostCommon: COMMON_LEAVES[0],
    domainOf,
  };
}

interface GeneratedCompany {
  company: Row;
  claims: Row[];
  certificates: Row[];
  memberships: Row[];
  links: Row[];
  pendingLinks: Row[];
  /** Declared by the company itself, waiting for staff: written after the company, through company/upsert. */
  pendingClearance: string | null;
  defenceReady: boolean;
  chain: ChainMember | null;
}

const NRW_CLUSTERS = ['nmwp-nrw', 'zenit', 'ki-nrw', 'digital-sicher-nrw', 'aerospace-nrw', 'automotiveland-nrw'];
const BVMW_CHAPTERS: Record<string, string> = { hagen: 'bvmw-hagen', 'maerkischer-kreis': 'bvmw-maerkischer-kreis', 'ennepe-ruhr-kreis': 'bvmw-ennepe-ruhr' };

function generateCompany(
  index: number, seed: number, today: string, places: Place[], taxonomy: Taxonomy, chains: ChainMember[][], primeLinks: ChainMember[],
): GeneratedCompany {
  const draw = new Draw(rngFor(seed, 1, index));
  const id = `bench-${index}`;
  const nrw = draw.chance(0.75);
  const place = draw.pick(places.filter((p) => p.nrw === nrw));
  const sizeClass = draw.weighted(SIZE_CLASSES);
  const [minEmployees, maxEmployees] = EMPLOYEES[sizeClass];
  const clearance = draw.weighted(CLEARANCES);
  const clearancePending = clearance !== 'NONE' && draw.chance(0.05);
  const legalForm = draw.weighted(LEGAL_FORMS);
  const company: Row = {
    id,
    line: index,
    regionId: place.regionId,
    latitude: Math.round((place.latitude + (draw.next() - 0.5) * 0.16) * 1e5) / 1e5,
    longitude: Math.round((place.longitude + (draw.next() - 0.5) * 0.24) * 1e5) / 1e5,
    properties: {
      name: `${draw.pick(NAME_STEMS)} ${draw.pick(NAME_TRADES)} ${index} ${legalForm}`,
      legalForm,
      sizeClass,
      employees: draw.int(minEmployees, maxEmployees),
      city: place.city,
      postalCode: place.postalCode,
      isPrime: false,
      securityClearance: clearancePending ? 'NONE' : clearance,
      exportControl: draw.weighted(EXPORT_CONTROL),
    },
  };

  const claimCount = draw.int(3, 8);
  const leafCount = [...Array(claimCount)].filter(() => !draw.chance(0.15)).length;
  const capabilityIds = [...draw.distinct(taxonomy.leaves, leafCount), ...draw.distinct(taxonomy.mids, claimCount - leafCount)];
  if (index < STABLE_HOLDERS_BELOW && draw.chance(0.02)) capabilityIds.push(RESERVED_CAPABILITY);
  const claims = capabilityIds.map((capabilityId) => ({
    companyId: id, capabilityId, line: index, level: draw.weighted(CLAIM_LEVELS), evidenceLevel: draw.weighted(CLAIM_EVIDENCE),
    evidence: draw.pick(CLAIM_EVIDENCE_TEXTS),
  }));

  const certificates = draw.distinct(CERTIFICATIONS, draw.int(1, 3)).map((certificationId) => {
    const validUntil = addDays(today, draw.int(-730, 1095));
    return {
      companyId: id, certificationId, line: index, scope: 'Development and production', validFrom: addDays(validUntil, -1095),
      validUntil, evidenceLevel: draw.weighted(CERTIFICATE_EVIDENCE), certificateNumber: `BENCH-${certificationId.toUpperCase()}-${index}`,
    };
  });

  const networkIds: string[] = [];
  if (place.nrw && draw.chance(0.4)) networkIds.push(draw.pick(NRW_CLUSTERS));
  if (BVMW_CHAPTERS[place.regionId] && draw.chance(0.3)) networkIds.push(BVMW_CHAPTERS[place.regionId]);
  else if (draw.chance(0.08)) networkIds.push('bvmw-sv-netzwerk');
  const memberships = networkIds.map((networkId) => ({ companyId: id, networkId, since: `${draw.int(2010, 2025)}-0${draw.int(1, 9)}-1${draw.int(0, 9)}` }));

  const links: Row[] = [];
  const pendingLinks: Row[] = [];
  let chain: ChainMember | null = null;
  if (draw.chance(0.35)) {
    let tier: number = draw.weighted(CHAIN_TIERS);
    while (tier > 1 && !chains[tier - 2]?.length) tier -= 1;
    const candidates = tier === 1 ? primeLinks : chains[tier - 2];
    const customers = new Set([draw.pick(candidates), draw.chance(0.2) ? draw.pick(candidates) : null].filter((c): c is ChainMember => c !== null));
    for (const customer of customers) {
      const link = {
        supplierId: id, customerId: customer.id, programId: customer.programId, product: draw.pick(PRODUCTS), line: index,
        since: `${draw.int(2012, 2025)}-0${draw.int(1, 9)}-0${draw.int(1, 9)}`,
      };
      (draw.chance(0.02) ? pendingLinks : links).push(link);
    }
    if (links.length > 0) chain = { id, programId: String(links[0].programId), tier };
  }
  return { company, claims, certificates, memberships, links, pendingLinks, pendingClearance: clearancePending ? clearance : null, defenceReady: draw.chance(0.01), chain };
}

/** A supply role of the bench: 2-5 capability requirements, most of them common, some certification and clearance needs. */
function generateRole(index: number, seed: number, today: string, taxonomy: Taxonomy, buyers: ChainMember[]): Row {
  const draw = new Draw(rngFor(seed, 2, index));
  const buyer = draw.pick(buyers);
  const capabilityIds = draw.distinct(draw.chance(0.8) ? taxonomy.leaves : [...taxonomy.leaves, ...taxonomy.mids], draw.int(2, 5));
  const mandatoryCount = draw.int(1, Math.min(2, capabilityIds.length));
  const requiredCertifications: Row[] = [];
  if (draw.chance(0.6)) requiredCertifications.push({ certificationId: 'iso-9001', mandatory: true, minEvidenceLevel: draw.pick(['SELF_DECLARED', 'PLAUSIBILITY_CHECKED']) });
  if (draw.chance(0.25)) requiredCertifications.push({ certificationId: draw.pick(['aqap-2110', 'en-9100', 'iso-3834']), mandatory: draw.chance(0.3), minEvidenceLevel: 'SELF_DECLARED' });
  return {
    id: `bench-role-${String(index).padStart(4, '0')}`,
    line: index,
    title: `Tier-${buyer.tier + 1} supplier of ${capabilityIds[0]} for ${buyer.id}`,
    tier: buyer.tier + 1,
    status: 'OPEN',
    securityClearance: draw.weighted([['NONE', 70], ['VS_NFD', 25], ['GEHEIM', 5]] as const),
    quantity: draw.int(10, 5000),
    deadline: addDays(today, draw.int(30, 540)),
    buyerId: buyer.id,
    programId: buyer.programId,
    requiredCapabilities: capabilityIds.map((capabilityId, i) => ({ capabilityId, minLevel: draw.int(2, 4), mandatory: i < mandatoryCount })),
    requiredCertifications,
  };
}

function namedRoles(today: string, taxonomy: Taxonomy): Row[] {
  const common = {
    title: 'Bench: 5-axis milled housings (the most common capability)', tier: 2, status: 'OPEN', securityClearance: 'NONE', quantity: 800,
    deadline: addDays(today, 180), buyerId: 't1-ruhr-schutzsysteme', programId: 'prog-radschuetzenpanzer',
  };
  return [
    {
      ...common, id: COMMON_ROLE_ID, line: 0,
      requiredCapabilities: [
        { capabilityId: taxonomy.mostCommon, minLevel: 3, mandatory: true },
        { capabilityId: 'surface-treatment', minLevel: 2, mandatory: false },
        { capabilityId: 'cnc-turning', minLevel: 2, mandatory: false },
      ],
      requiredCertifications: [{ certificationId: 'iso-9001', mandatory: true, minEvidenceLevel: 'SELF_DECLARED' }],
    },
    {
      ...common, id: STABLE_ROLE_ID, line: 1, title: `Bench: ${RESERVED_CAPABILITY} (held only below bench-${STABLE_HOLDERS_BELOW})`,
      requiredCapabilities: [
        { capabilityId: RESERVED_CAPABILITY, minLevel: 2, mandatory: true },
        { capabilityId: 'precision-optics', minLevel: 2, mandatory: false },
      ],
      requiredCertifications: [{ certificationId: 'iso-9001', mandatory: false, minEvidenceLevel: 'SELF_DECLARED' }],
    },
  ];
}

function awardedAssessment(companyId: string, today: string, template: Row): Row {
  const decided = addDays(today, -200);
  return {
    id: `dr-bench-${companyId}`,
    companyId,
    createdAt: `${addDays(decided, -40)}T09:00:00Z`,
    updatedAt: `${decided}T10:00:00Z`,
    answers: template.answers,
    events: [{ id: `dr-bench-${companyId}-1`, from: 'IN_PLAUSIBILITY_CHECK', to: 'AWARDED', by: 'bench', at: `${decided}T10:00:00Z`, reason: 'bench' }],
    properties: { ...(template.properties as Row), submittedAt: addDays(decided, -20), decidedAt: decided, validUntil: addDays(decided, 1095) },
  };
}

/**
 * Loads the demo data, then writes the generated companies in batches (companies, claims, certificates,
 * memberships, confirmed supply links towards earlier tiers), then the few facts that wait for a second voice
 * (pending clearances and supply links), Defence Ready labels and the supply roles. Deterministic for a seed and day.
 */
export async function buildRealisticGraph(executor: Executor, options: RealisticGraphOptions): Promise<RealisticGraph> {
  const demo = options.demo ?? loadDemoData();
  const today = options.referenceDate ?? new Date().toISOString().slice(0, 10);
  await seedDemoData(executor, demo);

  const places = placesOf(demo);
  const taxonomy = taxonomyOf(demo, new Draw(rngFor(options.seed, 0, 0)));
  const primes = new Set(demo.companies.filter((c) => (c.properties as Row).isPrime).map((c) => String(c.id)));
  const primeLinks: ChainMember[] = demo.programs.map((p) => ({ id: String(p.primeId), programId: String(p.id), tier: 0 }));
  const chains: ChainMember[][] = [
    demo.supplyLinks.filter((l) => primes.has(String(l.customerId))).map((l) => ({ id: String(l.supplierId), programId: String(l.programId), tier: 1 })),
  ];
  const counts = { claims: 0, certificates: 0, supplyLinks: 0 };
  const pendingClearances: { id: string; clearance: string }[] = [];
  const pendingLinks: Row[] = [];
  const awarded: string[] = [];
  let typicalCompanyId: string | null = null;

  for (let start = 0; start < options.companies; start += BATCH) {
    const batch: GeneratedCompany[] = [];
    for (let index = start; index < Math.min(options.companies, start + BATCH); index += 1) {
      const generated = generateCompany(index, options.seed, today, places, taxonomy, chains, primeLinks);
      batch.push(generated);
      if (generated.chain) (chains[generated.chain.tier - 1] ??= []).push(generated.chain);
      if (generated.pendingClearance) pendingClearances.push({ id: String(generated.company.id), clearance: generated.pendingClearance });
      pendingLinks.push(...generated.pendingLinks);
      if (generated.defenceReady) awarded.push(String(generated.company.id));
      if (!typicalCompanyId && generated.chain?.tier === 2 && generated.claims.length >= 5 && generated.certificates.length >= 2) {
        typicalCompanyId = String(generated.company.id);
      }
    }
    const claims = batch.flatMap((g) => g.claims);
    const certificates = batch.flatMap((g) => g.certificates);
    const links = batch.flatMap((g) => g.links);
    const imported = { source: SOURCE, evidenceRank: EVIDENCE_RANK };
    await executor.write('benchGraph', 'import/companies', { ...imported, rows: batch.map((g) => g.company) });
    await executor.write('benchGraph', 'import/capability-claims', { ...imported, rows: claims });
    await executor.write('benchGraph', 'import/certificates', { ...imported, rows: certificates });
    await executor.write('benchGraph', 'seed/memberships', { rows: batch.flatMap((g) => g.memberships) });
    await executor.write('benchGraph', 'import/supply-links', { ...imported, rows: links });
    counts.claims += claims.length;
    counts.certificates += certificates.length;
    counts.supplyLinks += links.length;
    options.progress?.(Math.min(options.companies, start + BATCH));
  }

  await executor.writeTransaction('benchGraph', async (tx) => {
    for (const { id, clearance } of pendingClearances) {
      await tx.run('company/upsert', {
        id, properties: { securityClearance: clearance }, clearanceStatus: 'PENDING', setLocation: false, location: null, setRegion: false,
        regionId: null, setParentGroup: false, parentGroupId: null, parentGroupStatus: 'PENDING', setMemberships: false, memberships: [],
        setContacts: false, contacts: [],
      });
    }
    for (const link of pendingLinks) {
      await tx.run('supply-link/add', {
        id: `link-${link.programId}-${link.supplierId}-${link.customerId}`, supplierId: link.supplierId, customerId: link.customerId,
        programId: link.programId, product: link.product, since: link.since, source: SOURCE, status: 'PENDING', enteredBy: link.supplierId,
      });
    }
  });
  const template = demo.readinessAssessments.find((a) => (a.properties as Row).status === 'AWARDED');
  if (template && awarded.length > 0) {
    await executor.write('benchGraph', 'seed/readiness-assessments', { rows: awarded.map((id) => awardedAssessment(id, today, template)) });
  }

  const buyers = [...chains[0], ...(chains[1] ?? [])];
  const roleCount = Math.max(20, Math.round(options.companies / 500));
  const roles = [
    ...namedRoles(today, taxonomy),
    ...[...Array(roleCount)].map((_, index) => generateRole(index, options.seed, today, taxonomy, buyers)),
  ];
  await executor.write('benchGraph', 'import/supply-roles', { source: SOURCE, rows: roles });

  return {
    companies: options.companies,
    ...counts,
    roles: roles.length,
    commonRoleId: COMMON_ROLE_ID,
    stableRoleId: STABLE_ROLE_ID,
    typicalCompanyId: typicalCompanyId ?? 'bench-0',
    commonCapabilityId: taxonomy.mostCommon,
    commonDomainId: taxonomy.domainOf.get(taxonomy.mostCommon)!,
  };
}
