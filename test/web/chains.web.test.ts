import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Browser, Page } from 'playwright-core';

import { SMALL_GRAPH } from '../fixtures/small-graph';
import { launchBrowser, openContext, SCREENSHOT_DIR, screenshot, seriousAxeViolations } from './browser';
import { serveGraph } from './served-graph';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

// Run in the page, given as text: the tests compile without the DOM's types.
const COLUMNS = `(() => {
  const columns = [];
  for (const node of document.querySelectorAll('a.chain-node')) {
    const column = Number(node.getAttribute('data-column'));
    (columns[column] = columns[column] || []).push(node.querySelector('.box-name').textContent);
  }
  return columns;
})()`;

const SPOFS = `Array.from(document.querySelectorAll('.chain-spof-list li')).map((li) => li.innerText.replace(/\\s*\\n\\s*/g, ' '))`;

/** The company names in each column of the picture, the prime's column first, top to bottom. */
function pictureColumns(page: Page): Promise<string[][]> {
  return page.evaluate(COLUMNS) as Promise<string[][]>;
}

/** The single points of failure as listed below the picture. */
function spofList(page: Page): Promise<string[]> {
  return page.evaluate(SPOFS) as Promise<string[]>;
}

/** The chain picture alone, at full resolution, to look at next to the full-page screenshot. */
async function pictureScreenshot(page: Page, name: string): Promise<void> {
  await page.locator('section[aria-labelledby="chain-picture"]').screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The text of each matching row, cells split by tabs, lines within a cell joined. */
async function cellTexts(page: Page, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map((text) => text.replace(/[^\S\t]*\n[^\S\t]*/g, ' ').replace(/ ?\t ?/g, '\t'));
}

describe('the chain pages on the small graph', () => {
  const app = serveGraph(SMALL_GRAPH);

  it('lists the programs with their prime and the primes, each linking to its chain', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/chains');
    await page.getByRole('link', { name: 'Program X' }).waitFor();
    expect(await cellTexts(page, 'section[aria-labelledby="chains-programs"] tbody tr')).toEqual([
      'Program X\tPrime A AG\tBAAINBw',
      'Program Y\tPrime A AG\tBAAINBw',
    ]);
    expect(await page.getByRole('link', { name: 'Program X' }).getAttribute('href')).toBe('/chains/prog-x');
    expect(await page.getByRole('link', { name: 'Gesamte Kette von Prime A AG' }).getAttribute('href')).toBe('/chains/prime/prime-a');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'chains-index');
    await context.close();
  });

  it('draws Program X four tiers deep with its single points of failure, and a box opens the profile', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/chains/prog-x');
    await page.getByRole('heading', { name: 'Lieferkette Program X', level: 1 }).waitFor();
    expect(await page.locator('.chain-summary').innerText()).toBe('4 Unternehmen · 4 Lieferbeziehungen · 3 Single Points of Failure');
    expect(await pictureColumns(page)).toEqual([['Prime A AG'], ['Tier One B GmbH'], ['Ceramics C GmbH'], ['Drehteile D KG'], ['Faser F GmbH']]);
    expect(await page.locator('.chain-column-head').allTextContents()).toEqual(['Generalunternehmer', 'Tier-1', 'Tier-2', 'Tier-3', 'Tier-4']);
    expect(await page.locator('a.chain-node.is-spof .box-name').allTextContents()).toEqual(['Tier One B GmbH', 'Ceramics C GmbH', 'Drehteile D KG']);
    // As test/analysis.e2e.test.ts expects: every company between Faser F and the prime is the only way up for those below it.
    expect(await spofList(page)).toEqual([
      '⚠ Tier One B GmbH schneidet ab: Ceramics C GmbH, Drehteile D KG, Faser F GmbH',
      '⚠ Ceramics C GmbH schneidet ab: Drehteile D KG, Faser F GmbH',
      '⚠ Drehteile D KG schneidet ab: Faser F GmbH',
    ]);
    expect(await cellTexts(page, '.chain-sole tbody tr')).toEqual(['Keramische Schutzkacheln\tCeramics C GmbH', 'Faserverbundwerkstoffe\tFaser F GmbH']);
    expect(await page.locator('.chain-edge title').allTextContents()).toEqual([
      'Tier One B GmbH → Prime A AG: turret modules (Program X)',
      'Ceramics C GmbH → Tier One B GmbH: armour tiles (Program X)',
      'Drehteile D KG → Ceramics C GmbH: milled tile carriers (Program X)',
      'Faser F GmbH → Drehteile D KG: composite blanks (Program X)',
    ]);
    expect(await cellTexts(page, '.chain-table tbody tr')).toEqual([
      'Generalunternehmer\tPrime A AG\tMünchen\t–',
      'Tier-1\tTier One B GmbH ⚠ Single Point of Failure\tKöln\tPrime A AG · turret modules',
      'Tier-2\tCeramics C GmbH ⚠ Single Point of Failure\tHagen\tTier One B GmbH · armour tiles',
      'Tier-3\tDrehteile D KG ⚠ Single Point of Failure\tLüdenscheid\tCeramics C GmbH · milled tile carriers',
      'Tier-4\tFaser F GmbH\tHagen\tDrehteile D KG · composite blanks',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'chain-prog-x');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als CSV herunterladen' }).click()]);
    expect(download.suggestedFilename()).toBe('supply-chain.csv');
    expect(readFileSync(await download.path(), 'utf8')).toContain('Faser F GmbH');

    const ceramics = page.getByRole('link', { name: 'Ceramics C GmbH, Tier-2, Single Point of Failure: Profil öffnen' });
    expect(await ceramics.getAttribute('href')).toBe('/companies/sme-c');
    await ceramics.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.base}/companies/sme-c`);
    await page.goBack();
    await page.getByRole('link', { name: 'Faser F GmbH, Tier-4: Profil öffnen' }).click();
    await page.waitForURL(`${app.base}/companies/sme-f`);
    await context.close();
  });

  it('highlights the path of Faser F up to the prime, from the select and from a link, and keeps the depth in the URL', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/chains/prog-x');
    await page.getByLabel('Weg zum Generalunternehmer zeigen für').selectOption('sme-f');
    await page.waitForURL(`${app.base}/chains/prog-x?highlight=sme-f`);
    await page.getByRole('heading', { name: 'Weg von Faser F GmbH zum Generalunternehmer' }).waitFor();
    expect(await page.locator('.chain-path li').allInnerTexts()).toEqual(['Faser F GmbH', 'Drehteile D KG', 'Ceramics C GmbH', 'Tier One B GmbH', 'Prime A AG']);
    expect(await page.locator('.chain-edge.on-path').count()).toBe(4);
    expect(await page.locator('a.chain-node.on-path').count()).toBe(5);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await pictureScreenshot(page, 'chain-prog-x-highlight-sme-f');

    await page.goto('/chains/prog-x?highlight=sme-d');
    await page.getByRole('heading', { name: 'Weg von Drehteile D KG zum Generalunternehmer' }).waitFor();
    expect(await page.locator('.chain-edge.on-path').count()).toBe(3);
    expect(await page.locator('a.chain-node:not(.on-path) .box-name').allTextContents()).toEqual(['Faser F GmbH']);

    await page.getByLabel('Tiefe bis').selectOption('2');
    await page.waitForURL(`${app.base}/chains/prog-x?highlight=sme-d&maxDepth=2`);
    await page.getByText('Dieses Unternehmen liegt nicht in der gezeigten Kette.').waitFor();
    expect(await pictureColumns(page)).toEqual([['Prime A AG'], ['Tier One B GmbH'], ['Ceramics C GmbH']]);
    await page.reload();
    await page.getByText('Dieses Unternehmen liegt nicht in der gezeigten Kette.').waitFor();
    expect(await page.getByLabel('Tiefe bis').inputValue()).toBe('2');
    await context.close();
  });

  it('joins both programs below Prime A, where a second path takes Ceramics C off the single points of failure', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/chains/prime/prime-a');
    await page.getByRole('heading', { name: 'Lieferkette unter Prime A AG', level: 1 }).waitFor();
    expect(await pictureColumns(page)).toEqual([
      ['Prime A AG'], ['Tier One B GmbH'], ['Ceramics C GmbH', 'Drehteile D KG', 'Elektro E GmbH'], ['Faser F GmbH'],
    ]);
    expect(await spofList(page)).toEqual([
      '⚠ Tier One B GmbH schneidet ab: Ceramics C GmbH, Drehteile D KG, Elektro E GmbH, Faser F GmbH',
      '⚠ Drehteile D KG schneidet ab: Faser F GmbH',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'chain-prime-a');
    await context.close();
  });

  it('speaks English when the user chose it', async () => {
    const context = await openContext(browser, app.base, { locale: 'en' });
    const page = await context.newPage();
    await page.goto('/chains/prog-x');
    await page.getByRole('heading', { name: 'Supply chain Program X', level: 1 }).waitFor();
    expect(await spofList(page)).toContain('⚠ Drehteile D KG cuts off: Faser F GmbH');
    expect(await page.locator('.chain-column-head').first().textContent()).toBe('Prime contractor');
    await context.close();
  });

  it('says a program that does not exist is not found', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/chains/prog-404');
    await page.getByRole('heading', { name: 'Nicht gefunden' }).waitFor();
    await context.close();
  });
});

describe('the chain page on the demo data', () => {
  const app = serveGraph('demo data');

  it('draws the Radschützenpanzer chain with Märkische Schutzbau cutting off two suppliers', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/chains/prog-radschuetzenpanzer?highlight=sme-ennepe-kabeltechnik');
    await page.locator('.chain-svg').waitFor();
    expect((await pictureColumns(page)).length).toBe(5);
    expect(await spofList(page)).toContain('⚠ Märkische Schutzbau GmbH & Co. KG schneidet ab: Ennepe Kabeltechnik GmbH, Hagener Hochleistungskeramik GmbH');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'chain-demo-radschuetzenpanzer');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'chain-demo-radschuetzenpanzer-print');
    await page.emulateMedia({ media: 'screen' });
    await pictureScreenshot(page, 'chain-demo-radschuetzenpanzer-picture');
    await context.close();
  });
});
