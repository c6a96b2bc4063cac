import { Browser, Page } from 'playwright-core';

import { launchBrowser, openContext, problemsOf, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;
const app = serveGraph('demo data');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Every page of the web application as a network manager would mail it, with the heading it must open on. */
const DEEP_LINKS: [path: string, heading: string][] = [
  ['/', 'Unternehmen und Fähigkeiten finden'],
  ['/?capability=high-performance-ceramics&minLevel=3&network=defence-nrw', 'Unternehmen und Fähigkeiten finden'],
  ['/companies/sme-maerkische-schutzbau', 'Märkische Schutzbau GmbH & Co. KG'],
  ['/companies/sme-maerkische-schutzbau/fit', 'Passende Rollen für Märkische Schutzbau GmbH & Co. KG'],
  ['/roles/role-001', 'Ceramic armour tiles for add-on protection'],
  ['/roles/role-002?nearMisses=1', 'Welded armour steel hull sections'],
  ['/roles/role-009/consortia', 'Teams für „Sensor fusion software and computer vision for radar tracks“'],
  ['/gaps?network=defence-nrw', 'Fähigkeitslücken'],
  ['/chains', 'Lieferketten'],
  ['/chains/prog-radschuetzenpanzer?highlight=sme-ennepe-kabeltechnik', 'Lieferkette'],
  ['/chains/prime/rheinmetall', 'Lieferkette'],
];

async function headingOf(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 1 }).first();
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

describe('the web application on the demo data', () => {
  it.each(DEEP_LINKS)('opens %s on its page, fits the window, is accessible and loads nothing from outside', async (path, heading) => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto(path);
    expect(await headingOf(page)).toContain(heading);
    await page.waitForLoadState('networkidle');
    // Nothing wider than the window: a page that scrolls sideways hides columns from the user.
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
    // Nor a table sticking out of its card (a scrolling table box is fine).
    expect(await page.evaluate(`[...document.querySelectorAll('main .card table')]
      .filter((table) => !table.closest('.table-scroll, .chain-scroll'))
      .filter((table) => table.getBoundingClientRect().right > table.closest('.card').getBoundingClientRect().right + 1)
      .map((table) => table.closest('.card').querySelector('h2')?.textContent)`)).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problemsOf(context)).toEqual({ foreignRequests: [], pageErrors: [] });
    await screenshot(page, `demo${path.replace(/[^a-z0-9]+/gi, '-')}`, { fullPage: false });
    await context.close();
  });

  it('walks from the start page to a profile and its fit, and back and reload return to each view', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    const onPage = (name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    await page.goto('/?capability=high-performance-ceramics&minLevel=3');
    await onPage('Unternehmen und Fähigkeiten finden');
    await page.getByRole('link', { name: 'Hagener Hochleistungskeramik GmbH' }).first().click();
    await onPage('Hagener Hochleistungskeramik GmbH');
    await page.getByRole('link', { name: /Wo passe ich hin/ }).click();
    await onPage('Passende Rollen für Hagener Hochleistungskeramik GmbH');
    await page.reload();
    await onPage('Passende Rollen für Hagener Hochleistungskeramik GmbH');
    await page.goBack();
    await onPage('Hagener Hochleistungskeramik GmbH');
    await page.goBack();
    await onPage('Unternehmen und Fähigkeiten finden');
    expect(new URL(page.url()).search).toBe('?capability=high-performance-ceramics&minLevel=3');
    await page.getByRole('link', { name: 'Hagener Hochleistungskeramik GmbH' }).first().waitFor();
    await context.close();
  });
});
