import { readFileSync } from 'node:fs';

import { Browser } from 'playwright-core';

import { MATCHING_GRAPH } from '../fixtures/small-graph';
import { graphql } from '../graphql';
import { launchBrowser, openContext, problemsOf, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

// Line 1 is the header; line 3 has a postal code of four digits.
const MEMBER_LIST = [
  'Firmen-ID;Firma;PLZ;Ort;Kreis',
  'sme-neu-eins;Neu Eins GmbH;58095;Hagen;hagen',
  'sme-neu-zwei;Neu Zwei GmbH;5809;Hagen;hagen',
  'sme-neu-drei;Neu Drei GmbH;50667;Köln;koeln',
].join('\r\n');

describe('the imports page', () => {
  const app = serveGraph(MATCHING_GRAPH, {
    keys: [{ kind: 'staff', name: 'Geschäftsstelle' }, { kind: 'company', companyId: 'sme-c', name: 'Ceramics C' }],
  });

  it('checks a member list with one bad row, names its line and column, and imports only the valid rows', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[0] });
    const page = await context.newPage();
    await page.goto('/imports');
    await page.getByRole('heading', { level: 1, name: 'Importe' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const template = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vorlage firmen.csv herunterladen' }).click();
    const templateText = readFileSync(await (await template).path(), 'utf8');
    expect(templateText.startsWith('\uFEFFFirmen-ID;Firma;Rechtsform;')).toBe(true);

    await page.getByLabel('Datei (CSV oder XLSX)').setInputFiles({ name: 'mitglieder.csv', mimeType: 'text/csv', buffer: Buffer.from(MEMBER_LIST, 'utf8') });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const report = page.getByRole('region', { name: 'Prüfbericht (noch nichts geschrieben)' });
    await report.waitFor();
    expect(await report.locator('.import-figures dd').allTextContents()).toEqual(['3', '✓ 2', '✗ 1', '0']);
    expect(await report.locator('table tbody tr').evaluateAll((rows) => rows.map((row) =>
      [...row.querySelectorAll('td')].map((td) => td.textContent)))).toEqual([
      ['3', 'PLZ', "'5809' is not a German postal code of five digits"],
    ]);
    expect(await page.getByRole('button', { name: 'Alle 3 Zeilen importieren' }).isDisabled()).toBe(true);
    expect((await t().gql(COMPANY_EXISTS, { id: 'sme-neu-eins' })).data?.company).toBeNull();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'imports-dry-run');

    await page.getByRole('button', { name: 'Nur die 2 gültigen Zeilen importieren' }).click();
    await page.getByText('2 von 3 Zeilen importiert.').waitFor();
    const { data } = await t().gql(IMPORTED_COMPANIES);
    expect(data).toEqual({ a: { name: 'Neu Eins GmbH', region: { id: 'hagen' } }, b: null, c: { name: 'Neu Drei GmbH', region: { id: 'koeln' } } });
    expect(problemsOf(context)).toEqual({ foreignRequests: [], pageErrors: [] });
    await context.close();
  });

  it('is not offered to a company key', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[1] });
    const page = await context.newPage();
    await page.goto('/imports');
    await page.getByRole('heading', { name: 'Kein Zugriff' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Importe' }).count()).toBe(0);
    await context.close();
  });

  const t = () => app.t;
});

const COMPANY_EXISTS = graphql(`
  query CompanyExists($id: ID!) { company(id: $id) { id } }
`);

const IMPORTED_COMPANIES = graphql(`
  query ImportedCompanies {
    a: company(id: "sme-neu-eins") { name region { id } }
    b: company(id: "sme-neu-zwei") { name }
    c: company(id: "sme-neu-drei") { name region { id } }
  }
`);
