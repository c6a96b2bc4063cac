import { readFileSync } from 'node:fs';

import { Browser, Page } from 'playwright-core';

import { SMALL_GRAPH } from '../fixtures/small-graph';
import { graphStats } from '../helpers/test-app';
import { launchBrowser, openContext, problemsOf, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

// Run in the page, given as text: the tests compile without the DOM's types.
const TABLE_ROWS = `Array.from(document.querySelectorAll('.query-table tr')).map((row) =>
  Array.from(row.children).map((cell) => cell.innerText.trim()))`;

/** Types a query into the editor (CodeMirror in its shadow root) and runs it with the button. */
async function runQuery(page: Page, query: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Cypher-Abfrage' });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(query);
  await page.getByRole('button', { name: 'Ausführen' }).click();
}

const SUPPLIERS_OF_TIER_ONE = "MATCH (s:Company)-[l:SUPPLIES]->(c:Company {id: 'tier1-b'}) RETURN s.name AS supplier, l.product AS product, s, l, c ORDER BY supplier";

describe('the Cypher console for staff', () => {
  const app = serveGraph(SMALL_GRAPH, { keys: [{ kind: 'staff', name: 'Geschäftsstelle' }, { kind: 'company', name: 'Ceramics C', companyId: 'sme-c' }] });

  it('runs a typed query and shows the table, the graph and the CSV download', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[0] });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Abfragen' }).click();
    await page.getByRole('heading', { name: 'Abfragen', level: 1 }).waitFor();
    // The model beside the editor: 6 companies, 7 supply links in the small graph.
    await page.locator('.query-model-list li', { hasText: '(:Company)' }).getByText('6').waitFor();
    await expect(page.locator('.query-model-list li', { hasText: '[:SUPPLIES]' }).innerText()).resolves.toContain('7');

    const before = await graphStats(app.t);
    await runQuery(page, SUPPLIERS_OF_TIER_ONE);
    await page.getByRole('heading', { name: 'Ergebnis' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe(SUPPLIERS_OF_TIER_ONE);
    // Tier One B is supplied by Ceramics C (armour tiles), Elektro E (cable harnesses) and Drehteile D (turned parts).
    expect(await page.evaluate(TABLE_ROWS)).toEqual([
      ['supplier', 'product', 's', 'l', 'c'],
      ['Ceramics C GmbH', 'armour tiles', '(:Company Ceramics C GmbH)', '[:SUPPLIES]', '(:Company Tier One B GmbH)'],
      ['Drehteile D KG', 'turned parts', '(:Company Drehteile D KG)', '[:SUPPLIES]', '(:Company Tier One B GmbH)'],
      ['Elektro E GmbH', 'cable harnesses', '(:Company Elektro E GmbH)', '[:SUPPLIES]', '(:Company Tier One B GmbH)'],
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'Zeilen in' }).innerText()).resolves.toMatch(/^3 Zeilen in [\d.]+ ms$/);
    // The graph: four companies, three supply links, each node captioned.
    await page.getByRole('img', { name: '4 Knoten, 3 Beziehungen' }).waitFor();
    expect(await page.locator('.graph-node text').allTextContents()).toEqual(
      expect.arrayContaining(['Ceramics C GmbH', 'Drehteile D KG', 'Elektro E GmbH', 'Tier One B GmbH']));
    expect(await page.locator('.graph-link text').allTextContents()).toEqual(['SUPPLIES', 'SUPPLIES', 'SUPPLIES']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // No request leaves the service and the Content-Security-Policy refuses nothing (CodeMirror's styles included).
    expect(problemsOf(context)).toEqual({ foreignRequests: [], pageErrors: [] });
    await screenshot(page, 'query-console');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als CSV herunterladen' }).click()]);
    expect(download.suggestedFilename()).toBe('abfrage.csv');
    expect(readFileSync(await download.path(), 'utf8')).toBe('\uFEFF' + [
      'supplier;product;s;l;c',
      'Ceramics C GmbH;armour tiles;(:Company Ceramics C GmbH);[:SUPPLIES];(:Company Tier One B GmbH)',
      'Drehteile D KG;turned parts;(:Company Drehteile D KG);[:SUPPLIES];(:Company Tier One B GmbH)',
      'Elektro E GmbH;cable harnesses;(:Company Elektro E GmbH);[:SUPPLIES];(:Company Tier One B GmbH)',
      '',
    ].join('\r\n'));
    expect(await graphStats(app.t)).toEqual(before);
    await context.close();
  });

  it('loads an example, and shows a refused write in the service\'s words without writing', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[0] });
    const page = await context.newPage();
    await page.goto('/query');
    await page.getByRole('button', { name: 'Beispiel laden: Mitglieder je Netzwerk' }).click();
    await page.getByRole('button', { name: 'Ausführen' }).click();
    // Memberships of the small graph: BVMW Hagen 2 (Ceramics C since 2020-01-15), NMWP.NRW 1, DEFENCE.NRW 1.
    await page.locator('.query-table').waitFor();
    expect((await page.evaluate(TABLE_ROWS) as string[][])[1]).toEqual(['BVMW Hagen', '2', '15.01.2020']);

    const before = await graphStats(app.t);
    await runQuery(page, "CREATE (:Company {id: 'intruder'})");
    await page.getByRole('heading', { name: 'Abgelehnt oder fehlgeschlagen' }).waitFor();
    await expect(page.locator('.query-refused p').innerText())
      .resolves.toBe('Invalid value for query: writes are not allowed: the console only reads (Create)');
    expect(await graphStats(app.t)).toEqual(before);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is neither offered nor opened for a company key', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[1] });
    const page = await context.newPage();
    await page.goto('/query');
    await page.getByRole('heading', { name: 'Kein Zugriff' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').allInnerTexts())
      .toEqual(['Suche', 'Fähigkeitslücken', 'Lieferketten', 'Konzentration', 'Karte']);
    await context.close();
  });
});

describe('the Cypher console on the demo data, without keys, from this machine', () => {
  const app = serveGraph('demo data');

  it('shows suppliers of Rheinmetall up to two tiers deep as a table and a graph', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/query');
    await runQuery(page, "MATCH path = (supplier:Company)-[:SUPPLIES*1..2]->(:Company {id: 'rheinmetall'}) "
      + 'RETURN supplier.name AS supplier, length(path) AS tier, path ORDER BY tier, supplier LIMIT 12');
    await page.getByRole('img', { name: /Knoten/ }).waitFor();
    expect((await page.evaluate(TABLE_ROWS) as string[][])[0]).toEqual(['supplier', 'tier', 'path']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'demo-query-console');
    await context.close();
  });
});
