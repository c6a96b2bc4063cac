import ExcelJS from 'exceljs';

import { MATCHING_GRAPH } from './fixtures/small-graph';
import { createTestApp, loadFixture, removeFixture, serveForTest, TestApp } from './helpers/test-app';

let t: TestApp;
let http: { base: string; close(): Promise<void> };

beforeAll(async () => {
  t = await createTestApp();
  await loadFixture(t, MATCHING_GRAPH);
  http = await serveForTest(t);
});

afterAll(async () => {
  await http.close();
  await removeFixture(t);
  await t.close();
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function sheetOf(response: Response): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('saved analyses as XLSX', () => {
  it('serves the same rows as the CSV, with numbers as numbers and a bold header', async () => {
    const response = await fetch(`${http.base}/reports/analyses/members-by-region.xlsx?networkId=bvmw`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="members-by-region.xlsx"');
    // BVMW (with its Hagen chapter): Ceramics C in Hagen, Drehteile D in the Märkischer Kreis.
    expect(await sheetOf(response)).toEqual([
      ['regionId', 'region', 'members'],
      ['hagen', 'Hagen', 1],
      ['maerkischer-kreis', 'Märkischer Kreis', 1],
    ]);
    const csvResponse = await fetch(`${http.base}/reports/analyses/members-by-region.csv?networkId=bvmw`);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csvResponse.arrayBuffer());
    expect(csv).toBe('\uFEFFregionId;region;members\r\nhagen;Hagen;1\r\nmaerkischer-kreis;Märkischer Kreis;1\r\n');
  });

  it('serves any saved analysis with its own columns', async () => {
    const response = await fetch(`${http.base}/reports/analyses/single-source-capabilities.xlsx?minLevel=4`);
    expect(await sheetOf(response)).toEqual([
      ['capabilityId', 'capability', 'companyId', 'company'],
      ['materials', 'Advanced materials', 'sme-m', 'Material M GmbH'],
    ]);
  });

  it('checks the parameters as the CSV does: 400 naming the field', async () => {
    const bad = await fetch(`${http.base}/reports/analyses/single-source-capabilities.xlsx?minLevel=9`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'parameters.minLevel' });
  });
});
