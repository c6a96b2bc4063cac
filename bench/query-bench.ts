/**
 * The query half of `npm run bench`: each heavy question of the API, asked through GraphQL, interleaved with its
 * floor (the best single Cypher query giving the same answer, in bench/floors/), after a warm-up. Prints median and
 * p95, the answer's size, the floor's median and the ratio, whether the floor's answer equals the API's, and where
 * the API's time went (neo4j, loading, scoring, graphql: see src/common/timing.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../src/common/paths';
import { Spans, withTiming } from '../src/common/timing';
import { Row } from '../src/db/executor';
import { toLuceneQuery } from '../src/search/search.service';
import { App } from '../src/server/app';
import { RealisticGraph } from './realistic-graph';

interface Floor {
  /** A file in bench/floors/, without `.cypher`. */
  file: string;
  params: Record<string, unknown>;
  /** The part of the API's answer the floor returns, in the floor's shape. */
  fromApi(data: any): unknown;
  fromFloor(rows: Row[]): unknown;
}

export interface Question {
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** What to print beside the time: how big the answer is. */
  size(data: any): string;
  floor?: Floor;
}

export interface QuestionFigures {
  label: string;
  size: string;
  medianMs: number;
  p95Ms: number;
  floorMedianMs: number | null;
  /** `SAME`, `DIFFERS: ...`, or why there is no floor. */
  floorAnswer: string;
  breakdown: Record<'neo4j' | 'loading' | 'scoring' | 'graphql', number>;
}

const WARM_UP_RUNS = 2;

const MATCHES = 'eligibleCount nearMissCount matches { company { id name } score eligible }';
const FIT = `qualifying { role { id } score } nearMisses { role { id } score } cheapestSteps { rolesUnlocked }
  partners { company { id } } reach { program { id } tier }`;
const COMPANY_NODE = 'id name capabilities { capability { id } level } certifications { certification { id } validUntil }';
const ROLE_NODE = 'id title deadline requiredCapabilities { capability { id } minLevel mandatory } requiredCertifications { certification { id } mandatory }';

const matchesFromApi = (answer: any) => ({
  eligibleCount: answer.eligibleCount,
  nearMissCount: answer.nearMissCount,
  matches: answer.matches.map((m: any) => ({ id: m.company.id, score: m.score, eligible: m.eligible })),
});
const matchesFromFloor = ([row]: Row[]) => row;

function matchingFloor(roleId: string | null, requirement: Record<string, unknown> | null, includeNearMisses: boolean, field: string): Floor {
  return {
    file: 'match-suppliers',
    params: { roleId, requirement, first: 20, includeNearMisses },
    fromApi: (data) => matchesFromApi(data[field]),
    fromFloor: matchesFromFloor,
  };
}

function companyPageFloor(file: string, params: Record<string, unknown>): Floor {
  return {
    file,
    params: { first: 20, ...params },
    fromApi: (data) => ({
      totalCount: data.companies.totalCount,
      page: data.companies.edges.map(({ node }: any) => ({
        id: node.id,
        claims: node.capabilities.map((claim: any) => [claim.capability.id, claim.level]),
        certificates: node.certifications.map((held: any) => [held.certification.id, held.validUntil]),
      })),
    }),
    fromFloor: ([row]) => row,
  };
}

function rolePageFloor(capabilityId: string | null): Floor {
  return {
    file: 'supply-roles',
    params: { first: 20, capabilityId },
    fromApi: (data) => ({
      totalCount: data.supplyRoles.totalCount,
      page: data.supplyRoles.edges.map(({ node }: any) => ({
        id: node.id,
        capabilities: node.requiredCapabilities.map((need: any) => [need.capability.id, need.minLevel, need.mandatory]),
        certifications: node.requiredCertifications.map((need: any) => [need.certification.id, need.mandatory]),
      })),
    }),
    fromFloor: ([row]) => row,
  };
}

function gapsFloor(networkId: string | null): Floor {
  return {
    file: 'capability-gaps',
    params: { networkId, thinBelow: 3, closersPerGap: 5 },
    fromApi: (data) => data.capabilityGaps.gaps.map((gap: any) => ({
      capabilityId: gap.capability.id, status: gap.status, supplierCount: gap.supplierCount,
      closers: gap.closers.map((closer: any) => [closer.company.id, closer.distanceKm]),
    })),
    fromFloor: ([row]) => row.gaps,
  };
}

function fitFloor(companyId: string): Floor {
  return {
    file: 'where-do-i-fit',
    params: { companyId, first: 20 },
    fromApi: (data) => ({
      qualifying: data.whereDoIFit.qualifying.map((m: any) => [m.role.id, m.score]),
      nearMisses: data.whereDoIFit.nearMisses.map((m: any) => [m.role.id, m.score]),
    }),
    fromFloor: ([row]) => row,
  };
}

/** The heavy questions of issue #10 on the bench graph, each with its floor where one query can give the answer. */
export function heavyQuestions(graph: RealisticGraph): Question[] {
  const roleMatch = (roleId: string, includeNearMisses: boolean): Question => ({
    label: `matchSuppliers(${roleId}, first 20${includeNearMisses ? ', near misses' : ''})`,
    query: `query($id: ID!, $nearMisses: Boolean!) { matchSuppliers(roleId: $id, first: 20, options: { includeNearMisses: $nearMisses }) { ${MATCHES} } }`,
    variables: { id: roleId, nearMisses: includeNearMisses },
    size: (d) => `${d.matchSuppliers.eligibleCount} eligible, ${d.matchSuppliers.nearMissCount} near misses`,
    floor: matchingFloor(roleId, null, includeNearMisses, 'matchSuppliers'),
  });
  const place = { latitude: 51.45, longitude: 7.01 };
  const companyPage = (capabilityId: string | null): Question => ({
    label: `companies(first 20${capabilityId ? `, capability ${capabilityId}` : ''}) with totalCount, claims, certificates`,
    query: `query($where: CompanyWhere) { companies(first: 20, where: $where) { totalCount edges { node { ${COMPANY_NODE} } } } }`,
    variables: { where: capabilityId ? { capabilityId } : null },
    size: (d) => `${d.companies.totalCount} companies`,
    floor: capabilityId ? companyPageFloor('companies-with-capability', { capabilityId }) : companyPageFloor('companies', {}),
  });
  const rolePage = (capabilityId: string | null): Question => ({
    label: `supplyRoles(first 20${capabilityId ? `, capability ${capabilityId}` : ''}) with totalCount, requirements`,
    query: `query($where: SupplyRoleWhere) { supplyRoles(first: 20, where: $where) { totalCount edges { node { ${ROLE_NODE} } } } }`,
    variables: { where: capabilityId ? { capabilityId } : null },
    size: (d) => `${d.supplyRoles.totalCount} roles`,
    floor: rolePageFloor(capabilityId),
  });
  const fit = (companyId: string): Question => ({
    label: `whereDoIFit(${companyId}, first 20)`,
    query: `query($id: ID!) { whereDoIFit(companyId: $id, first: 20) { ${FIT} } }`,
    variables: { id: companyId },
    size: (d) => `${d.whereDoIFit.qualifying.length} qualifying, ${d.whereDoIFit.nearMisses.length} near misses, ${d.whereDoIFit.partners.length} partners`,
    floor: fitFloor(companyId),
  });
  const gaps = (networkId: string | null): Question => ({
    label: `capabilityGaps(${networkId ? `network ${networkId}` : 'everything'}, covered too, closers)`,
    query: `query($scope: AnalysisScope) { capabilityGaps(scope: $scope, options: { includeCovered: true }) {
      gaps { capability { id } status supplierCount closers { company { id } distanceKm } } } }`,
    variables: { scope: networkId ? { networkId } : null },
    size: (d) => `${d.capabilityGaps.gaps.length} demanded capabilities, ${d.capabilityGaps.gaps.filter((g: any) => g.status !== 'COVERED').length} not covered`,
    floor: gapsFloor(networkId),
  });
  const searchText = `Lenne Feinmechanik ${Math.min(4711, graph.companies - 1)}`;
  return [
    roleMatch('role-001', false),
    roleMatch('role-001', true),
    roleMatch(graph.commonRoleId, false),
    roleMatch(graph.stableRoleId, false),
    {
      label: `matchSuppliersForRequirement(domain ${graph.commonDomainId} level 3, first 20, near misses)`,
      query: `query($requirement: RequirementInput!) { matchSuppliersForRequirement(first: 20, options: { includeNearMisses: true },
        requirement: $requirement) { ${MATCHES} } }`,
      variables: { requirement: { location: place, requiredCapabilities: [{ capabilityId: graph.commonDomainId, minLevel: 3 }] } },
      size: (d) => `${d.matchSuppliersForRequirement.eligibleCount} eligible, ${d.matchSuppliersForRequirement.nearMissCount} near misses`,
      floor: matchingFloor(null, {
        buyerId: null, programId: null, location: place, maxDistanceKm: null, deadline: null, securityClearance: 'NONE',
        needs: [{ capabilityId: graph.commonDomainId, minLevel: 3, mandatory: true }], certificationNeeds: [],
      }, true, 'matchSuppliersForRequirement'),
    },
    fit(graph.typicalCompanyId),
    fit('sme-maerkische-schutzbau'),
    {
      label: 'consortia(role-001, 3 partners, first 10)',
      query: `query { consortia(roleId: "role-001", maxPartners: 3, first: 10) { singleSupplierCount consortia { coverage members { company { id } } } } }`,
      size: (d) => `${d.consortia.consortia.length} teams, ${d.consortia.singleSupplierCount} single suppliers`,
    },
    gaps(null),
    gaps('defence-nrw'),
    companyPage(graph.commonCapabilityId),
    companyPage(null),
    rolePage(graph.commonDomainId),
    rolePage(null),
    {
      label: `search("${searchText}", first 10)`,
      query: `query($text: String!) { search(text: $text, first: 10) { score node { __typename ... on Company { id } ... on Capability { id } } } }`,
      variables: { text: searchText },
      size: (d) => `${d.search.length} hits`,
      floor: {
        file: 'search',
        params: { query: toLuceneQuery(searchText), code: searchText.trim().toLowerCase(), first: 10 },
        fromApi: (data) => data.search.map((hit: any) => [`${hit.node.__typename.toLowerCase()}:${hit.node.id}`, hit.score]),
        fromFloor: ([row]) => row.hits,
      },
    },
  ];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const p95 = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];

async function askApi(app: App, question: Question): Promise<{ ms: number; spans: Spans; data: any }> {
  const { result: response, spans, totalMs } = await withTiming(() =>
    app.apollo.executeOperation({ query: question.query, variables: question.variables }, { contextValue: app.context() }));
  if (response.body.kind !== 'single') throw new Error(`${question.label}: expected a single result`);
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new Error(`${question.label}: ${errors.map((e) => e.message).join('; ')}`);
  return { ms: totalMs, spans, data };
}

async function askFloor(app: App, statement: string, floor: Floor): Promise<{ ms: number; rows: Row[] }> {
  const started = performance.now();
  const { rows } = await app.executor.readStatement('benchFloor', statement, floor.params);
  return { ms: performance.now() - started, rows };
}

/** The first place where two answers differ, as `path: api … floor …`; null when they are the same. */
export function firstDifference(api: unknown, floor: unknown, at = ''): string | null {
  if (Array.isArray(api) && Array.isArray(floor)) {
    for (let i = 0; i < Math.max(api.length, floor.length); i += 1) {
      if (i >= api.length || i >= floor.length) return `${at}: api has ${api.length} entries, floor ${floor.length}`;
      const inner = firstDifference(api[i], floor[i], `${at}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  if (api && floor && typeof api === 'object' && typeof floor === 'object') {
    for (const key of new Set([...Object.keys(api), ...Object.keys(floor)])) {
      const inner = firstDifference((api as Row)[key], (floor as Row)[key], at ? `${at}.${key}` : key);
      if (inner) return inner;
    }
    return null;
  }
  return api === floor ? null : `${at || 'answer'}: api ${JSON.stringify(api)}, floor ${JSON.stringify(floor)}`;
}

/** Runs one question `runs` times interleaved with its floor, after a warm-up, and prints its line. */
async function benchQuestion(app: App, question: Question, runs: number): Promise<QuestionFigures> {
  const statement = question.floor ? readFileSync(path.join(PROJECT_ROOT, 'bench', 'floors', `${question.floor.file}.cypher`), 'utf8') : null;
  let apiData: any;
  let floorRows: Row[] = [];
  for (let run = 0; run < WARM_UP_RUNS; run += 1) {
    apiData = (await askApi(app, question)).data;
    if (statement && question.floor) floorRows = (await askFloor(app, statement, question.floor)).rows;
  }
  const apiRuns: { ms: number; spans: Spans }[] = [];
  const floorMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    apiRuns.push(await askApi(app, question));
    if (statement && question.floor) floorMs.push((await askFloor(app, statement, question.floor)).ms);
  }
  let floorAnswer = 'no single-query floor (a search over teams)';
  if (question.floor) {
    const difference = firstDifference(question.floor.fromApi(apiData), question.floor.fromFloor(floorRows));
    floorAnswer = difference ? `DIFFERS: ${difference}` : 'SAME';
  }
  const span = (name: string) => median(apiRuns.map((r) => r.spans[name] ?? 0));
  const breakdown = {
    neo4j: span('neo4j'),
    loading: span('loading'),
    scoring: span('scoring'),
    graphql: median(apiRuns.map((r) => r.ms - (r.spans.neo4j ?? 0) - (r.spans.loading ?? 0) - (r.spans.scoring ?? 0))),
  };
  const figures: QuestionFigures = {
    label: question.label,
    size: question.size(apiData),
    medianMs: median(apiRuns.map((r) => r.ms)),
    p95Ms: p95(apiRuns.map((r) => r.ms)),
    floorMedianMs: floorMs.length > 0 ? median(floorMs) : null,
    floorAnswer,
    breakdown,
  };
  const floorPart = figures.floorMedianMs === null ? 'no floor'
    : `floor ${ms(figures.floorMedianMs)} (${ratio(figures)})`;
  console.log(
    `query ${question.label}: median ${ms(figures.medianMs)}, p95 ${ms(figures.p95Ms)} of ${runs}; ${floorPart}; ${figures.size}\n` +
    `  where the time went (medians): neo4j ${ms(breakdown.neo4j)}, loading ${ms(breakdown.loading)}, scoring ${ms(breakdown.scoring)}, ` +
    `graphql ${ms(breakdown.graphql)}; floor's answer: ${floorAnswer}`,
  );
  return figures;
}

const ms = (value: number): string => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
const ratio = (figures: QuestionFigures): string =>
  figures.floorMedianMs === null ? '' : `${(figures.medianMs / Math.max(figures.floorMedianMs, 0.1)).toFixed(1)}×`;

/** Asks every question whose label contains `only` (all without it), `runs` times each. */
export async function benchQueries(app: App, questions: Question[], runs: number, only: string | null): Promise<QuestionFigures[]> {
  const figures: QuestionFigures[] = [];
  for (const question of questions.filter((q) => only === null || q.label.includes(only))) {
    figures.push(await benchQuestion(app, question, runs));
  }
  return figures;
}

/** The figures as a markdown table, as the README's Performance section takes them. */
export function markdownTable(figures: QuestionFigures[]): string {
  const lines = [
    '| question | answer | median | p95 | floor | API/floor | neo4j | loading | scoring | graphql | floor\'s answer |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const f of figures) {
    const b = f.breakdown;
    lines.push(
      `| \`${f.label}\` | ${f.size} | ${ms(f.medianMs)} | ${ms(f.p95Ms)} | ${f.floorMedianMs === null ? '-' : ms(f.floorMedianMs)} | ` +
      `${ratio(f) || '-'} | ${ms(b.neo4j)} | ${ms(b.loading)} | ${ms(b.scoring)} | ${ms(b.graphql)} | ${f.floorAnswer.split(':')[0]} |`,
    );
  }
  return lines.join('\n');
}
