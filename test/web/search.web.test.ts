import { Browser, Page } from 'playwright-core';

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

/** The company names of the list as shown, in order. */
async function listedCompanies(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: 'Unternehmen' }).getByRole('table');
  return list.locator('tbody tr td:first-child a').allInnerTexts();
}

/** Waits until the list shows this range ("1–4 von 4") and returns the names. */
async function listWithRange(page: Page, range: string): Promise<string[]> {
  await page.locator('.list-range', { hasText: range }).waitFor();
  return listedCompanies(page);
}

describe('the start page on the matching graph', () => {
  const app = serveGraph(MATCHING_GRAPH);

  it('finds a company and a capability by a word, marks each kind, and a capability hit opens the filtered list', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Suchbegriff').fill('Schutzkachel');
    await page.getByRole('button', { name: 'Suchen' }).click();
    const hits = page.getByRole('region', { name: 'Treffer für „Schutzkachel“' }).getByRole('listitem');
    await hits.first().waitFor();
    // sme-c by its description "Keramische Schutzkacheln aus Borcarbid", armour-tiles by its German name.
    const texts = (await hits.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).sort();
    expect(texts).toEqual([
      'FÄHIGKEIT Keramische Schutzkacheln Neue Werkstoffe · Unternehmen mit dieser Fähigkeit zeigen',
      'UNTERNEHMEN Ceramics C GmbH Hagen',
    ]);
    expect(new URL(page.url()).search).toBe('?q=Schutzkachel');
    await listWithRange(page, '1–13 von 13');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'search-hits');

    await page.getByRole('link', { name: 'Keramische Schutzkacheln' }).click();
    expect(new URL(page.url()).search).toBe('?capability=armour-tiles');
    // Claims on armour-tiles at any level: sme-c 4, group-h 5, sme-p 2; by name.
    expect(await listWithRange(page, '1–3 von 3')).toEqual(['Ceramics C GmbH', 'Holding H AG', 'Pulver P GmbH']);
    expect(await page.getByLabel('Fähigkeit').inputValue()).toBe('armour-tiles');
    await context.close();
  });

  it('lists exactly the companies with ceramics or armour tiles at level 4 or higher, keeps the filter in the URL over reload and back', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/');
    await listWithRange(page, '1–13 von 13');
    await page.getByLabel('Fähigkeit').selectOption('ceramics');
    // ceramics at any level: tier1-b 5, group-h 5 (armour tiles), sme-c 4 (armour tiles), sme-n 4, sme-k 3, sme-q 3, sme-p 2 (armour tiles).
    await listWithRange(page, '1–7 von 7');
    await page.getByLabel('Mindeststufe').selectOption('4');
    // Level 4 or higher on ceramics or the narrower armour-tiles; sme-m holds only the broader materials.
    const expected = ['Ceramics C GmbH', 'Holding H AG', 'Nord N GmbH', 'Tier One B GmbH'];
    expect(await listWithRange(page, '1–4 von 4')).toEqual(expected);
    expect(new URL(page.url()).search).toBe('?capability=ceramics&minLevel=4');
    const rows = page.getByRole('region', { name: 'Unternehmen' }).locator('tbody tr');
    expect((await rows.first().innerText()).replace(/\s+/g, ' ').trim())
      .toBe('Ceramics C GmbH Hagen Kleines Unternehmen 30 Beschäftigte Keramische Schutzkacheln Stufe 4 5-Achs-CNC-Fräsen Stufe 2 nein');

    await page.reload();
    expect(await listWithRange(page, '1–4 von 4')).toEqual(expected);
    expect(await page.getByLabel('Mindeststufe').inputValue()).toBe('4');

    await page.goBack();
    expect(await listWithRange(page, '1–7 von 7')).toHaveLength(7);
    expect(new URL(page.url()).search).toBe('?capability=ceramics');
    await context.close();
  });

  it('combines region, network and certification filters and says in words when nothing is left', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    // In Regierungsbezirk Arnsberg (Hagen, Märkischer Kreis): sme-c, sme-d, sme-f, sme-p, sme-r.
    await page.goto('/?region=rb-arnsberg');
    expect(await listWithRange(page, '1–5 von 5')).toEqual(['Ceramics C GmbH', 'Drehteile D KG', 'Faser F GmbH', 'Pulver P GmbH', 'Räder R GmbH']);
    // Members of BVMW (through BVMW Hagen): sme-c and sme-d.
    await page.getByLabel('Netzwerk').selectOption('bvmw');
    expect(await listWithRange(page, '1–2 von 2')).toEqual(['Ceramics C GmbH', 'Drehteile D KG']);
    // A valid AQAP 2110: sme-c's ran out in 2023.
    await page.getByLabel('Gültige Zertifizierung').selectOption('aqap-2110');
    await page.getByText('Kein Unternehmen erfüllt alle gewählten Filter.').waitFor();
    expect(new URL(page.url()).search).toBe('?region=rb-arnsberg&network=bvmw&cert=aqap-2110');
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await listWithRange(page, '1–13 von 13');
    await page.getByLabel('Name enthält').fill('GmbH');
    await page.getByLabel('Name enthält').press('Enter');
    // Every company but Drehteile D KG, Holding H AG and Prime A AG.
    await listWithRange(page, '1–10 von 10');
    expect(new URL(page.url()).search).toBe('?name=GmbH');
    await context.close();
  });

  it('pages with next and previous, and a page survives a reload', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/?size=10');
    expect(await listWithRange(page, '1–10 von 13')).toEqual([
      'Ceramics C GmbH', 'Drehteile D KG', 'Elektro E GmbH', 'Faser F GmbH', 'Holding H AG',
      'Keramik K GmbH', 'Material M GmbH', 'Nord N GmbH', 'Prime A AG', 'Pulver P GmbH',
    ]);
    const pager = page.getByRole('navigation', { name: 'Seiten' });
    expect(await pager.getByRole('button', { name: /Vorherige Seite/ }).isDisabled()).toBe(true);
    await pager.getByRole('button', { name: /Nächste Seite/ }).click();
    expect(await listWithRange(page, '11–13 von 13')).toEqual(['Qualität Q GmbH', 'Räder R GmbH', 'Tier One B GmbH']);
    expect(await pager.getByRole('button', { name: /Nächste Seite/ }).isDisabled()).toBe(true);
    await page.reload();
    expect(await listWithRange(page, '11–13 von 13')).toEqual(['Qualität Q GmbH', 'Räder R GmbH', 'Tier One B GmbH']);
    await pager.getByRole('button', { name: /Vorherige Seite/ }).click();
    expect(await listWithRange(page, '1–10 von 13')).toHaveLength(10);
    expect(new URL(page.url()).search).toBe('?size=10');
    await context.close();
  });

  it('shows the open supply roles beside the list, nearest deadline first, with buyer, tier and German date', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/');
    const roles = page.getByRole('region', { name: 'Offene Lieferantenrollen' }).getByRole('listitem');
    await roles.first().waitFor();
    // role-3 is FILLED; the others by deadline.
    expect((await roles.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'Milled tile carriers Tier-3 für Ceramics C GmbH Frist 15.01.2027',
      'Armour tiles for add-on armour Tier-2 für Tier One B GmbH Frist 01.03.2027',
      'Protected cable ducts Tier-1 für Prime A AG Frist 01.05.2027',
      'Milled brackets Tier-2 für Tier One B GmbH Frist 01.06.2027',
      'Machined housings Tier-1 für Prime A AG Frist 01.07.2027',
      'Harnessed milled boxes Tier-1 für Prime A AG Frist 01.08.2027',
    ]);
    expect(await page.getByRole('link', { name: 'Milled tile carriers' }).getAttribute('href')).toBe('/roles/role-2');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'search-start');
    await context.close();
  });
});

describe('the start page on the demo data', () => {
  const app = serveGraph('demo data');

  it('opens a mailed link with capability, minimum level and network as the same list', async () => {
    const context = await openContext(browser, app.base);
    const page = await context.newPage();
    await page.goto('/?capability=ceramic-armour-tiles&minLevel=4&network=nmwp-nrw');
    // Claims on ceramic armour tiles at level 4 or higher (five companies), of which NMWP.NRW members: these three.
    expect(await listWithRange(page, '1–3 von 3')).toEqual(['Eifel Stahlbau KG', 'Holtkamp Keramik e.K.', 'Ruhr Schutzsysteme GmbH']);
    expect(await page.getByLabel('Netzwerk').inputValue()).toBe('nmwp-nrw');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'search-demo-deep-link');
    await context.close();
  });
});
