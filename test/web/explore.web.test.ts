import { Browser } from 'playwright-core';

import { SMALL_GRAPH } from '../fixtures/small-graph';
import { launchBrowser, openContext, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

// Run in the page, given as text: the tests compile without the DOM's types.
const VISIBLE_NODES = `Array.from(document.querySelectorAll('.explore-node-list li')).map((li) => li.innerText.trim())`;

describe('the graph explorer for staff', () => {
  const app = serveGraph(SMALL_GRAPH, { keys: [{ kind: 'staff', name: 'Geschäftsstelle' }, { kind: 'company', name: 'Ceramics C', companyId: 'sme-c' }] });

  it('starts from a search hit, expands a company to its suppliers, keeps the view in the URL and opens a profile', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[0] });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Graph erkunden' }).click();
    await page.getByRole('heading', { name: 'Graph erkunden', level: 1 }).waitFor();
    await page.getByLabel('Ausgangspunkt suchen').fill('Tier One');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('button', { name: 'Ausgehen von Tier One B GmbH' }).click();
    await page.getByRole('heading', { name: 'Tier One B GmbH', level: 2 }).waitFor();
    expect(new URL(page.url()).searchParams.get('nodes')).toBe('Company:tier1-b');

    // Tier One B is supplied by Ceramics C, Drehteile D and Elektro E, and supplies Prime A (twice, one company);
    // with the three suppliers comes the fourth link among them: Drehteile D supplies Ceramics C.
    await page.getByRole('button', { name: 'beliefert (1)' }).waitFor();
    await page.getByRole('button', { name: 'Lieferanten (3)' }).click();
    await page.getByRole('group', { name: 'Ausschnitt des Graphen: 4 Knoten, 4 Beziehungen' }).waitFor();
    expect((await page.evaluate(VISIBLE_NODES) as string[]).sort()).toEqual([
      'Ceramics C GmbH · Unternehmen · BVMW',
      'Drehteile D KG · Unternehmen · BVMW',
      'Elektro E GmbH · Unternehmen · DEFENCE.NRW',
      'Tier One B GmbH · Unternehmen ohne Netzwerk',
    ]);
    expect(await page.locator('.graph-link text').allTextContents()).toEqual(['SUPPLIES', 'SUPPLIES', 'SUPPLIES', 'SUPPLIES']);
    await page.getByText('alle sichtbar').waitFor();
    const nodes = new URL(page.url()).searchParams.get('nodes')!.split(',');
    expect(nodes.sort()).toEqual(['Company:sme-c', 'Company:sme-d', 'Company:sme-e', 'Company:tier1-b']);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'explore-suppliers');

    // The view is the URL: a reload shows the same four companies, with Tier One B still selected.
    await page.reload();
    await page.getByRole('group', { name: 'Ausschnitt des Graphen: 4 Knoten, 4 Beziehungen' }).waitFor();
    await page.getByRole('heading', { name: 'Tier One B GmbH', level: 2 }).waitFor();

    // Selecting a supplier in the picture, its profile is one click away.
    await page.getByRole('button', { name: 'Drehteile D KG', exact: true }).click();
    await page.getByRole('heading', { name: 'Drehteile D KG', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Profil öffnen' }).click();
    await page.waitForURL(`${app.base}/companies/sme-d`);
    await context.close();
  });

  it('is neither offered nor opened for a company key', async () => {
    const context = await openContext(browser, app.base, { apiKey: app.keys[1] });
    const page = await context.newPage();
    await page.goto('/explore?nodes=Company:sme-c');
    await page.getByRole('heading', { name: 'Kein Zugriff' }).waitFor();
    await expect(page.getByRole('link', { name: 'Graph erkunden' }).count()).resolves.toBe(0);
    await context.close();
  });
});
