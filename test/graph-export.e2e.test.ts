import { ExportLine, GraphExportService, parseExport } from '../src/graph-export/graph-export.service';
import { loadDemoData, seedDemoData } from '../src/demo-data/demo-data';
import { MATCHING_GRAPH } from './fixtures/small-graph';
import { graphql } from './graphql';
import { createTestApp, loadFixture, TestApp } from './helpers/test-app';

let t: TestApp;
let service: GraphExportService;

beforeAll(async () => {
  t = await createTestApp();
  service = new GraphExportService(t.app.executor);
  await loadFixture(t, MATCHING_GRAPH);
});

// An export is imported into an empty database only, so the import tests empty it, and the suite leaves it empty.
afterAll(async () => {
  await emptyDatabase();
  await t.close();
});

async function runCypher(query: string): Promise<Record<string, unknown>[]> {
  const session = t.driver.session();
  try {
    return (await session.run(query)).records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

const emptyDatabase = () => runCypher('MATCH (n) DETACH DELETE n');

const nodeCount = async () => Number((await runCypher('MATCH (n) RETURN count(n) AS n'))[0].n);

/** The graph without element ids: each node and relationship as a canonical string, sorted. */
function canonical(lines: ExportLine[]): string[] {
  const nodes = lines.filter((l) => l.kind === 'node') as Extract<ExportLine, { kind: 'node' }>[];
  const describe = new Map(nodes.map((n) => [
    n.key,
    JSON.stringify({ labels: [...n.labels].sort(), properties: [...n.properties].sort((a, b) => a.key.localeCompare(b.key)) }),
  ]));
  const relationships = (lines.filter((l) => l.kind === 'relationship') as Extract<ExportLine, { kind: 'relationship' }>[]).map((r) =>
    JSON.stringify({ type: r.type, start: describe.get(r.start), end: describe.get(r.end), properties: [...r.properties].sort((a, b) => a.key.localeCompare(b.key)) }));
  return [...describe.values(), ...relationships].sort();
}

describe('graph export as JSON lines', () => {
  it('round-trips: importing an export into an empty database gives back the same graph', async () => {
    const assessment = await t.gql(START_ASSESSMENT, { companyId: 'sme-c' });
    expect(assessment.errors).toBeUndefined();
    const exported = await service.export(null);
    expect(exported[0]).toEqual({ kind: 'header', format: 'tiergraph-export', version: 1, networkId: null });
    const company = exported.find((l) => l.kind === 'node' && l.labels.includes('Company') && l.properties.some((p) => p.key === 'id' && p.value === 'sme-c'));
    expect(company && company.kind === 'node' && company.properties.find((p) => p.key === 'location')).toEqual({
      key: 'location', type: 'point', value: { latitude: 51.36, longitude: 7.47 },
    });

    const conflict = service.import(exported);
    await expect(conflict).rejects.toThrow('An export can only be imported into an empty database');

    await emptyDatabase();
    const counts = await service.import(JSON.parse(JSON.stringify(exported)) as ExportLine[]);
    expect(counts.nodes).toBe(exported.filter((l) => l.kind === 'node').length);
    const again = await service.export(null);
    expect(canonical(again)).toEqual(canonical(exported));
    const { data } = await t.gql(TIERS_AND_CERTIFICATES, { id: 'sme-f' });
    expect(data!.company!.tiers).toEqual([{ tier: 4 }]);
  });

  it("exports a network's part: its members with what hangs on them, and the reference data", async () => {
    const part = await service.export('defence-nrw');
    const companies = part.flatMap((l) => (l.kind === 'node' && l.labels.includes('Company') ? [l.properties.find((p) => p.key === 'id')!.value] : []));
    expect(companies.sort()).toEqual(['sme-c', 'sme-e']);
    expect(part.some((l) => l.kind === 'node' && l.labels.includes('ReadinessAssessment'))).toBe(true);
    expect(part.some((l) => l.kind === 'relationship' && l.type === 'HAS_CAPABILITY')).toBe(true);
    // sme-e supplies tier1-b, which is no member: that link stays out, as does every link to an unexported node.
    const keys = new Set(part.flatMap((l) => (l.kind === 'node' ? [l.key] : [])));
    const links = part.filter((l) => l.kind === 'relationship');
    expect(links.every((l) => l.kind === 'relationship' && keys.has(l.start) && keys.has(l.end))).toBe(true);
    expect(links.some((l) => l.kind === 'relationship' && l.type === 'SUPPLIES')).toBe(false);
    await expect(service.export('no-such-network')).rejects.toThrow("Network 'no-such-network' not found (networkId)");
  });

  it('round-trips the whole demo graph, Defence Ready assessments and audit trails included', async () => {
    await emptyDatabase();
    await seedDemoData(t.app.executor, loadDemoData());
    const exported = await service.export(null);
    expect(exported.filter((l) => l.kind === 'node' && l.labels.includes('ReadinessEvent')).length).toBeGreaterThan(20);
    await emptyDatabase();
    // Through the file format, as the CLI reads it.
    await service.import(parseExport(exported.map((line) => JSON.stringify(line)).join('\n')));
    expect(canonical(await service.export(null))).toEqual(canonical(exported));
  });

  it('reads an export file line by line and names the line of each problem', () => {
    const header = JSON.stringify({ kind: 'header', format: 'tiergraph-export', version: 1, networkId: null });
    const node = (key: string) => JSON.stringify({ kind: 'node', key, labels: ['Region'], properties: [{ key: 'id', type: 'value', value: key }] });
    const link = (start: string, end: string) => JSON.stringify({ kind: 'relationship', type: 'PART_OF', start, end, properties: [] });
    expect(parseExport([header, node('a'), node('b'), link('a', 'b'), ''].join('\n'))).toHaveLength(4);
    const problem = (lines: string[]) => {
      try {
        parseExport(lines.join('\n'));
      } catch (error) {
        return (error as Error).message;
      }
      return 'no problem';
    };
    expect(problem([node('a')])).toBe('Invalid value for line 1: the first line must be the tiergraph-export header');
    expect(problem([header, node('a'), '{"kind": "node", "key": "b",'])).toMatch(/^Invalid value for line 3: not JSON/);
    expect(problem([header, node('a'), link('a', 'z')])).toBe('Invalid value for line 3: relationship end z is no node above it in the file');
    expect(problem([header, node('a'), node('a')])).toBe('Invalid value for line 3: node key a appears twice');
    expect(problem([header, JSON.stringify({ kind: 'node', key: 'x', labels: ['Region'], properties: [{ key: 'id', type: 'blob', value: 1 }] })]))
      .toBe('Invalid value for line 2: properties must be a list of {key, type, value} with type one of date, datetime, point, integer, float, value');
    expect(problem([''])).toBe('Invalid value for line 1: the file is empty');
  });

  it('leaves nothing behind when a batch fails, and clears what an interrupted import left', async () => {
    await emptyDatabase();
    const small = new GraphExportService(t.app.executor, 2);
    const company = (key: string, id: string): ExportLine => ({
      kind: 'node', key, labels: ['Company'], properties: [{ key: 'id', type: 'value', value: id }, { key: 'name', type: 'value', value: id }],
    });
    const header: ExportLine = { kind: 'header', format: 'tiergraph-export', version: 1, networkId: null };
    // The third batch repeats a company id: the uniqueness constraint refuses it after two batches were written.
    const clash = [header, company('1', 'c-1'), company('2', 'c-2'), company('3', 'c-3'), company('4', 'c-4'), company('5', 'c-1')];
    await expect(small.import(clash)).rejects.toThrow();
    expect(await nodeCount()).toBe(0);

    // An import whose connection broke before it could clean up leaves marked nodes: the next import removes them.
    await runCypher("CREATE (:Company:TiergraphImport {id: 'c-1', tiergraphImportKey: 'old'})");
    expect(await small.import([header, company('1', 'c-1'), company('2', 'c-2')])).toEqual({ nodes: 2, relationships: 0 });
    expect(await nodeCount()).toBe(2);
    await expect(small.import([header, company('9', 'c-9')])).rejects.toThrow('An export can only be imported into an empty database');
  });
});

const START_ASSESSMENT = graphql(`
  mutation StartAssessment($companyId: ID!) {
    startReadinessAssessment(companyId: $companyId) { id }
  }`);

const TIERS_AND_CERTIFICATES = graphql(`
  query TiersAndCertificates($id: ID!) {
    company(id: $id) { tiers { tier } certifications { validUntil } }
  }`);
