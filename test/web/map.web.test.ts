import { Browser } from 'playwright-core';

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

describe('the member map on the demo data', () => {
  const app = serveGraph('demo data');

  it('joins the regions to the BKG shapes by their official key', async () => {
    const { data } = await app.t.gql(REGIONS);
    const kreise = data!.regions.filter((r) => (r.kind === 'KREIS' || r.kind === 'KREISFREIE_STADT') && r.ags?.startsWith('05'));
    expect(kreise).toHaveLength(31);
    expect(data!.regions.find((r) => r.id === 'ennepe-ruhr-kreis')).toEqual({ id: 'ennepe-ruhr-kreis', name: 'Ennepe-Ruhr-Kreis', ags: '05954', kind: 'KREIS' });
  });

  it('shades the Kreise by members, lists a Kreis\'s companies on click, and narrows to a network', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/map');
    await page.getByRole('heading', { level: 1, name: 'Mitgliederkarte NRW' }).waitFor();
    // 217 companies: 210 in NRW's Kreise and kreisfreie Städte, 7 in Kiel, Munich, the Bodenseekreis and Bremen.
    await page.getByText('210 in NRW, 7 außerhalb oder ohne Kreis').waitFor();
    expect(await page.locator('.kreis-map path').count()).toBe(53);
    expect(await page.locator('path[data-ags="05954"]').getAttribute('aria-label')).toBe('Ennepe-Ruhr-Kreis: 5');
    expect(await page.locator('.kreis-table tbody tr').first().textContent()).toBe('Bochum14');
    expect(await page.locator('.map-attribution').textContent()).toContain('© GeoBasis-DE / BKG (2021) (Daten verändert)');

    await page.locator('path[data-ags="05954"]').click();
    const panel = page.getByRole('region', { name: /Ennepe-Ruhr-Kreis/ });
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe('Ennepe-Ruhr-Kreis (Kreis, 05954)');
    expect(await panel.locator('.kreis-companies a').allTextContents()).toEqual([
      'Ennepe Kabeltechnik GmbH', 'Klöckner Analytics KG', 'Korte Dünnschicht e.K.', 'Sauerland Kabeltechnik KG', 'Sieg Lasertechnik AG',
    ]);
    expect(new URL(page.url()).searchParams.get('kreis')).toBe('05954');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'map');

    // The BVMW's Ennepe-Ruhr chapter has two members, both in the Kreis.
    await page.getByLabel('Netzwerk').selectOption({ label: 'BVMW Ennepe-Ruhr-Kreis' });
    await page.getByText('2 in NRW').waitFor();
    await page.locator('path[data-ags="05954"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: /Ennepe-Ruhr-Kreis/ }).locator('.kreis-companies a').first().waitFor();
    expect(await page.getByRole('region', { name: /Ennepe-Ruhr-Kreis/ }).locator('.kreis-companies a').allTextContents())
      .toEqual(['Klöckner Analytics KG', 'Sauerland Kabeltechnik KG']);
    expect(problemsOf(context)).toEqual({ foreignRequests: [], pageErrors: [] });
    await context.close();
  });
});

const REGIONS = graphql(`
  query Regions { regions { id name ags kind } }
`);
