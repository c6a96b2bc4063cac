import { Browser } from 'playwright-core';

import { MATCHING_GRAPH } from '../fixtures/small-graph';
import { launchBrowser, openContext, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the concentration page', () => {
  const app = serveGraph(MATCHING_GRAPH);

  it('shows per capability in NRW the share of the largest Kreis and group, with the cluster risk in words', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/concentration?region=nrw');
    await page.getByText('Bereich: Nordrhein-Westfalen').waitFor();
    const row = (name: string) => page.locator('.concentration-table tbody tr', { hasText: name }).first();
    const cells = async (name: string) => (await row(name).locator('td').allTextContents()).map((text) => text.replace(/\u00a0/g, ' '));
    await row('Keramische Schutzkacheln').waitFor();
    // Armour tiles: Ceramics C and Pulver P in Hagen, Holding H in Köln; ceramics adds Tier One B (group H), K, N and Q in Köln.
    expect(await cells('Keramische Schutzkacheln')).toEqual([
      'Keramische SchutzkachelnNeue Werkstoffe', '3', 'Hagen67 %Mehrheit hier', 'Holding H AG33 %',
    ]);
    expect(await cells('Hochleistungskeramik')).toEqual([
      'HochleistungskeramikNeue Werkstoffe', '7', 'Köln71 %Mehrheit hier', 'Holding H AG29 %',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'concentration');
    await context.close();
  });
});
