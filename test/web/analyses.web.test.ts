import { readFileSync } from 'node:fs';

import { Browser, Page } from 'playwright-core';

import { MATCHING_GRAPH } from '../fixtures/small-graph';
import { launchBrowser, openContext, problemsOf, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

const tableRows = (page: Page) => page.locator('.analysis-result tbody tr').evaluateAll((rows) => rows.map((row) =>
  [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')));

describe('saved analyses', () => {
  const app = serveGraph(MATCHING_GRAPH, { keys: [{ kind: 'staff', name: 'Geschäftsstelle' }] });

  it('runs members per Kreis for a network, sorts the table, and the CSV holds the table\'s rows', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[0] });
    const page = await context.newPage();
    await page.goto('/analyses');
    await page.getByRole('heading', { level: 1, name: 'Analysen' }).waitFor();
    await page.locator('.analysis-library > li').first().waitFor();
    expect(await page.locator('.analysis-library > li').count()).toBe(12);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Mitglieder je Kreis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitglieder je Kreis' }).waitFor();

    // The network is required, as the API declares: the form says so and runs nothing.
    await page.getByRole('button', { name: 'Ausführen' }).click();
    expect(await page.locator('.parameter-form .field-error').allTextContents()).toEqual(['Bitte angeben.']);
    expect(await page.locator('.analysis-result').count()).toBe(0);

    await page.getByLabel('Netzwerk *').selectOption({ label: 'BVMW' });
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await page.getByRole('heading', { name: 'Ergebnis: 2 Zeilen' }).waitFor();
    expect(new URL(page.url()).searchParams.get('networkId')).toBe('bvmw');
    // BVMW with its Hagen chapter: Ceramics C in Hagen, Drehteile D in the Märkischer Kreis; most members first, then by name.
    expect(await page.locator('.analysis-result thead th').allTextContents()).toEqual(['Kreis-ID ↕', 'Kreis ↕', 'Mitglieder ↕']);
    const rows = await tableRows(page);
    expect(rows).toEqual([['hagen', 'Hagen', '1'], ['maerkischer-kreis', 'Märkischer Kreis', '1']]);
    expect(await page.getByRole('heading', { name: 'Mitglieder je Kreis', level: 2 }).count()).toBe(1);
    expect(await page.locator('.bar-chart .bar-label').allTextContents()).toEqual(['Hagen', 'Märkischer Kreis']);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV herunterladen' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('members-by-region.csv');
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = csv.slice(1).split('\r\n').filter(Boolean);
    expect(header).toBe('regionId;region;members');
    expect(lines.map((line) => line.split(';'))).toEqual(rows);

    const byKreis = page.getByRole('button', { name: 'Kreis', exact: true });
    await byKreis.click();
    await page.locator('th[aria-sort="ascending"]').waitFor();
    await byKreis.click();
    await page.locator('th[aria-sort="descending"]').waitFor();
    expect((await tableRows(page)).map((row) => row[1])).toEqual(['Märkischer Kreis', 'Hagen']);
    expect(new URL(page.url()).searchParams.get('dir')).toBe('desc');
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('Kreis ▼');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'analysis');

    // The link carries the run: a reload shows the same sorted result.
    await page.reload();
    await page.getByRole('heading', { name: 'Ergebnis: 2 Zeilen' }).waitFor();
    expect((await tableRows(page)).map((row) => row[1])).toEqual(['Märkischer Kreis', 'Hagen']);
    expect(problemsOf(context)).toEqual({ foreignRequests: [], pageErrors: [] });
    await context.close();
  });
});
